// ImportService on a real database: a plan saves nothing, an apply saves all or nothing (with
// its audit), and a second import of the same names is refused as a whole.
#include "../store/StoreTestBackend.h"
#include "secrets/FileSecretStore.h"
#include "service/ServerService.h"
#include "service/Services.h"
#include "store/Database.h"

#include <QTemporaryDir>
#include <QTest>

using namespace fleetcron;

namespace {

const QString crontab = QStringLiteral("MAILTO=ops@example.com\n"
                                       "CRON_TZ=Europe/Berlin\n"
                                       "*/5 * * * * /usr/local/bin/check-disk.sh\n"
                                       "0 2 * * mon-fri /opt/backup.sh --full\n"
                                       "@reboot /opt/start.sh\n"
                                       "0 3 * * * /opt/backup.sh --full\n");

} // namespace

class TestImportService : public QObject {
    Q_OBJECT

    test::StoreTestBackend m_backend;
    QTemporaryDir m_secretsDir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<FileSecretStore> m_secrets;
    std::unique_ptr<Services> m_services;
    const Actor m_actor{QStringLiteral("cli"), QStringLiteral("tester")};

    int count(const char *what) {
        if (QByteArray(what) == "servers")
            return int(m_services->servers.list()->size());
        if (QByteArray(what) == "tasks")
            return int(m_services->tasks.list()->size());
        return int(m_services->audit.list({})->size());
    }

    qint64 addServer(const QString &name) {
        Server s;
        s.name = name;
        s.host = QStringLiteral("127.0.0.1");
        s.username = QStringLiteral("ops");
        auto saved = m_services->servers.save(s, std::nullopt, m_actor);
        return saved ? saved->id : 0;
    }

private slots:
    void initTestCase() {
        QVERIFY2(m_backend.start(), qPrintable(m_backend.error()));
        QVERIFY(m_secretsDir.isValid());
    }

    void init() {
        auto db = Database::open(m_backend.freshLocation());
        QVERIFY2(db, qPrintable(db.error().toString()));
        m_db = std::move(db).value();
        m_secrets = std::make_unique<FileSecretStore>(m_secretsDir.path());
        m_services = std::make_unique<Services>(*m_db, m_secrets.get(), nullptr, nullptr);
    }

    void cleanup() {
        m_services.reset();
        m_secrets.reset();
        m_db.reset();
    }

    void crontabPlanThenApply() {
        const qint64 web1 = addServer(QStringLiteral("web1"));
        QVERIFY(web1);
        const int auditBefore = count("audit");
        ImportService::Options options;
        options.servers = {QStringLiteral("web1")};
        const ImportPlan plan =
            m_services->imports.plan(ImportService::Kind::Crontab, crontab, options);
        QVERIFY2(!plan.hasErrors(), qPrintable(plan.errorSummary()));
        QCOMPARE(plan.tasks.size(), 3);
        QCOMPARE(plan.tasks.at(0).task.name, QStringLiteral("check-disk"));
        QCOMPARE(plan.tasks.at(1).task.name, QStringLiteral("backup"));
        QCOMPARE(plan.tasks.at(2).task.name, QStringLiteral("backup-2"));
        QCOMPARE(plan.tasks.at(1).task.timeZone, QStringLiteral("Europe/Berlin"));
        QCOMPARE(plan.skipped.size(), 3); // MAILTO, CRON_TZ, @reboot
        QCOMPARE(count("tasks"), 0);      // a plan saves nothing

        auto applied = m_services->imports.apply(plan, m_actor);
        QVERIFY2(applied, qPrintable(applied.error().toString()));
        QVERIFY(applied->applied);
        QCOMPARE(count("tasks"), 3);
        QCOMPARE(count("audit"), auditBefore + 3);
        auto backup = m_services->tasks.resolve(QStringLiteral("backup"));
        QVERIFY(backup);
        QCOMPARE(backup->schedule, QStringLiteral("0 2 * * mon-fri"));
        QCOMPARE(backup->serverIds, QList<qint64>{web1});
        QVERIFY(backup->nextFireAt.isValid());

        // The same crontab again: every name taken, refused as a whole, nothing added.
        const ImportPlan again =
            m_services->imports.plan(ImportService::Kind::Crontab, crontab, options);
        QCOMPARE(again.errors.size(), 3);
        QVERIFY(again.hasConflict());
        auto refused = m_services->imports.apply(again, m_actor);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, StoreError::Kind::Conflict);
        QVERIFY(refused.error().message.contains(QStringLiteral("'backup' already exists")));
        QCOMPARE(count("tasks"), 3);
    }

    void crontabProblemsAreAllListed() {
        ImportService::Options options;
        options.servers = {QStringLiteral("nosuch")};
        const ImportPlan plan = m_services->imports.plan(
            ImportService::Kind::Crontab,
            QStringLiteral("61 * * * * /bin/a\nCRON_TZ=Mars/Olympus\n0 * * * * /bin/b\n"), options);
        QCOMPARE(plan.errors.size(), 3); // unknown server, minute 61, unknown zone
        QVERIFY(plan.errorSummary().contains(QStringLiteral("line 1")));
        QVERIFY(plan.errorSummary().contains(QStringLiteral("line 3")));
        QVERIFY(!m_services->imports.apply(plan, m_actor));
        QCOMPARE(count("tasks"), 0);

        const ImportPlan noTarget = m_services->imports.plan(
            ImportService::Kind::Crontab, QStringLiteral("0 * * * * /bin/b\n"), {});
        QCOMPARE(noTarget.errors.size(), 1);
        QCOMPARE(noTarget.errors.at(0).subject, QStringLiteral("servers"));
    }

    // A save that fails half-way (a name taken after the plan was made) takes back what came
    // before it, audit entries included.
    void applyIsAllOrNothing() {
        ImportService::Options options;
        options.tags = {QStringLiteral("web")};
        const ImportPlan plan = m_services->imports.plan(
            ImportService::Kind::Ansible, QStringLiteral("[web]\nw1\nw2\nw3\n"), options);
        QVERIFY2(!plan.hasErrors(), qPrintable(plan.errorSummary()));
        QCOMPARE(plan.servers.size(), 3);
        QCOMPARE(plan.servers.at(0).server.tags, (QStringList{QStringLiteral("web")}));
        QVERIFY(addServer(QStringLiteral("w3"))); // someone else, meanwhile
        const int auditBefore = count("audit");
        auto applied = m_services->imports.apply(plan, m_actor);
        QVERIFY(!applied);
        QVERIFY2(applied.error().message.contains(QStringLiteral("line 4")),
                 qPrintable(applied.error().message));
        QCOMPARE(count("servers"), 1); // only the one made meanwhile
        QCOMPARE(count("audit"), auditBefore);
    }

    void sshConfigServers() {
        ImportService::Options options;
        options.home = QStringLiteral("/home/ops");
        options.defaultUser = QStringLiteral("me");
        const ImportPlan plan = m_services->imports.plan(
            ImportService::Kind::SshConfig,
            QStringLiteral("Host bastion\n  HostName 192.0.2.1\n"
                           "Host app\n  HostName 127.0.10.2\n  Port 2200\n  User deploy\n"
                           "  IdentityFile ~/.ssh/app\n  ProxyJump bastion\n"),
            options);
        QVERIFY2(!plan.hasErrors(), qPrintable(plan.errorSummary()));
        QCOMPARE(plan.servers.size(), 2);
        QCOMPARE(plan.servers.at(0).server.username, QStringLiteral("me"));
        QVERIFY(plan.servers.at(0).server.auth == AuthMethod::Agent);
        auto applied = m_services->imports.apply(plan, m_actor);
        QVERIFY2(applied, qPrintable(applied.error().toString()));
        auto app = m_services->servers.resolve(QStringLiteral("app"));
        QVERIFY(app);
        QCOMPARE(app->host, QStringLiteral("127.0.10.2"));
        QCOMPARE(app->port, 2200);
        QVERIFY(app->auth == AuthMethod::Key);
        QCOMPARE(app->keyPath, QStringLiteral("/home/ops/.ssh/app"));
        // ProxyJump names a Host of the same import: app is reached through bastion.
        QCOMPARE(plan.servers.at(1).jumpHosts, QStringList{QStringLiteral("bastion")});
        auto bastion = m_services->servers.resolve(QStringLiteral("bastion"));
        QVERIFY(bastion);
        QCOMPARE(app->jumpIds, QList<qint64>{bastion->id});
        QCOMPARE(ServerService::jumpHostNames(app.value()), QStringList{QStringLiteral("bastion")});
        QVERIFY(!applied->servers.at(1).notes.join(u' ').contains(QStringLiteral("ProxyJump")));
    }

    void sshConfigProxyJumpToAnUnknownHostIsANote() {
        ImportService::Options options;
        options.home = QStringLiteral("/home/ops");
        options.defaultUser = QStringLiteral("me");
        const ImportPlan plan = m_services->imports.plan(
            ImportService::Kind::SshConfig,
            QStringLiteral("Host inner\n  HostName 127.0.0.9\n  ProxyJump ops@nowhere:2222\n"),
            options);
        QVERIFY2(!plan.hasErrors(), qPrintable(plan.errorSummary()));
        QVERIFY(plan.servers.at(0).jumpHosts.isEmpty());
        QVERIFY(plan.servers.at(0).notes.join(u' ').contains(
            QStringLiteral("nowhere is not a server this import or Fleetcron knows")));
    }

    void sshConfigProxyJumpChainThroughAnExistingServer() {
        ImportService::Options options;
        options.home = QStringLiteral("/home/ops");
        options.defaultUser = QStringLiteral("me");
        // "bastion" exists already; "hop2" comes with this import, after the server using it.
        QVERIFY(addServer(QStringLiteral("bastion")));
        const ImportPlan plan = m_services->imports.plan(
            ImportService::Kind::SshConfig,
            QStringLiteral("Host deep\n  HostName 127.0.0.11\n  ProxyJump bastion,hop2\n"
                           "Host hop2\n  HostName 127.0.0.10\n"),
            options);
        QVERIFY2(!plan.hasErrors(), qPrintable(plan.errorSummary()));
        auto applied = m_services->imports.apply(plan, m_actor);
        QVERIFY2(applied, qPrintable(applied.error().toString()));
        auto deep = m_services->servers.resolve(QStringLiteral("deep"));
        QVERIFY(deep);
        QCOMPARE(ServerService::jumpHostNames(deep.value()),
                 (QStringList{QStringLiteral("bastion"), QStringLiteral("hop2")}));
    }
};

QTEST_GUILESS_MAIN(TestImportService)
#include "TestImportService.moc"
