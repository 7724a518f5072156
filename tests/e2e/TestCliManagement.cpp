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

    Result fleetcron(const QStringList &args, const QByteArray &stdinData = {}) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("FLEETCRON_DB"), dbPath());
        env.insert(QStringLiteral("FLEETCRON_SECRETS"), QStringLiteral("file"));
        env.insert(QStringLiteral("FLEETCRON_SECRETS_DIR"),
                   m_dir.filePath(QStringLiteral("secrets")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        p.setProcessEnvironment(env);
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
            << QStringLiteral("unknown server 'web9'");
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
        QTest::newRow("no targets")
            << QStringList{schedule, QStringLiteral("@hourly")} << QStringLiteral("--servers");
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
        for (const char *verb : {"server", "task", "runs", "schedule"})
            QVERIFY2(r.out.contains(QString::fromLatin1(verb)), verb);
    }
};

QTEST_GUILESS_MAIN(TestCliManagement)
#include "TestCliManagement.moc"
