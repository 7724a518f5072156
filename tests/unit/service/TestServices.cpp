// The rules every face relies on, proven once at the door they all use: the services, on a real
// SQLite file and (test_services_postgresql) a real PostgreSQL server. The faces' own tests then
// only need to prove they pass the door's answer through.
#include "../store/StoreTestBackend.h"
#include "model/ModelJson.h"
#include "secrets/FileSecretStore.h"
#include "secrets/SecretStore.h"
#include "service/Services.h"
#include "store/Database.h"
#include "store/ExecutionRepository.h"
#include "store/RunRepository.h"

#include <QJsonArray>

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace fleetcron;

class TestServices : public QObject {
    Q_OBJECT

    test::StoreTestBackend m_backend;
    QTemporaryDir m_secretsDir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<FileSecretStore> m_secrets;
    std::unique_ptr<Services> m_services;
    const Actor m_actor{QStringLiteral("cli"), QStringLiteral("tester")};

    Server server(const QString &name, AuthMethod auth = AuthMethod::Agent) {
        Server s;
        s.name = name;
        s.host = QStringLiteral("127.0.0.1");
        s.port = 2222;
        s.username = QStringLiteral("ops");
        s.auth = auth;
        return s;
    }

    Task task(const QString &name, qint64 serverId) {
        Task t = m_services->tasks.newTask();
        t.name = name;
        t.body = QStringLiteral("uptime");
        t.schedule = QStringLiteral("*/5 * * * *");
        t.timeZone = QStringLiteral("UTC");
        if (serverId)
            t.serverIds = {serverId};
        return t;
    }

    QList<AuditEntry> audit() {
        auto entries = m_services->audit.list({});
        return entries ? entries.value() : QList<AuditEntry>();
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

    void serverSecretLivesAndDiesWithItsServer() {
        auto saved = m_services->servers.save(server(QStringLiteral("web1"), AuthMethod::Password),
                                              QStringLiteral("s3cret"), m_actor);
        QVERIFY2(saved, qPrintable(saved.error().toString()));
        const QString key = SecretStore::passwordKey(saved->id);
        QCOMPARE(m_secrets->read(key).secret, QStringLiteral("s3cret"));
        QVERIFY(m_services->servers.remove(saved->id, m_actor));
        QVERIFY(!m_secrets->read(key).ok());
        QCOMPARE(m_services->servers.find(saved->id).error().kind, StoreError::Kind::NotFound);
    }

    void passwordServerWithoutPasswordSavesNothing() {
        auto saved = m_services->servers.save(server(QStringLiteral("web1"), AuthMethod::Password),
                                              std::nullopt, m_actor);
        QVERIFY(!saved);
        QCOMPARE(saved.error().field, QStringLiteral("password"));
        QVERIFY(m_services->servers.list()->isEmpty());
        QVERIFY(audit().isEmpty()); // a refused change leaves no audit entry
    }

    // Jump hosts: stored in order and read back as the whole way there; unknown servers, the
    // server itself, a name twice and cycles are refused with nothing saved; a jump host in
    // use is not removed.
    void jumpHostsAreCheckedBeforeAnythingIsSaved() {
        ServerService &servers = m_services->servers;
        const Server bastion = servers.save(server(QStringLiteral("bastion")), {}, m_actor).value();
        Server gwIn = server(QStringLiteral("gw"));
        gwIn.jumpIds = {bastion.id};
        const Server gw = servers.save(gwIn, {}, m_actor).value();
        Server innerIn = server(QStringLiteral("inner"));
        innerIn.jumpIds = servers.resolveJumps({QStringLiteral("gw")}).value();
        const Server inner = servers.save(innerIn, {}, m_actor).value();
        // gw is reached through bastion: the chain spells out the first hop's own way.
        QCOMPARE(ServerService::jumpHostNames(inner), QStringList{QStringLiteral("gw")});
        QCOMPARE(ServerService::jumpChainNames(inner),
                 (QStringList{QStringLiteral("bastion"), QStringLiteral("gw")}));
        QCOMPARE(ModelJson::server(inner).value(QStringLiteral("jump_hosts")).toArray().size(), 1);
        const int audited = int(audit().size());

        auto unknown = servers.resolveJumps({QStringLiteral("nowhere")});
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().field, QStringLiteral("jump_hosts"));
        QVERIFY(unknown.error().message.contains(QStringLiteral("'nowhere' is not a known")));

        Server self = inner;
        self.jumpIds = {inner.id};
        auto selfSaved = servers.save(self, {}, m_actor);
        QVERIFY(!selfSaved);
        QVERIFY2(selfSaved.error().message.contains(QStringLiteral("its own jump host")),
                 qPrintable(selfSaved.error().message));

        Server twice = inner;
        twice.jumpIds = {gw.id, gw.id};
        QVERIFY(!servers.save(twice, {}, m_actor));

        // bastion through inner: inner → gw → bastion → inner.
        Server cycle = bastion;
        cycle.jumpIds = {inner.id};
        auto cycled = servers.save(cycle, {}, m_actor);
        QVERIFY(!cycled);
        QVERIFY2(cycled.error().message.contains(QStringLiteral("lead back to it")),
                 qPrintable(cycled.error().message));
        QVERIFY2(cycled.error().message.contains(QStringLiteral("bastion → inner → gw → bastion")),
                 qPrintable(cycled.error().message));

        Server gone = inner;
        gone.jumpIds = {999999};
        QVERIFY(!servers.save(gone, {}, m_actor));

        // Nothing of it was saved.
        QVERIFY(servers.find(bastion.id)->jumpIds.isEmpty());
        QCOMPARE(servers.find(inner.id)->jumpIds, QList<qint64>{gw.id});
        QCOMPARE(int(audit().size()), audited);

        auto removed = servers.remove(gw.id, m_actor);
        QVERIFY(!removed);
        QVERIFY2(removed.error().message.contains(QStringLiteral("jump host of inner")),
                 qPrintable(removed.error().message));

        // Cleared, inner connects directly and gw may go.
        Server direct = inner;
        direct.jumpIds.clear();
        QVERIFY(servers.save(direct, {}, m_actor));
        QVERIFY(servers.find(inner.id)->jumpChain.empty());
        QVERIFY(servers.remove(gw.id, m_actor));
    }

    void serverWithRunningExecutionIsNotRemoved() {
        auto s = m_services->servers.save(server(QStringLiteral("web1")), std::nullopt, m_actor);
        QVERIFY(s);
        auto t = m_services->tasks.save(task(QStringLiteral("t"), s->id), m_actor);
        QVERIFY(t);
        Run run;
        run.taskId = t->id;
        run.status = RunStatus::Running;
        run.startedAt = QDateTime::currentDateTimeUtc();
        auto created = RunRepository(*m_db).create(run);
        QVERIFY(created);
        Execution execution;
        execution.runId = created->id;
        execution.serverId = s->id;
        execution.status = ExecutionStatus::Running;
        execution.startedAt = run.startedAt;
        QVERIFY(ExecutionRepository(*m_db).create(execution));
        auto removed = m_services->servers.remove(s->id, m_actor);
        QVERIFY(!removed);
        QCOMPARE(removed.error().kind, StoreError::Kind::Conflict);
        QVERIFY2(removed.error().message.contains(QStringLiteral("1 execution(s) running")),
                 qPrintable(removed.error().message));
        QVERIFY(m_services->servers.find(s->id));
        // And a task with that run active is not deleted either; its rows stay.
        auto deleted = m_services->tasks.remove(t->id, m_actor);
        QVERIFY(!deleted);
        QCOMPARE(deleted.error().kind, StoreError::Kind::Conflict);
        QVERIFY2(deleted.error().message.contains(QStringLiteral("#%1").arg(created->id)),
                 qPrintable(deleted.error().message));
        QVERIFY(m_services->tasks.find(t->id));
        QVERIFY(m_services->runs.find(created->id));
    }

    // No targets given: every live, enabled server (the rule of every face); a tag narrows it.
    void taskWithoutTargetsReachesEveryServer() {
        Server tagged = server(QStringLiteral("web1"));
        tagged.tags = {QStringLiteral("web")};
        auto web1 = m_services->servers.save(tagged, std::nullopt, m_actor);
        QVERIFY(web1);
        auto db1 = m_services->servers.save(server(QStringLiteral("db1")), std::nullopt, m_actor);
        QVERIFY(db1);
        Server off = server(QStringLiteral("off1"));
        off.enabled = false;
        QVERIFY(m_services->servers.save(off, std::nullopt, m_actor));
        auto saved = m_services->tasks.save(task(QStringLiteral("t"), 0), m_actor);
        QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().toString()));
        auto targets = m_services->tasks.targets(saved->id);
        QVERIFY(targets);
        QStringList names;
        for (const Server &s : targets.value())
            names << s.name;
        names.sort();
        QCOMPARE(names, (QStringList{QStringLiteral("db1"), QStringLiteral("web1")}));

        Task narrowed = saved.value();
        narrowed.serverTags = {QStringLiteral("web")};
        QVERIFY(m_services->tasks.save(narrowed, m_actor));
        targets = m_services->tasks.targets(saved->id);
        QVERIFY(targets);
        QCOMPARE(targets->size(), 1);
        QCOMPARE(targets->first().name, QStringLiteral("web1"));
    }

    // What labels a page of history: names by id in one query each, a removed server's
    // included, unknown ids left out, and a list longer than one statement's chunk (500).
    void namesOfAPageIncludeRemovedServers() {
        auto web1 = m_services->servers.save(server(QStringLiteral("web1")), std::nullopt, m_actor);
        auto gone =
            m_services->servers.save(server(QStringLiteral("gone1")), std::nullopt, m_actor);
        QVERIFY(web1 && gone);
        QVERIFY(m_services->servers.remove(gone->id, m_actor));
        auto a = m_services->tasks.save(task(QStringLiteral("a"), web1->id), m_actor);
        auto b = m_services->tasks.save(task(QStringLiteral("b"), web1->id), m_actor);
        QVERIFY(a && b);

        QList<qint64> ids;
        for (qint64 unknown = 1'000'000; unknown < 1'001'200; ++unknown)
            ids << unknown;
        ids << web1->id << gone->id; // after the first chunk of 500
        auto servers = m_services->servers.namesOf(ids);
        QVERIFY2(servers, qPrintable(servers ? QString() : servers.error().toString()));
        QCOMPARE(servers->size(), 2);
        QCOMPARE(servers->value(web1->id), QStringLiteral("web1"));
        QCOMPARE(servers->value(gone->id), QStringLiteral("gone1"));

        auto tasks = m_services->tasks.namesOf({b->id, a->id, 1'000'000});
        QVERIFY(tasks);
        QCOMPARE(tasks->size(), 2);
        QCOMPARE(tasks->value(a->id), QStringLiteral("a"));
        QCOMPARE(tasks->value(b->id), QStringLiteral("b"));
        QVERIFY(m_services->tasks.namesOf({})->isEmpty());
    }

    void enablingRecomputesTheNextFire() {
        auto s = m_services->servers.save(server(QStringLiteral("web1")), std::nullopt, m_actor);
        QVERIFY(s);
        Task t = task(QStringLiteral("t"), s->id);
        t.enabled = false;
        auto saved =
            m_services->tasks.save(t, m_actor, QDateTime::currentDateTimeUtc().addDays(-2));
        QVERIFY(saved);
        QVERIFY(saved->nextFireAt < QDateTime::currentDateTimeUtc().addDays(-1));
        auto enabled = m_services->tasks.setEnabled(saved->id, true, m_actor);
        QVERIFY2(enabled, qPrintable(enabled.error().toString()));
        QVERIFY(enabled->enabled);
        // It starts from now, not from the fires it missed while it was off.
        QVERIFY(enabled->nextFireAt > QDateTime::currentDateTimeUtc());
        QVERIFY(enabled->nextFireAt <= QDateTime::currentDateTimeUtc().addSecs(5 * 60));
        QCOMPARE(m_services->tasks.find(saved->id)->nextFireAt, enabled->nextFireAt);
    }

    void settingsAreCheckedBeforeAnythingIsSaved() {
        auto bad = m_services->settings.set({{SettingKeys::globalLimit(), QStringLiteral("8")},
                                             {SettingKeys::retentionDays(), QStringLiteral("-1")}},
                                            m_actor);
        QVERIFY(!bad);
        QCOMPARE(bad.error().field, SettingKeys::retentionDays());
        QCOMPARE(m_services->settings.number(SettingKeys::globalLimit()), 64); // not half-saved
        auto unknown = m_services->settings.set(
            {{QStringLiteral("executor.global_limit"), QStringLiteral("8")}}, m_actor);
        QVERIFY(!unknown);
        QVERIFY(unknown.error().message.contains(QStringLiteral("unknown setting")));
        QVERIFY(m_services->settings.set({{SettingKeys::globalLimit(), QStringLiteral("8")},
                                          {SettingKeys::leaseSeconds(), QStringLiteral("20")}},
                                         m_actor));
        QCOMPARE(m_services->settings.number(SettingKeys::globalLimit()), 8);
        QCOMPARE(m_services->settings.get(SettingKeys::leaseSeconds())->value, 20);
    }

    void everyChangeIsAuditedWithoutSecrets() {
        auto s = m_services->servers.save(server(QStringLiteral("web1"), AuthMethod::Password),
                                          QStringLiteral("hunter2"), m_actor);
        QVERIFY(s);
        Server edited = s.value();
        edited.port = 2200;
        QVERIFY(m_services->servers.save(edited, std::nullopt, m_actor));
        auto t = m_services->tasks.save(task(QStringLiteral("t"), s->id), m_actor);
        QVERIFY(t);
        QVERIFY(m_services->tasks.setEnabled(t->id, false, m_actor));
        QVERIFY(m_services->settings.set({{SettingKeys::retentionDays(), QStringLiteral("30")}},
                                         m_actor));
        QVERIFY(m_services->tasks.remove(t->id, m_actor));
        const QList<AuditEntry> entries = audit();
        QStringList actions;
        for (const AuditEntry &e : entries) {
            actions.prepend(e.action);
            QCOMPARE(e.face, QStringLiteral("cli"));
            QCOMPARE(e.actor, QStringLiteral("tester"));
            QVERIFY(!e.before.contains(QStringLiteral("hunter2")));
            QVERIFY(!e.after.contains(QStringLiteral("hunter2")));
        }
        QCOMPARE(actions,
                 (QStringList{QStringLiteral("server.create"), QStringLiteral("server.update"),
                              QStringLiteral("task.create"), QStringLiteral("task.disable"),
                              QStringLiteral("setting.set"), QStringLiteral("task.delete")}));
        const AuditEntry update = entries.at(4);
        QCOMPARE(QJsonDocument::fromJson(update.before.toUtf8())[QStringLiteral("port")].toInt(),
                 2222);
        QCOMPARE(QJsonDocument::fromJson(update.after.toUtf8())[QStringLiteral("port")].toInt(),
                 2200);
        QVERIFY(entries.first().after.isEmpty()); // a deletion has no "after"
    }

    void startingARunNeedsAnEngine() {
        auto s = m_services->servers.save(server(QStringLiteral("web1")), std::nullopt, m_actor);
        auto t = m_services->tasks.save(task(QStringLiteral("t"), s->id), m_actor);
        QVERIFY(t);
        auto run = m_services->runs.start(t->id, RunTrigger::Manual, m_actor);
        QVERIFY(!run);
        QCOMPARE(run.error().kind, StoreError::Kind::Unavailable);
        QVERIFY(m_services->runs.list({})->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestServices)
#include "TestServices.moc"
