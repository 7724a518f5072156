// The management CLI as a script uses it: the real binary, a real sshd, a real database file.
#include "support/SshdFixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

#include <pwd.h>
#include <unistd.h>

using fleetcron::test::SshdFixture;

namespace {

struct Result {
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestCliManagement : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    SshdFixture m_sshd;

    QString dbPath() const { return m_dir.filePath(QStringLiteral("fleet.sqlite")); }

    QString secretsFile() const { return m_dir.filePath(QStringLiteral("secrets/secrets.dat")); }

    QProcessEnvironment environment() const {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("FLEETCRON_DB"), dbPath());
        env.insert(QStringLiteral("FLEETCRON_SECRETS"), QStringLiteral("file"));
        env.insert(QStringLiteral("FLEETCRON_SECRETS_DIR"),
                   m_dir.filePath(QStringLiteral("secrets")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        return env;
    }

    Result fleetcron(const QStringList &args, const QByteArray &stdinData = {},
                     int timeoutMs = 60000) {
        QProcess p;
        p.setProcessEnvironment(environment());
        p.start(qEnvironmentVariable("FLEETCRON_BINARY"), args);
        if (!p.waitForStarted(10000))
            return {};
        p.write(stdinData);
        p.closeWriteChannel();
        if (!p.waitForFinished(timeoutMs)) {
            p.kill();
            p.waitForFinished();
            return {};
        }
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    QStringList serverArgs(const QString &name) const {
        return {QStringLiteral("server"),
                QStringLiteral("add"),
                name,
                QStringLiteral("--host"),
                m_sshd.host(),
                QStringLiteral("--port"),
                QString::number(m_sshd.port()),
                QStringLiteral("--user"),
                QStringLiteral("root"),
                QStringLiteral("--key"),
                m_sshd.clientKeyPath(),
                QStringLiteral("--tag"),
                QStringLiteral("web")};
    }

    QJsonObject taskJson(const QString &name) {
        const Result r = fleetcron(
            {QStringLiteral("task"), QStringLiteral("show"), name, QStringLiteral("--json")});
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }

    QString settingValue(const QString &key) {
        return fleetcron({QStringLiteral("settings"), QStringLiteral("get"), key}).out.trimmed();
    }

    static QString osUser() {
        const passwd *pw = ::getpwuid(::geteuid());
        return pw ? QString::fromLocal8Bit(pw->pw_name) : QString();
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QVERIFY(!qEnvironmentVariableIsEmpty("FLEETCRON_BINARY"));
        QVERIFY2(m_sshd.start(), qPrintable(m_sshd.error()));
    }

    void addsListsAndTestsAServer() {
        Result r = fleetcron(serverArgs(QStringLiteral("web1")));
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("added server web1")), qPrintable(r.out));

        r = fleetcron({QStringLiteral("server"), QStringLiteral("test"), QStringLiteral("web1")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(m_sshd.hostKeyFingerprint()), qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(QStringLiteral("pinned:")));

        r = fleetcron({QStringLiteral("server"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray servers = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(servers.size(), 1);
        const QJsonObject web1 = servers.at(0).toObject();
        QCOMPARE(web1.value(QStringLiteral("name")).toString(), QStringLiteral("web1"));
        QCOMPARE(web1.value(QStringLiteral("port")).toInt(), m_sshd.port());
        QCOMPARE(web1.value(QStringLiteral("host_key_sha256")).toString(),
                 m_sshd.hostKeyFingerprint());
        QCOMPARE(web1.value(QStringLiteral("tags")).toArray().at(0).toString(),
                 QStringLiteral("web"));
    }

    void repinsOnlyTheExpectedKey() {
        const QString pinned = m_sshd.hostKeyFingerprint();
        const QString other = QStringLiteral("SHA256:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
        Result r =
            fleetcron({QStringLiteral("server"), QStringLiteral("repin"), QStringLiteral("web1")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("host key unchanged; already pinned")),
                 qPrintable(r.out + r.err));
        r = fleetcron({QStringLiteral("server"), QStringLiteral("edit"), QStringLiteral("web1"),
                       QStringLiteral("--host-key"), other});
        QCOMPARE(r.exitCode, 0);
        r = fleetcron({QStringLiteral("server"), QStringLiteral("repin"), QStringLiteral("web1"),
                       QStringLiteral("--expect"), other});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("nothing was pinned")), qPrintable(r.err));
        r = fleetcron({QStringLiteral("server"), QStringLiteral("repin"), QStringLiteral("web1"),
                       QStringLiteral("--expect"), pinned});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("pinned:    %1 (was %2)").arg(pinned, other)),
                 qPrintable(r.out));
        r = fleetcron({QStringLiteral("server"), QStringLiteral("show"), QStringLiteral("web1"),
                       QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8())
                     .object()
                     .value(QStringLiteral("host_key_sha256"))
                     .toString(),
                 pinned);
    }

    void badServerInputIsRefusedAndNothingSaved() {
        Result r = fleetcron(serverArgs(QStringLiteral("web1")));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("already exists")), qPrintable(r.err));

        QStringList noAuth{QStringLiteral("server"),    QStringLiteral("add"),
                           QStringLiteral("x"),         QStringLiteral("--host"),
                           QStringLiteral("127.0.0.1"), QStringLiteral("--user"),
                           QStringLiteral("root")};
        r = fleetcron(noAuth);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("--agent")));

        r = fleetcron(noAuth + QStringList{QStringLiteral("--agent"), QStringLiteral("--port"),
                                           QStringLiteral("70000")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("port")), qPrintable(r.err));

        r = fleetcron({QStringLiteral("server"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 1);
    }

    void passwordGoesToTheSecretStoreNotTheDatabase() {
        const QByteArray password = "s3cret-Pa55-word-xyzzy";
        Result r = fleetcron({QStringLiteral("server"), QStringLiteral("add"),
                              QStringLiteral("pw1"), QStringLiteral("--host"),
                              QStringLiteral("127.0.0.1"), QStringLiteral("--user"),
                              QStringLiteral("nobody"), QStringLiteral("--password-stdin")},
                             password + "\n");
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!r.out.contains(QString::fromUtf8(password)));
        for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
            QFile db(dbPath() + suffix);
            if (db.open(QIODevice::ReadOnly))
                QVERIFY2(!db.readAll().contains(password), "the password is in the database");
        }
        QFile secrets(m_dir.filePath(QStringLiteral("secrets/secrets.dat")));
        QVERIFY(secrets.open(QIODevice::ReadOnly));
        QVERIFY2(!secrets.readAll().contains(password), "the password is stored in plain text");
        QCOMPARE(int(secrets.permissions() & (QFile::ReadGroup | QFile::ReadOther)), 0);
        r = fleetcron({QStringLiteral("server"), QStringLiteral("remove"), QStringLiteral("pw1")});
        QCOMPARE(r.exitCode, 0);
    }

    void taskInputIsValidated_data() {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("message");
        const QString schedule = QStringLiteral("--schedule");
        QTest::newRow("bad schedule")
            << QStringList{schedule, QStringLiteral("0 0 32 * *"), QStringLiteral("--servers"),
                           QStringLiteral("web1")}
            << QStringLiteral("day-of-month: 32 is out of range");
        QTest::newRow("unknown server")
            << QStringList{schedule, QStringLiteral("@hourly"), QStringLiteral("--servers"),
                           QStringLiteral("web9")}
            << QStringLiteral("no server named 'web9'");
        QTest::newRow("unknown zone") << QStringList{schedule,
                                                     QStringLiteral("@hourly"),
                                                     QStringLiteral("--servers"),
                                                     QStringLiteral("web1"),
                                                     QStringLiteral("--tz"),
                                                     QStringLiteral("Mars/Olympus")}
                                      << QStringLiteral("unknown time zone");
        QTest::newRow("bad overlap") << QStringList{schedule,
                                                    QStringLiteral("@hourly"),
                                                    QStringLiteral("--servers"),
                                                    QStringLiteral("web1"),
                                                    QStringLiteral("--overlap"),
                                                    QStringLiteral("maybe")}
                                     << QStringLiteral("overlap");
    }

    void taskInputIsValidated() {
        QFETCH(QStringList, extra);
        QFETCH(QString, message);
        Result r = fleetcron(QStringList{QStringLiteral("task"), QStringLiteral("add"),
                                         QStringLiteral("bad"), QStringLiteral("--command"),
                                         QStringLiteral("true")} +
                             extra);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        r = fleetcron({QStringLiteral("task"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 0); // nothing saved
    }

    void runsATaskAndWaits() {
        Result r = fleetcron({QStringLiteral("task"), QStringLiteral("add"),
                              QStringLiteral("hello"), QStringLiteral("--command"),
                              QStringLiteral("echo hello from $(id -un); echo warn >&2"),
                              QStringLiteral("--schedule"), QStringLiteral("*/5 * * * *"),
                              QStringLiteral("--tag"), QStringLiteral("web"),
                              QStringLiteral("--tz"), QStringLiteral("Europe/Berlin")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("added task hello")), qPrintable(r.out + r.err));

        r = fleetcron({QStringLiteral("task"), QStringLiteral("run"), QStringLiteral("hello"),
                       QStringLiteral("--wait")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("== web1: succeeded, exit 0")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("-- stdout --\nhello from root\n")));
        QVERIFY(r.out.contains(QStringLiteral("-- stderr --\nwarn\n")));

        r = fleetcron({QStringLiteral("runs"), QStringLiteral("--task"), QStringLiteral("hello"),
                       QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray runs = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(runs.size(), 1);
        const QJsonObject run = runs.at(0).toObject();
        QCOMPARE(run.value(QStringLiteral("status")).toString(), QStringLiteral("succeeded"));
        QCOMPARE(run.value(QStringLiteral("trigger")).toString(), QStringLiteral("manual"));
        const QJsonObject exec = run.value(QStringLiteral("executions")).toArray().at(0).toObject();
        QCOMPARE(exec.value(QStringLiteral("server")).toString(), QStringLiteral("web1"));
        QCOMPARE(exec.value(QStringLiteral("stdout")).toString(),
                 QStringLiteral("hello from root\n"));
        QCOMPARE(exec.value(QStringLiteral("stderr")).toString(), QStringLiteral("warn\n"));
        QCOMPARE(exec.value(QStringLiteral("exit_code")).toInt(), 0);
    }

    // `runs` names each run's task and each execution's server from one query each (not a
    // lookup per name); a server removed since keeps its name in the history, in JSON and in
    // the table.
    void runsNameEveryTaskAndAServerRemovedSince() {
        QStringList add = serverArgs(QStringLiteral("gone9"));
        add.removeAll(QStringLiteral("--tag"));
        add.removeAll(QStringLiteral("web"));
        QCOMPARE(fleetcron(add).exitCode, 0);
        for (const auto &[task, servers] :
             {std::pair{QStringLiteral("pair"), QStringLiteral("web1,gone9")},
              std::pair{QStringLiteral("solo"), QStringLiteral("web1")}}) {
            Result r = fleetcron({QStringLiteral("task"), QStringLiteral("add"), task,
                                  QStringLiteral("--command"), QStringLiteral("true"),
                                  QStringLiteral("--schedule"), QStringLiteral("@every 1h"),
                                  QStringLiteral("--servers"), servers});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            r = fleetcron(
                {QStringLiteral("task"), QStringLiteral("run"), task, QStringLiteral("--wait")});
            QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        }
        Result r =
            fleetcron({QStringLiteral("task"), QStringLiteral("edit"), QStringLiteral("pair"),
                       QStringLiteral("--servers"), QStringLiteral("web1")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = fleetcron(
            {QStringLiteral("server"), QStringLiteral("remove"), QStringLiteral("gone9")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));

        r = fleetcron({QStringLiteral("runs"), QStringLiteral("--limit"), QStringLiteral("2"),
                       QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray runs = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(runs.size(), 2);
        QCOMPARE(runs.at(0).toObject().value(QStringLiteral("task")).toString(),
                 QStringLiteral("solo"));
        const QJsonObject pair = runs.at(1).toObject();
        QCOMPARE(pair.value(QStringLiteral("task")).toString(), QStringLiteral("pair"));
        QStringList servers;
        for (const QJsonValue &e : pair.value(QStringLiteral("executions")).toArray())
            servers << e.toObject().value(QStringLiteral("server")).toString();
        servers.sort();
        QCOMPARE(servers, (QStringList{QStringLiteral("gone9"), QStringLiteral("web1")}));

        r = fleetcron({QStringLiteral("runs"), QStringLiteral("--limit"), QStringLiteral("2")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("gone9#1=succeeded(0)")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("solo")), qPrintable(r.out));
    }

    void exportsCsvAndShowsLatestOutput() {
        const QString csvPath = m_dir.filePath(QStringLiteral("report.csv"));
        Result r = fleetcron({QStringLiteral("export"), QStringLiteral("--task"),
                              QStringLiteral("hello"), QStringLiteral("--out"), csvPath});
        QCOMPARE(r.exitCode, 0);
        // An independent reader: Python's csv module gives back every field.
        QProcess python;
        python.start(
            QStringLiteral("/usr/bin/python3"),
            {QStringLiteral("-c"),
             QStringLiteral("import csv,json,sys; "
                            "print(json.dumps(list(csv.reader(open(sys.argv[1], newline='', "
                            "encoding='utf-8')))))"),
             csvPath});
        QVERIFY(python.waitForFinished(30000));
        const QJsonArray rows = QJsonDocument::fromJson(python.readAllStandardOutput()).array();
        QCOMPARE(rows.size(), 2);
        const QJsonArray header = rows.at(0).toArray();
        QCOMPARE(header.at(0).toString(), QStringLiteral("run_id"));
        QCOMPARE(header.size(), 15);
        const QJsonArray row = rows.at(1).toArray();
        QCOMPARE(row.at(2).toString(), QStringLiteral("hello"));
        QCOMPARE(row.at(3).toString(), QStringLiteral("web1"));
        QCOMPARE(row.at(5).toString(), QStringLiteral("manual"));
        QCOMPARE(row.at(10).toString(), QStringLiteral("succeeded"));
        QCOMPARE(row.at(11).toString(), QStringLiteral("0"));
        QCOMPARE(row.at(13).toString(), QStringLiteral("hello from root\n"));
        QCOMPARE(row.at(14).toString(), QStringLiteral("warn\n"));
        QVERIFY(row.at(7).toString().endsWith(QStringLiteral("+00:00")));

        r = fleetcron({QStringLiteral("export"), QStringLiteral("--no-output"),
                       QStringLiteral("--status"), QStringLiteral("failed")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.count(QStringLiteral("\r\n")), 1); // the header only
        QVERIFY(!r.out.contains(QStringLiteral("stdout")));
        QCOMPARE(fleetcron({QStringLiteral("export"), QStringLiteral("--status"),
                            QStringLiteral("weird")})
                     .exitCode,
                 2);

        r = fleetcron(
            {QStringLiteral("output"), QStringLiteral("hello"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject latest = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QVERIFY(!latest.value(QStringLiteral("completion_time")).toString().isEmpty());
        const QJsonObject out = latest.value(QStringLiteral("outputs")).toArray().at(0).toObject();
        QCOMPARE(out.value(QStringLiteral("server")).toString(), QStringLiteral("web1"));
        QCOMPARE(out.value(QStringLiteral("stdout")).toString(),
                 QStringLiteral("hello from root\n"));
    }

    void failedRunExitsOne() {
        Result r = fleetcron(
            {QStringLiteral("task"), QStringLiteral("add"), QStringLiteral("broken"),
             QStringLiteral("--command"), QStringLiteral("exit 7"), QStringLiteral("--schedule"),
             QStringLiteral("@every 1h"), QStringLiteral("--servers"), QStringLiteral("web1")});
        QCOMPARE(r.exitCode, 0);
        r = fleetcron({QStringLiteral("task"), QStringLiteral("run"), QStringLiteral("broken"),
                       QStringLiteral("--wait")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(QStringLiteral("== web1: failed, exit 7")), qPrintable(r.out));
    }

    void editsDisablesAndRemovesTasks() {
        Result r =
            fleetcron({QStringLiteral("task"), QStringLiteral("edit"), QStringLiteral("broken"),
                       QStringLiteral("--schedule"), QStringLiteral("every 2 hours"),
                       QStringLiteral("--retries"), QStringLiteral("2")});
        QCOMPARE(r.exitCode, 0);
        r = fleetcron(
            {QStringLiteral("task"), QStringLiteral("disable"), QStringLiteral("broken")});
        QCOMPARE(r.exitCode, 0);
        r = fleetcron({QStringLiteral("task"), QStringLiteral("show"), QStringLiteral("broken"),
                       QStringLiteral("--json")});
        const QJsonObject task = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(task.value(QStringLiteral("schedule")).toString(),
                 QStringLiteral("every 2 hours"));
        QCOMPARE(task.value(QStringLiteral("retries")).toInt(), 2);
        QCOMPARE(task.value(QStringLiteral("enabled")).toBool(), false);
        r = fleetcron({QStringLiteral("task"), QStringLiteral("remove"), QStringLiteral("broken")});
        QCOMPARE(r.exitCode, 0);
        r = fleetcron({QStringLiteral("task"), QStringLiteral("show"), QStringLiteral("broken")});
        QCOMPARE(r.exitCode, 2);
    }

    void unknownVerbsAndActionsAreUsageErrors() {
        QCOMPARE(fleetcron({QStringLiteral("frobnicate")}).exitCode, 2);
        QCOMPARE(fleetcron({QStringLiteral("server"), QStringLiteral("explode")}).exitCode, 2);
        QCOMPARE(fleetcron({QStringLiteral("task"), QStringLiteral("add")}).exitCode, 2);
        Result r = fleetcron({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        for (const char *verb : {"server", "task", "runs", "schedule", "audit", "settings"})
            QVERIFY2(r.out.contains(QString::fromLatin1(verb)), verb);
    }

    void settingsAreCheckedAndSavedAllOrNone() {
        const QString limit = QStringLiteral("engine.global_limit");
        const QString lease = QStringLiteral("engine.lease_seconds");
        Result r = fleetcron(
            {QStringLiteral("settings"), QStringLiteral("set"), limit, QStringLiteral("32")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(settingValue(limit), QStringLiteral("32"));

        // One bad value among two: the service names it, and neither is saved.
        r = fleetcron({QStringLiteral("settings"), QStringLiteral("set"), limit,
                       QStringLiteral("16"), lease, QStringLiteral("1")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith(QStringLiteral("fleetcron settings set: engine.lease_seconds "
                                                 "must be a whole number from 3 to 3600")),
                 qPrintable(r.err));
        QCOMPARE(settingValue(limit), QStringLiteral("32"));
        QCOMPARE(settingValue(lease), QStringLiteral("15"));

        r = fleetcron({QStringLiteral("settings"), QStringLiteral("set"),
                       QStringLiteral("engine.no_such_key"), QStringLiteral("1")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("unknown setting 'engine.no_such_key'")),
                 qPrintable(r.err));
        r = fleetcron({QStringLiteral("settings"), QStringLiteral("get"),
                       QStringLiteral("engine.no_such_key")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("unknown setting")), qPrintable(r.err));
        QCOMPARE(fleetcron({QStringLiteral("settings"), QStringLiteral("set"), limit}).exitCode, 2);

        r = fleetcron(
            {QStringLiteral("settings"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        bool seen = false;
        for (const QJsonValue &v : QJsonDocument::fromJson(r.out.toUtf8()).array()) {
            const QJsonObject s = v.toObject();
            if (s.value(QStringLiteral("key")).toString() != limit)
                continue;
            seen = true;
            QCOMPARE(s.value(QStringLiteral("value")).toInteger(), 32);
            QCOMPARE(s.value(QStringLiteral("is_default")).toBool(), false);
            QCOMPARE(s.value(QStringLiteral("default")).toInteger(), 64);
        }
        QVERIFY2(seen, qPrintable(r.out));
        r = fleetcron({QStringLiteral("settings"), QStringLiteral("list")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("retention.days")), qPrintable(r.out));

        // Every shared setting: a value in range is saved and read back, one out of range is
        // refused naming the key, and the stored value stays.
        const struct {
            const char *key, *good, *bad;
        } every[] = {{"engine.global_limit", "8", "0"},
                     {"engine.lease_seconds", "30", "2"},
                     {"tasks.default_max_output_bytes", "65536", "12"},
                     {"retention.days", "30", "36501"},
                     {"retention.runs_per_task", "500", "1000001"}};
        for (const auto &s : every) {
            const QString key = QString::fromLatin1(s.key);
            r = fleetcron({QStringLiteral("settings"), QStringLiteral("set"), key,
                           QString::fromLatin1(s.good)});
            QVERIFY2(r.exitCode == 0, qPrintable(key + u' ' + r.err));
            r = fleetcron({QStringLiteral("settings"), QStringLiteral("get"), key});
            QCOMPARE(r.exitCode, 0);
            QCOMPARE(r.out.trimmed(), QString::fromLatin1(s.good));
            r = fleetcron({QStringLiteral("settings"), QStringLiteral("set"), key,
                           QString::fromLatin1(s.bad)});
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains(key), qPrintable(r.err));
            QCOMPARE(settingValue(key), QString::fromLatin1(s.good));
        }
    }

    // `fleetcron --db F VERB …` is `fleetcron VERB … --db F`: the verb runs, not the console (a
    // console here would wait for its window until the short timeout).
    void globalOptionsMayComeBeforeTheVerb() {
        const QString other = m_dir.filePath(QStringLiteral("other.sqlite"));
        const QString days = QStringLiteral("retention.days");
        const QString before = settingValue(days);
        Result r = fleetcron({QStringLiteral("--db"), other, QStringLiteral("settings"),
                              QStringLiteral("set"), days, QStringLiteral("11")},
                             {}, 15000);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out, QStringLiteral("set retention.days = 11\n"));
        r = fleetcron({QStringLiteral("settings"), QStringLiteral("get"), days,
                       QStringLiteral("--db"), other});
        QCOMPARE(r.out.trimmed(), QStringLiteral("11"));
        QCOMPARE(settingValue(days), before); // FLEETCRON_DB's database was not touched
        r = fleetcron({QStringLiteral("--db=") + other, QStringLiteral("settings"),
                       QStringLiteral("get"), days},
                      {}, 15000);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed(), QStringLiteral("11"));

        // The same output and exit code whichever side of the verb the option stands.
        const Result after =
            fleetcron({QStringLiteral("task"), QStringLiteral("list"), QStringLiteral("--json"),
                       QStringLiteral("--db"), dbPath()});
        QCOMPARE(after.exitCode, 0);
        r = fleetcron({QStringLiteral("--db"), dbPath(), QStringLiteral("task"),
                       QStringLiteral("list"), QStringLiteral("--json")},
                      {}, 15000);
        QCOMPARE(r.exitCode, after.exitCode);
        QCOMPARE(r.out, after.out);

        // `help VERB` after a global option is still the verb's help.
        r = fleetcron(
            {QStringLiteral("--db"), other, QStringLiteral("help"), QStringLiteral("task")}, {},
            15000);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, fleetcron({QStringLiteral("task"), QStringLiteral("--help")}).out);
        // A daemon option the verb does not take is its usage error, as after the verb.
        r = fleetcron({QStringLiteral("--grace"), QStringLiteral("5"), QStringLiteral("task"),
                       QStringLiteral("list")},
                      {}, 15000);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("Unknown option 'grace'")), qPrintable(r.err));
        // --daemon anywhere still picks the daemon (its help, so it does not stay up).
        r = fleetcron(
            {QStringLiteral("--db"), other, QStringLiteral("--daemon"), QStringLiteral("--help")},
            {}, 15000);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("--grace")), qPrintable(r.out));
        QVERIFY2(!r.out.contains(QStringLiteral("Commands:")), qPrintable(r.out));
    }

    // "-3" after `settings set KEY` is the value, so the service's refusal names the key; real
    // options keep working beside it, and an option's negative value is still that option's.
    void negativeNumbersAreValuesNotOptions() {
        const QString days = QStringLiteral("retention.days");
        const QString limit = QStringLiteral("engine.global_limit");
        const QString before = settingValue(days);
        Result r = fleetcron(
            {QStringLiteral("settings"), QStringLiteral("set"), days, QStringLiteral("-3")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith(QStringLiteral("fleetcron settings set: retention.days ")),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("'-3'")), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QStringLiteral("Unknown option")), qPrintable(r.err));
        QCOMPARE(settingValue(days), before);

        // A negative value among pairs, with --db after it: all or none, naming the bad key.
        r = fleetcron({QStringLiteral("settings"), QStringLiteral("set"), days,
                       QStringLiteral("12"), limit, QStringLiteral("-1"), QStringLiteral("--db"),
                       dbPath()});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith(QStringLiteral("fleetcron settings set: engine.global_limit ")),
                 qPrintable(r.err));
        QCOMPARE(settingValue(days), before);

        // An unknown option beside a negative value is still reported as one.
        r = fleetcron({QStringLiteral("settings"), QStringLiteral("set"), days,
                       QStringLiteral("-3"), QStringLiteral("--bogus")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("Unknown option 'bogus'")), qPrintable(r.err));
        // An option's value may be negative: it is the option's, checked by the verb.
        r = fleetcron({QStringLiteral("runs"), QStringLiteral("--limit"), QStringLiteral("-5")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("limit:")), qPrintable(r.err));
    }

    void enablingATaskRecomputesItsNextFire() {
        Result r = fleetcron({QStringLiteral("task"), QStringLiteral("add"),
                              QStringLiteral("ticker"), QStringLiteral("--command"),
                              QStringLiteral("true"), QStringLiteral("--schedule"),
                              QStringLiteral("* * * * * *"), QStringLiteral("--servers"),
                              QStringLiteral("web1"), QStringLiteral("--disabled")});
        QCOMPARE(r.exitCode, 0);
        // Every second: after a pause the stored next fire is in the past.
        QTest::qWait(2200);
        const QDateTime beforeEnable = QDateTime::currentDateTimeUtc();
        const QDateTime stale = QDateTime::fromString(
            taskJson(QStringLiteral("ticker")).value(QStringLiteral("next_fire_at")).toString(),
            Qt::ISODateWithMs);
        QVERIFY(!stale.isValid() || stale < beforeEnable);
        r = fleetcron({QStringLiteral("task"), QStringLiteral("enable"), QStringLiteral("ticker")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject task = taskJson(QStringLiteral("ticker"));
        QCOMPARE(task.value(QStringLiteral("enabled")).toBool(), true);
        const QDateTime next = QDateTime::fromString(
            task.value(QStringLiteral("next_fire_at")).toString(), Qt::ISODateWithMs);
        QVERIFY2(next > beforeEnable, qPrintable(next.toString(Qt::ISODateWithMs)));
        QCOMPARE(
            fleetcron({QStringLiteral("task"), QStringLiteral("remove"), QStringLiteral("ticker")})
                .exitCode,
            0);
    }

    void removalsAreRefusedWhileARunIsActive() {
        Result r = fleetcron(
            {QStringLiteral("task"), QStringLiteral("add"), QStringLiteral("sleeper"),
             QStringLiteral("--command"), QStringLiteral("sleep 5"), QStringLiteral("--schedule"),
             QStringLiteral("@every 1h"), QStringLiteral("--servers"), QStringLiteral("web1")});
        QCOMPARE(r.exitCode, 0);
        QProcess running;
        running.setProcessEnvironment(environment());
        running.start(qEnvironmentVariable("FLEETCRON_BINARY"),
                      {QStringLiteral("task"), QStringLiteral("run"), QStringLiteral("sleeper"),
                       QStringLiteral("--wait")});
        QVERIFY(running.waitForStarted(10000));
        // Active once the run and its execution are recorded (the execution a moment after the
        // run), long before the command ends.
        auto executionRecorded = [this] {
            const Result runs = fleetcron({QStringLiteral("runs"), QStringLiteral("--task"),
                                           QStringLiteral("sleeper"), QStringLiteral("--json")});
            const QJsonArray list = QJsonDocument::fromJson(runs.out.toUtf8()).array();
            return !list.isEmpty() &&
                   !list.at(0).toObject().value(QStringLiteral("executions")).toArray().isEmpty();
        };
        QTRY_VERIFY_WITH_TIMEOUT(executionRecorded(), 15000);

        r = fleetcron(
            {QStringLiteral("task"), QStringLiteral("remove"), QStringLiteral("sleeper")});
        const QString taskRefusal = r.err;
        QCOMPARE(r.exitCode, 2);
        r = fleetcron({QStringLiteral("server"), QStringLiteral("remove"), QStringLiteral("web1")});
        const QString serverRefusal = r.err;
        QCOMPARE(r.exitCode, 2);

        QVERIFY(running.waitForFinished(60000));
        QCOMPARE(running.exitCode(), 0);
        QVERIFY2(taskRefusal.startsWith(QStringLiteral("fleetcron task remove: task 'sleeper' "
                                                       "has 1 active run(s)")),
                 qPrintable(taskRefusal));
        QVERIFY2(serverRefusal.startsWith(QStringLiteral("fleetcron server remove: server 'web1' "
                                                         "has 1 execution(s) running")),
                 qPrintable(serverRefusal));
        // Nothing was removed, and once the run has ended the same removal goes through.
        QCOMPARE(taskJson(QStringLiteral("sleeper")).value(QStringLiteral("name")).toString(),
                 QStringLiteral("sleeper"));
        QCOMPARE(
            fleetcron({QStringLiteral("server"), QStringLiteral("show"), QStringLiteral("web1")})
                .exitCode,
            0);
        r = fleetcron(
            {QStringLiteral("task"), QStringLiteral("remove"), QStringLiteral("sleeper")});
        QCOMPARE(r.exitCode, 0);
    }

    void removingAServerRemovesItsSecret() {
        Result r = fleetcron({QStringLiteral("server"), QStringLiteral("add"),
                              QStringLiteral("pw2"), QStringLiteral("--host"),
                              QStringLiteral("127.0.0.1"), QStringLiteral("--user"),
                              QStringLiteral("nobody"), QStringLiteral("--password-stdin")},
                             "another-Pa55\n");
        QCOMPARE(r.exitCode, 0);
        const QJsonObject server =
            QJsonDocument::fromJson(fleetcron({QStringLiteral("server"), QStringLiteral("show"),
                                               QStringLiteral("pw2"), QStringLiteral("--json")})
                                        .out.toUtf8())
                .object();
        const QByteArray key = QStringLiteral("server/%1/password")
                                   .arg(server.value(QStringLiteral("id")).toInteger())
                                   .toUtf8();
        auto secretsHold = [this](const QByteArray &what) {
            QFile file(secretsFile());
            return file.open(QIODevice::ReadOnly) && file.readAll().contains(what);
        };
        QVERIFY2(secretsHold(key), key.constData());
        r = fleetcron({QStringLiteral("server"), QStringLiteral("remove"), QStringLiteral("pw2")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(!secretsHold(key), "the removed server's password is still in the secret store");
    }

    void auditShowsCliChangesWithTheUser() {
        Result r = fleetcron({QStringLiteral("audit"), QStringLiteral("--json"),
                              QStringLiteral("--since"), QStringLiteral("-1h")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray entries = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QStringList actions;
        for (const QJsonValue &v : entries) {
            const QJsonObject e = v.toObject();
            QCOMPARE(e.value(QStringLiteral("face")).toString(), QStringLiteral("cli"));
            QCOMPARE(e.value(QStringLiteral("actor")).toString(), osUser());
            actions << e.value(QStringLiteral("action")).toString() + u' ' +
                           e.value(QStringLiteral("target_name")).toString();
        }
        for (const char *expected :
             {"server.create web1", "task.create hello", "task.enable ticker",
              "task.delete sleeper", "server.delete pw2", "setting.set engine.global_limit",
              "run.start sleeper"})
            QVERIFY2(actions.contains(QString::fromUtf8(expected)),
                     qPrintable(actions.join(u'\n')));
        // A refused change leaves no entry: of the three lease values sent (1, 30, 2), only the
        // one in range is there.
        QCOMPARE(actions.count(QStringLiteral("setting.set engine.lease_seconds")), 1);
        QCOMPARE(actions.count(QStringLiteral("server.delete web1")), 0);

        r = fleetcron({QStringLiteral("audit"), QStringLiteral("--limit"), QStringLiteral("3")});
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4); // the header and three entries, newest first
        QVERIFY2(lines.at(0).startsWith(QStringLiteral("TIME")), qPrintable(r.out));
        QVERIFY2(lines.at(1).contains(QStringLiteral(" cli ")) && lines.at(1).contains(osUser()) &&
                     lines.at(1).contains(QStringLiteral("server.delete")) &&
                     lines.at(1).contains(QStringLiteral("server pw2")),
                 qPrintable(r.out));

        r = fleetcron({QStringLiteral("audit"), QStringLiteral("--json"), QStringLiteral("--since"),
                       QDateTime::currentDateTimeUtc().addDays(1).toString(Qt::ISODate)});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 0);
        r = fleetcron(
            {QStringLiteral("audit"), QStringLiteral("--since"), QStringLiteral("yesterday-ish")});
        QCOMPARE(r.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliManagement)
#include "TestCliManagement.moc"
