// `fleetcron import …` and POST /v1/api/import/… with the real binary: the dry run prints the
// plan and saves nothing, an import creates what it printed, a second import of the same names
// is refused whole with the reason, `--from SERVER` reads `crontab -l` over SSH from a real
// sshd. The sshd's user (root) has no cron installed here, so a `crontab` script that prints
// a fixed crontab for -l is put first in the sessions' PATH (sshd's SetEnv).
#include "support/SshdFixture.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using fleetcron::test::SshdFixture;

namespace {

struct Result {
    int exitCode = -1;
    QString out;
    QString err;
};

const QByteArray localCrontab = "# m h dom mon dow command\n"
                                "MAILTO=ops@example.com\n"
                                "CRON_TZ=America/New_York\n"
                                "*/5 * * * * /usr/local/bin/check-disk.sh --warn 80\n"
                                "30 2 * * mon-fri cd /srv/app && ./backup.sh --full\n"
                                "@reboot /opt/app/start.sh\n"
                                "0 6 * * * mail -s report ops%Good morning%\n";

const QByteArray remoteCrontab = "SHELL=/bin/sh\n"
                                 "17 * * * * /usr/bin/uptime\n"
                                 "0 4 * * sun /usr/sbin/logrotate /etc/logrotate.conf\n";

bool writeFile(const QString &path, const QByteArray &text) {
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(text) == text.size();
}

} // namespace

class TestImportE2e : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<SshdFixture> m_sshd;
    QProcess *m_daemon = nullptr;
    QByteArray m_log;
    QNetworkAccessManager m_net;
    int m_port = 0;
    QByteArray m_token;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    QProcessEnvironment environment() const {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("FLEETCRON_DB"), path(QStringLiteral("fleet.sqlite")));
        env.insert(QStringLiteral("FLEETCRON_SECRETS"), QStringLiteral("file"));
        env.insert(QStringLiteral("FLEETCRON_SECRETS_DIR"), path(QStringLiteral("secrets")));
        env.insert(QStringLiteral("FLEETCRON_CONFIG_DIR"), path(QStringLiteral("conf")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), path(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("data")));
        // ~/.ssh/config for `import ssh-config` is the test's own.
        env.insert(QStringLiteral("HOME"), path(QStringLiteral("home")));
        return env;
    }

    Result fleetcron(const QStringList &args, const QByteArray &stdinData = {}) {
        QProcess p;
        p.setProcessEnvironment(environment());
        p.start(qEnvironmentVariable("FLEETCRON_BINARY"), args);
        if (!p.waitForStarted(10000))
            return {};
        p.write(stdinData);
        p.closeWriteChannel();
        if (!p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished();
            return {};
        }
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    QStringList names(const char *noun) {
        const Result r = fleetcron(
            {QString::fromLatin1(noun), QStringLiteral("list"), QStringLiteral("--json")});
        QStringList out;
        for (const QJsonValue &v : QJsonDocument::fromJson(r.out.toUtf8()).array())
            out << v.toObject().value(QStringLiteral("name")).toString();
        out.sort();
        return out;
    }

    QJsonObject show(const char *noun, const QString &name) {
        const Result r = fleetcron(
            {QString::fromLatin1(noun), QStringLiteral("show"), name, QStringLiteral("--json")});
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }

    std::pair<int, QJsonObject> post(const QString &route, const QJsonObject &body) {
        QNetworkRequest request(
            QUrl(QStringLiteral("http://127.0.0.1:%1/v1/api%2").arg(m_port).arg(route)));
        request.setRawHeader("Authorization", "Bearer " + m_token);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        QNetworkReply *reply =
            m_net.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        loop.exec();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject o = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return {status, o};
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QVERIFY(!qEnvironmentVariableIsEmpty("FLEETCRON_BINARY"));
        // The fake `crontab`: -l prints the file, anything else fails as cron's would.
        const QString bin = path(QStringLiteral("remote-bin"));
        QVERIFY(writeFile(bin + QStringLiteral("/crontab"),
                          QStringLiteral("#!/bin/sh\n[ \"$1\" = -l ] || exit 2\ncat '%1'\n")
                              .arg(path(QStringLiteral("remote-crontab")))
                              .toUtf8()));
        QVERIFY(QFile::setPermissions(bin + QStringLiteral("/crontab"),
                                      QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                          QFile::ReadOther | QFile::ExeOther));
        QVERIFY(writeFile(path(QStringLiteral("remote-crontab")), remoteCrontab));
        SshdFixture::Options options;
        options.extraConfig =
            QStringLiteral("SetEnv PATH=%1:/usr/local/bin:/usr/bin:/bin\n").arg(bin);
        m_sshd = std::make_unique<SshdFixture>(options);
        QVERIFY2(m_sshd->start(), qPrintable(m_sshd->error()));
        const Result added =
            fleetcron({QStringLiteral("server"), QStringLiteral("add"), QStringLiteral("web1"),
                       QStringLiteral("--host"), m_sshd->host(), QStringLiteral("--port"),
                       QString::number(m_sshd->port()), QStringLiteral("--user"),
                       QStringLiteral("root"), QStringLiteral("--key"), m_sshd->clientKeyPath()});
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    }

    void cleanupTestCase() {
        if (m_daemon) {
            m_daemon->terminate();
            if (!m_daemon->waitForFinished(15000))
                m_daemon->kill();
        }
        m_sshd.reset();
    }

    void dryRunPrintsThePlanAndSavesNothing() {
        QVERIFY(writeFile(path(QStringLiteral("crontab")), localCrontab));
        const Result r = fleetcron({QStringLiteral("import"), QStringLiteral("crontab"),
                                    path(QStringLiteral("crontab")), QStringLiteral("--servers"),
                                    QStringLiteral("web1"), QStringLiteral("--dry-run")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("Tasks to create:")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("check-disk")));
        QVERIFY(r.out.contains(QStringLiteral("America/New_York")));
        QVERIFY(r.out.contains(QStringLiteral("0 6 * * *")));
        QVERIFY(r.out.contains(QStringLiteral("line 2: MAILTO")));
        QVERIFY(r.out.contains(QStringLiteral("line 6: @reboot")));
        QVERIFY(r.out.contains(QStringLiteral("crontab: 0 server(s), 3 task(s), 4 line(s) "
                                              "reported, 0 problem(s), dry run")));
        QCOMPARE(names("task"), QStringList());
    }

    void importCreatesTasksThenRefusesTheSameNames() {
        const Result r =
            fleetcron({QStringLiteral("import"), QStringLiteral("crontab"), QStringLiteral("-"),
                       QStringLiteral("--servers"), QStringLiteral("web1")},
                      localCrontab);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("Tasks created:")));
        QCOMPARE(names("task"), (QStringList{QStringLiteral("backup"), QStringLiteral("check-disk"),
                                             QStringLiteral("mail-report")}));
        const QJsonObject backup = show("task", QStringLiteral("backup"));
        QCOMPARE(backup.value(QStringLiteral("schedule")).toString(),
                 QStringLiteral("30 2 * * mon-fri"));
        QCOMPARE(backup.value(QStringLiteral("time_zone")).toString(),
                 QStringLiteral("America/New_York"));
        QCOMPARE(
            show("task", QStringLiteral("mail-report")).value(QStringLiteral("command")).toString(),
            QStringLiteral("mail -s report ops <<'FLEETCRON_INPUT'\nGood "
                           "morning\n\nFLEETCRON_INPUT"));

        const Result again = fleetcron({QStringLiteral("import"), QStringLiteral("crontab"),
                                        path(QStringLiteral("crontab")),
                                        QStringLiteral("--servers"), QStringLiteral("web1")});
        QCOMPARE(again.exitCode, 2);
        QVERIFY2(again.err.contains(QStringLiteral("a task named 'backup' already exists")),
                 qPrintable(again.err));
        QVERIFY(again.err.contains(QStringLiteral("3 problem(s), nothing imported")));
        QCOMPARE(names("task").size(), 3);
    }

    void aBadLineSavesNothing() {
        QVERIFY(writeFile(path(QStringLiteral("bad-crontab")),
                          "0 1 * * * /bin/good\n61 * * * * /bin/bad\n"));
        const Result r =
            fleetcron({QStringLiteral("import"), QStringLiteral("crontab"),
                       path(QStringLiteral("bad-crontab")), QStringLiteral("--tag"),
                       QStringLiteral("web"), QStringLiteral("--prefix"), QStringLiteral("new-")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("line 2:")), qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("61")));
        QCOMPARE(names("task").size(), 3);
        const Result usage = fleetcron({QStringLiteral("import"), QStringLiteral("cron")});
        QCOMPARE(usage.exitCode, 2);
        QVERIFY(usage.err.contains(QStringLiteral("expected crontab, ssh-config or ansible")));
    }

    void fromServerReadsCrontabOverSsh() {
        const Result r = fleetcron({QStringLiteral("import"), QStringLiteral("crontab"),
                                    QStringLiteral("--from"), QStringLiteral("web1"),
                                    QStringLiteral("--prefix"), QStringLiteral("web1-")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        QVERIFY(r.out.contains(QStringLiteral("line 1: SHELL")));
        QVERIFY(names("task").contains(QStringLiteral("web1-uptime")));
        const QJsonObject logrotate = show("task", QStringLiteral("web1-logrotate-logrotate-conf"));
        QCOMPARE(logrotate.value(QStringLiteral("schedule")).toString(),
                 QStringLiteral("0 4 * * sun"));
        // Its target is the server it came from; the key seen was pinned as a run would.
        QCOMPARE(logrotate.value(QStringLiteral("target_servers")).toArray().size(), 1);
        QCOMPARE(show("server", QStringLiteral("web1"))
                     .value(QStringLiteral("host_key_sha256"))
                     .toString(),
                 m_sshd->hostKeyFingerprint());
    }

    void sshConfigWithIncludeAndAnsibleInventory() {
        const QString ssh = path(QStringLiteral("home/.ssh"));
        QVERIFY(writeFile(ssh + QStringLiteral("/config"),
                          "Include conf.d/*.conf\n"
                          "Host db1\n  HostName 127.0.0.5\n  User postgres\n"
                          "  IdentityFile ~/.ssh/db_key\n  ProxyJump bastion\n"
                          "Host *.internal\n  User ops\n"
                          "Host *\n  Port 2222\n"));
        QVERIFY(writeFile(ssh + QStringLiteral("/conf.d/app.conf"),
                          "Host app1\n  HostName app1.lan\n"));
        Result r = fleetcron({QStringLiteral("import"), QStringLiteral("ssh-config"),
                              QStringLiteral("--tag"), QStringLiteral("imported")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        // bastion is neither in the file nor a server: said, and db1 is imported without it.
        QVERIFY2(r.out.contains(QStringLiteral("ProxyJump bastion: bastion is not a server")),
                 qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("Host *.internal")));
        const QJsonObject db1 = show("server", QStringLiteral("db1"));
        QCOMPARE(db1.value(QStringLiteral("port")).toInt(), 2222);
        QCOMPARE(db1.value(QStringLiteral("auth")).toString(), QStringLiteral("key"));
        QCOMPARE(db1.value(QStringLiteral("key_path")).toString(), ssh + QStringLiteral("/db_key"));
        QCOMPARE(show("server", QStringLiteral("app1")).value(QStringLiteral("host")).toString(),
                 QStringLiteral("app1.lan"));

        QVERIFY(writeFile(path(QStringLiteral("inventory.yml")),
                          "all:\n  children:\n    lb:\n      hosts:\n"
                          "        lb[1:2]:\n          ansible_user: haproxy\n"));
        r = fleetcron({QStringLiteral("import"), QStringLiteral("ansible"),
                       path(QStringLiteral("inventory.yml")), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject plan = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QVERIFY(plan.value(QStringLiteral("applied")).toBool());
        QCOMPARE(plan.value(QStringLiteral("servers")).toArray().size(), 2);
        const QJsonObject lb2 = show("server", QStringLiteral("lb2"));
        QCOMPARE(lb2.value(QStringLiteral("username")).toString(), QStringLiteral("haproxy"));
        QCOMPARE(lb2.value(QStringLiteral("tags")).toArray(), QJsonArray{QStringLiteral("lb")});
    }

    void restApi() {
        m_daemon = new QProcess(this);
        m_daemon->setProcessEnvironment(environment());
        m_daemon->start(qEnvironmentVariable("FLEETCRON_BINARY"),
                        {QStringLiteral("--daemon"), QStringLiteral("--listen"),
                         QStringLiteral("127.0.0.1:0")});
        QVERIFY(m_daemon->waitForStarted(10000));
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 15000 && !m_log.contains("api listening")) {
            m_daemon->waitForReadyRead(200);
            m_log += m_daemon->readAllStandardError();
        }
        const auto match =
            QRegularExpression(QStringLiteral("api listening on 127\\.0\\.0\\.1:(\\d+)"))
                .match(QString::fromUtf8(m_log));
        QVERIFY2(match.hasMatch(), m_log.constData());
        m_port = match.captured(1).toInt();
        m_token = fleetcron({QStringLiteral("token")}).out.trimmed().toUtf8();
        QVERIFY(!m_token.isEmpty());

        const QJsonObject body{
            {QStringLiteral("text"), QStringLiteral("# api\n15 1 * * * /opt/report.sh daily\n")},
            {QStringLiteral("servers"), QJsonArray{QStringLiteral("web1")}},
            {QStringLiteral("dry_run"), true}};
        auto [status, plan] = post(QStringLiteral("/import/crontab"), body);
        QCOMPARE(status, 200);
        QCOMPARE(plan.value(QStringLiteral("applied")).toBool(), false);
        const QJsonArray tasks = plan.value(QStringLiteral("tasks")).toArray();
        QCOMPARE(tasks.size(), 1);
        QCOMPARE(tasks.at(0).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("report-daily"));
        QCOMPARE(plan.value(QStringLiteral("skipped")).toArray().size(), 1);
        QVERIFY(!names("task").contains(QStringLiteral("report-daily")));

        QJsonObject real = body;
        real.insert(QStringLiteral("dry_run"), false);
        std::tie(status, plan) = post(QStringLiteral("/import/crontab"), real);
        QCOMPARE(status, 201);
        QVERIFY(plan.value(QStringLiteral("applied")).toBool());
        QVERIFY(names("task").contains(QStringLiteral("report-daily")));

        std::tie(status, plan) = post(QStringLiteral("/import/crontab"), real);
        QCOMPARE(status, 409);
        QVERIFY(plan.value(QStringLiteral("error"))
                    .toString()
                    .contains(QStringLiteral("a task named 'report-daily' already exists")));
        QCOMPARE(plan.value(QStringLiteral("plan"))
                     .toObject()
                     .value(QStringLiteral("errors"))
                     .toArray()
                     .size(),
                 1);

        std::tie(status, plan) =
            post(QStringLiteral("/import/ansible"), {{QStringLiteral("text"), 42}});
        QCOMPARE(status, 400);
        QCOMPARE(plan.value(QStringLiteral("field")).toString(), QStringLiteral("text"));
        std::tie(status, plan) = post(QStringLiteral("/import/ssh-config"),
                                      {{QStringLiteral("text"), QStringLiteral("Host x\n")},
                                       {QStringLiteral("dryrun"), true}});
        QCOMPARE(status, 400);
        QCOMPARE(plan.value(QStringLiteral("field")).toString(), QStringLiteral("dryrun"));
        std::tie(status, plan) =
            post(QStringLiteral("/import/ansible"),
                 {{QStringLiteral("text"), QStringLiteral("[api]\nh1 ansible_port=70000\nh2\n")}});
        QCOMPARE(status, 400);
        QVERIFY(plan.value(QStringLiteral("error")).toString().contains(QStringLiteral("line 2")));
        QVERIFY(!names("server").contains(QStringLiteral("h2")));
    }
};

QTEST_GUILESS_MAIN(TestImportE2e)
#include "TestImportE2e.moc"
