// The CLI's completeness (issue 14) as an operator sees it: the real binary, a real sshd, a real
// daemon on the same SQLite file. Each case checks the exit code and the text printed.
#include "support/SshdFixture.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using fleetcron::test::SshdFixture;

namespace {

struct Result {
    int exitCode = -1;
    QString out;
    QString err;
};

QString s(const char *text) {
    return QString::fromLatin1(text);
}

} // namespace

class TestCliCompleteness : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    SshdFixture m_sshd;
    QProcess *m_daemon = nullptr;
    // Unique to this test process, so pgrep finds only our remote sleeps.
    const QString m_sleep =
        QStringLiteral("sleep 60.%1").arg(QCoreApplication::applicationPid() % 100000);

    QProcessEnvironment environment(const QString &tz = {}) const {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(s("FLEETCRON_DB"), m_dir.filePath(s("fleet.sqlite")));
        env.insert(s("FLEETCRON_SECRETS"), s("file"));
        env.insert(s("FLEETCRON_SECRETS_DIR"), m_dir.filePath(s("secrets")));
        env.insert(s("XDG_CONFIG_HOME"), m_dir.filePath(s("config")));
        env.insert(s("XDG_DATA_HOME"), m_dir.filePath(s("data")));
        env.remove(s("FLEETCRON_CONFIG_DIR"));
        if (!tz.isEmpty())
            env.insert(s("TZ"), tz);
        return env;
    }

    Result fleetcron(const QStringList &args, const QString &tz = {}) {
        QProcess p;
        p.setProcessEnvironment(environment(tz));
        p.start(qEnvironmentVariable("FLEETCRON_BINARY"), args);
        if (!p.waitForStarted(10000) || !p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished();
            return {};
        }
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    bool startDaemon() {
        m_daemon = new QProcess(this);
        m_daemon->setProcessEnvironment(environment());
        m_daemon->setProcessChannelMode(QProcess::MergedChannels); // its log is on stderr
        m_daemon->start(qEnvironmentVariable("FLEETCRON_BINARY"), {s("--daemon"), s("--no-api")});
        if (!m_daemon->waitForStarted(10000))
            return false;
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 15000) {
            m_daemon->waitForReadyRead(200);
            if (m_daemon->peek(1 << 20).contains("daemon started"))
                return true;
        }
        return false;
    }

    void stopDaemon() {
        if (!m_daemon)
            return;
        ::kill(pid_t(m_daemon->processId()), SIGTERM);
        if (!m_daemon->waitForFinished(20000)) {
            m_daemon->kill();
            m_daemon->waitForFinished();
        }
        delete m_daemon;
        m_daemon = nullptr;
    }

    // The newest run of the task as `runs --json` shows it.
    QJsonObject newestRun(const QString &task) {
        const Result r =
            fleetcron({s("runs"), s("--task"), task, s("--limit"), s("1"), s("--json")});
        return QJsonDocument::fromJson(r.out.toUtf8()).array().at(0).toObject();
    }

    // Waits until the task has a running run whose remote sleep is up; returns its id.
    qint64 waitForRunningSleep(const QString &task) {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 20000) {
            const QJsonObject run = newestRun(task);
            if (run.value(s("status")).toString() == s("running") && remoteSleepAlive())
                return run.value(s("id")).toInteger();
            QTest::qWait(200);
        }
        return 0;
    }

    bool remoteSleepAlive() {
        QProcess pgrep;
        pgrep.start(s("pgrep"), {s("-f"), m_sleep});
        pgrep.waitForFinished(5000);
        return pgrep.exitCode() == 0;
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QVERIFY(!qEnvironmentVariableIsEmpty("FLEETCRON_BINARY"));
        QVERIFY2(m_sshd.start(), qPrintable(m_sshd.error()));
        const Result r =
            fleetcron({s("server"), s("add"), s("s1"), s("--host"), m_sshd.host(), s("--port"),
                       QString::number(m_sshd.port()), s("--user"), s("root"), s("--key"),
                       m_sshd.clientKeyPath(), s("--tag"), s("web,db")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }

    void cleanupTestCase() { stopDaemon(); }

    // 2. and 7.
    void helpIsAVerbAndListsTheDaemonOptions() {
        const Result help = fleetcron({s("help")});
        QCOMPARE(help.exitCode, 0);
        QCOMPARE(help.out, fleetcron({s("--help")}).out);
        for (const char *option : {"--daemon", "--listen", "--db", "--grace", "--log-level",
                                   "--no-api", "--api-token-file", "--listen-any"})
            QVERIFY2(help.out.contains(s(option)), option);
        QVERIFY(help.out.contains(s("runs")));

        const Result verb = fleetcron({s("help"), s("runs")});
        QCOMPARE(verb.exitCode, 0);
        QCOMPARE(verb.out, fleetcron({s("runs"), s("--help")}).out);
        QVERIFY(verb.out.contains(s("cancel RUN")));

        const Result unknown = fleetcron({s("help"), s("nosuchverb")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains(s("unknown command 'nosuchverb'")), qPrintable(unknown.err));
    }

    // 3.
    void tagsAreAddedAndRemovedOneByOne() {
        auto tags = [this] {
            const Result r = fleetcron({s("server"), s("show"), s("s1"), s("--json")});
            QStringList out;
            for (const auto &v :
                 QJsonDocument::fromJson(r.out.toUtf8()).object().value(s("tags")).toArray())
                out << v.toString();
            out.sort(); // the service keeps a server's tags sorted
            return out;
        };
        QCOMPARE(tags(), QStringList({s("db"), s("web")}));
        QCOMPARE(fleetcron({s("server"), s("edit"), s("s1"), s("--add-tag"), s("blue")}).exitCode,
                 0);
        QCOMPARE(tags(), QStringList({s("blue"), s("db"), s("web")}));
        QCOMPARE(fleetcron({s("server"), s("edit"), s("s1"), s("--remove-tag"), s("db")}).exitCode,
                 0);
        QCOMPARE(tags(), QStringList({s("blue"), s("web")}));
        const Result missing =
            fleetcron({s("server"), s("edit"), s("s1"), s("--remove-tag"), s("zz")});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY2(missing.err.contains(s("no tag 'zz'")), qPrintable(missing.err));
        QCOMPARE(tags(), QStringList({s("blue"), s("web")})); // nothing half-saved
        QCOMPARE(fleetcron({s("server"), s("edit"), s("s1"), s("--tag"), s("web,db")}).exitCode, 0);
        QCOMPARE(tags(), QStringList({s("db"), s("web")}));
        const Result help = fleetcron({s("server"), s("--help")});
        QVERIFY2(help.out.contains(s("replaces the whole")), qPrintable(help.out));
        QVERIFY(help.out.contains(s("--add-tag")) && help.out.contains(s("--remove-tag")));
    }

    // 4.
    void rejectedSchedulesGetAHint() {
        const Result minutes = fleetcron({s("schedule"), s("5 minutes")});
        QCOMPARE(minutes.exitCode, 2);
        QVERIFY2(minutes.err.contains(s("did you mean 'every 5 minutes'?")),
                 qPrintable(minutes.err));
        const Result min = fleetcron({s("schedule"), s("every 5 min")});
        QCOMPARE(min.exitCode, 2);
        QVERIFY2(min.err.contains(s("did you mean 'every 5 minutes'?")), qPrintable(min.err));
        const Result four = fleetcron({s("schedule"), s("*/5 * * *")});
        QCOMPARE(four.exitCode, 2);
        QVERIFY2(four.err.contains(s("cron needs 5 fields")), qPrintable(four.err));
        QCOMPARE(fleetcron({s("schedule"), s("30")}).exitCode, 0);
        // The same hint on another face: `task add` refuses and names it.
        const Result add = fleetcron({s("task"), s("add"), s("typo"), s("--command"), s("true"),
                                      s("--schedule"), s("5 minutes"), s("--servers"), s("s1")});
        QCOMPARE(add.exitCode, 2);
        QVERIFY2(add.err.contains(s("did you mean 'every 5 minutes'?")), qPrintable(add.err));
    }

    // 5. and 6.
    void runsShowAttemptsApartInLocalTime() {
        const QString marker = m_dir.filePath(s("flaky-marker"));
        Result r = fleetcron({s("task"), s("add"), s("flaky"), s("--command"),
                              QStringLiteral("test -e %1 || { touch %1; exit 1; }").arg(marker),
                              s("--schedule"), s("@daily"), s("--servers"), s("s1"), s("--retries"),
                              s("1"), s("--retry-delay"), s("1")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = fleetcron({s("task"), s("run"), s("flaky"), s("--wait")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        const QString attempts = s("s1#1=failed(1) s1#2=succeeded(0)");
        r = fleetcron({s("runs"), s("--task"), s("flaky")}, s("America/New_York"));
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(attempts), qPrintable(r.out));
        // Local time with its offset: New York is at -05:00 in winter, -04:00 in summer.
        static const QRegularExpression local(
            s("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d-0[45]:00"));
        QVERIFY2(local.match(r.out).hasMatch(), qPrintable(r.out));
        const qint64 id = newestRun(s("flaky")).value(s("id")).toInteger();
        r = fleetcron({s("runs"), s("show"), QString::number(id)}, s("UTC"));
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(s("attempts:    ") + attempts), qPrintable(r.out));
        QVERIFY2(r.out.contains(s("+00:00")), qPrintable(r.out));
        r = fleetcron({s("runs"), s("show"), s("999999")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(s("999999")), qPrintable(r.err));
    }

    // 6.
    void tokenPathHasNoDoubledFolder() {
        const Result r = fleetcron({s("token"), s("--path")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed(), m_dir.filePath(s("config/fleetcron/api-token")));
    }

    // 1.
    void cancelStopsAnotherProcesssRun() {
        QVERIFY(startDaemon());
        Result r = fleetcron({s("task"), s("add"), s("sleeper"), s("--command"), m_sleep,
                              s("--schedule"), s("@every 1s"), s("--servers"), s("s1")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const qint64 runId = waitForRunningSleep(s("sleeper"));
        QVERIFY2(runId > 0, "the daemon did not start the sleep");
        // No new fire while we cancel this one.
        QCOMPARE(fleetcron({s("task"), s("disable"), s("sleeper")}).exitCode, 0);

        QElapsedTimer t;
        t.start();
        r = fleetcron({s("runs"), s("cancel"), QString::number(runId)});
        const qint64 ms = t.elapsed();
        qInfo("runs cancel (daemon's run, over sshd) took %lld ms", ms);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QStringLiteral("run %1: cancelled").arg(runId)), qPrintable(r.out));
        QVERIFY2(r.out.contains(s("sent to engine")), qPrintable(r.out));
        QVERIFY2(ms < 3000, qPrintable(QString::number(ms)));
        QTRY_VERIFY_WITH_TIMEOUT(!remoteSleepAlive(), 2000);
        QCOMPARE(newestRun(s("sleeper")).value(s("status")).toString(), s("cancelled"));
        r = fleetcron({s("audit"), s("--json")});
        bool audited = false;
        for (const auto &v : QJsonDocument::fromJson(r.out.toUtf8()).array()) {
            const QJsonObject e = v.toObject();
            audited |= e.value(s("action")).toString() == s("run.cancel") &&
                       e.value(s("target_id")).toInteger() == runId &&
                       e.value(s("face")).toString() == s("cli");
        }
        QVERIFY2(audited, qPrintable(r.out));

        // Ended already, unknown: exit 2 and why.
        r = fleetcron({s("runs"), s("cancel"), QString::number(runId)});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(s("already ended")), qPrintable(r.err));
        r = fleetcron({s("runs"), s("cancel"), s("999999")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(s("999999")), qPrintable(r.err));
        r = fleetcron({s("runs"), s("cancel"), s("abc")});
        QCOMPARE(r.exitCode, 2);
    }

    void taskCancelStopsItsRunningRuns() {
        QVERIFY(m_daemon);
        QCOMPARE(fleetcron({s("task"), s("enable"), s("sleeper")}).exitCode, 0);
        const qint64 runId = waitForRunningSleep(s("sleeper"));
        QVERIFY2(runId > 0, "the daemon did not start the sleep");
        QCOMPARE(fleetcron({s("task"), s("disable"), s("sleeper")}).exitCode, 0);
        QElapsedTimer t;
        t.start();
        Result r = fleetcron({s("task"), s("cancel"), s("sleeper")});
        qInfo("task cancel took %lld ms", t.elapsed());
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QStringLiteral("run %1: cancelled").arg(runId)), qPrintable(r.out));
        QTRY_VERIFY_WITH_TIMEOUT(!remoteSleepAlive(), 2000);
        QCOMPARE(newestRun(s("sleeper")).value(s("status")).toString(), s("cancelled"));
        r = fleetcron({s("task"), s("cancel"), s("sleeper")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(s("no pending or running run")), qPrintable(r.err));
        r = fleetcron({s("task"), s("cancel"), s("nosuchtask")});
        QCOMPARE(r.exitCode, 2);
    }

    void cancelOfADeadEnginesRunSaysFailoverHandlesIt() {
        QVERIFY(m_daemon);
        QCOMPARE(fleetcron({s("task"), s("enable"), s("sleeper")}).exitCode, 0);
        const qint64 runId = waitForRunningSleep(s("sleeper"));
        QVERIFY(runId > 0);
        ::kill(pid_t(m_daemon->processId()), SIGKILL);
        m_daemon->waitForFinished(5000);
        delete m_daemon;
        m_daemon = nullptr;
        // The lease (shared setting) decides when an engine is dead; shorten it to see it now.
        QCOMPARE(fleetcron({s("settings"), s("set"), s("engine.lease_seconds"), s("5")}).exitCode,
                 0);
        QTest::qWait(5500);
        const Result r = fleetcron({s("runs"), s("cancel"), QString::number(runId)});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(s("failover")), qPrintable(r.err));
        // The killed daemon's remote sleep, stopped by its pid as failover would.
        QProcess pgrep;
        pgrep.start(s("pgrep"), {s("-f"), m_sleep});
        pgrep.waitForFinished(5000);
        for (const QByteArray &pid : pgrep.readAllStandardOutput().split('\n'))
            if (pid.toInt() > 0)
                ::kill(pid_t(pid.toInt()), SIGKILL);
    }
};

QTEST_GUILESS_MAIN(TestCliCompleteness)
#include "TestCliCompleteness.moc"
