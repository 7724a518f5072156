// `fleetcron --daemon` as an operator runs it: real processes, a real sshd, one SQLite file.
#include "DaemonHarness.h"
#include "support/ProcessProbe.h"
#include "support/SshdFixture.h"
#include "support/TestUnixUser.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <csignal>

using fleetcron::test::DaemonHarness;
using fleetcron::test::ProcessProbe;
using fleetcron::test::SshdFixture;
using fleetcron::test::TestUnixUser;

class TestDaemon : public QObject {
    Q_OBJECT

    DaemonHarness m_fleet;
    SshdFixture m_sshd;
    // A plain /bin/sh account: commands start in milliseconds, as on a typical server.
    TestUnixUser m_user;

    int cli(const QStringList &args, QString *out = nullptr) { return m_fleet.cli(args, out); }
    int count(const QString &sql) { return m_fleet.count(sql); }
    QList<QVariantList> query(const QString &sql) { return m_fleet.query(sql); }

private slots:
    void initTestCase() {
        QVERIFY(!qEnvironmentVariableIsEmpty("FLEETCRON_BINARY"));
        QVERIFY2(m_sshd.start(), qPrintable(m_sshd.error()));
        QVERIFY2(m_user.isValid(), qPrintable(m_user.error()));
    }

    void init() {
        m_fleet.reset();
        QCOMPARE(cli({QStringLiteral("server"), QStringLiteral("add"), QStringLiteral("web1"),
                      QStringLiteral("--host"), m_sshd.host(), QStringLiteral("--port"),
                      QString::number(m_sshd.port()), QStringLiteral("--user"), m_user.name(),
                      QStringLiteral("--key"), m_sshd.clientKeyPath(),
                      QStringLiteral("--max-parallel"), QStringLiteral("32")}),
                 0);
    }

    void cleanup() { m_fleet.reset(); }

    void cliChangesReachTheDaemonWithinASecond() {
        QProcess *daemon = m_fleet.startDaemon();
        QVERIFY(daemon);
        QTest::qWait(500);
        const QDateTime added = QDateTime::currentDateTimeUtc();
        QCOMPARE(cli({QStringLiteral("task"), QStringLiteral("add"), QStringLiteral("tick"),
                      QStringLiteral("--command"), QStringLiteral("echo tick"),
                      QStringLiteral("--schedule"), QStringLiteral("@every 1s"),
                      QStringLiteral("--servers"), QStringLiteral("web1")}),
                 0);
        // The first fire is due one second after the task was added; the daemon must notice
        // the new task in time to fire it within another second.
        QTRY_VERIFY_WITH_TIMEOUT(count(QStringLiteral("SELECT COUNT(*) FROM runs")) >= 1, 3000);
        // Measured against the first due time the CLI stored (one second after it saved the
        // task), not against when the test started the CLI: a loaded machine may take longer
        // than a second just to start the CLI process.
        const auto first = query(QStringLiteral(
            "SELECT started_at - scheduled_for, trigger FROM runs ORDER BY id LIMIT 1"));
        QCOMPARE(first.value(0).value(1).toString(), QStringLiteral("schedule"));
        QVERIFY2(first.value(0).value(0).toLongLong() < 1500,
                 qPrintable(first.value(0).value(0).toString()));
        QVERIFY(query(QStringLiteral("SELECT MIN(scheduled_for) FROM runs"))
                    .value(0)
                    .value(0)
                    .toLongLong() >= added.toMSecsSinceEpoch() + 1000);

        QCOMPARE(cli({QStringLiteral("task"), QStringLiteral("disable"), QStringLiteral("tick")}),
                 0);
        const qint64 disabledAt = QDateTime::currentMSecsSinceEpoch();
        QTest::qWait(2500);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM runs WHERE scheduled_for > %1")
                           .arg(disabledAt + 1000)),
                 0);
        QVERIFY(count(QStringLiteral(
                    "SELECT COUNT(*) FROM executions WHERE status = 'succeeded'")) >= 1);
        QVERIFY(m_fleet.stopDaemon(daemon));
        QCOMPARE(daemon->exitCode(), 0);
    }

    void twoDaemonsNeverFireOneTimeTwice() {
        for (int i = 0; i < 10; ++i) {
            QCOMPARE(
                cli({QStringLiteral("task"), QStringLiteral("add"), QStringLiteral("t%1").arg(i),
                     QStringLiteral("--command"), QStringLiteral("true"),
                     QStringLiteral("--schedule"), QStringLiteral("@every 1s"),
                     QStringLiteral("--servers"), QStringLiteral("web1"),
                     QStringLiteral("--overlap"), QStringLiteral("parallel")}),
                0);
        }
        QProcess *a = m_fleet.startDaemon();
        QProcess *b = m_fleet.startDaemon();
        QVERIFY(a && b);
        QTest::qWait(8000);
        QVERIFY(m_fleet.stopDaemon(a));
        QVERIFY(m_fleet.stopDaemon(b));
        // Every (task, time) at most once — and no time missing in between.
        QCOMPARE(
            count(QStringLiteral("SELECT COUNT(*) FROM (SELECT task_id, scheduled_for FROM runs "
                                 "GROUP BY task_id, scheduled_for HAVING COUNT(*) > 1)")),
            0);
        // Adding ten tasks through the CLI can take longer than a second on a loaded machine,
        // so a task's first time may pass before the daemons start: that is a misfire, answered
        // with one catch-up run (the default run-once policy) before the regular fires.
        const auto perTask =
            query(QStringLiteral("SELECT task_id, COUNT(*), MIN(scheduled_for), MAX(scheduled_for) "
                                 "FROM runs WHERE trigger = 'schedule' GROUP BY task_id"));
        QCOMPARE(count(QStringLiteral(
                     "SELECT COUNT(*) FROM (SELECT task_id FROM runs WHERE trigger = 'catch-up' "
                     "GROUP BY task_id HAVING COUNT(*) > 1)")),
                 0);
        QCOMPARE(
            count(QStringLiteral("SELECT COUNT(*) FROM runs c WHERE c.trigger = 'catch-up' AND "
                                 "c.scheduled_for > (SELECT MIN(s.scheduled_for) FROM runs s "
                                 "WHERE s.task_id = c.task_id AND s.trigger = 'schedule')")),
            0);
        QCOMPARE(perTask.size(), 10);
        for (const QVariantList &row : perTask) {
            const int runs = row.at(1).toInt();
            const qint64 span = row.at(3).toLongLong() - row.at(2).toLongLong();
            QVERIFY2(runs >= 6, qPrintable(QString::number(runs)));
            QCOMPARE(span, qint64(runs - 1) * 1000); // one run per second, no gap, no double
        }
        QCOMPARE(count(QStringLiteral("SELECT COUNT(DISTINCT engine_id) FROM runs")), 2);
        QCOMPARE(count(QStringLiteral(
                     "SELECT COUNT(*) FROM runs WHERE status IN ('running','pending')")),
                 0);
    }

    void killedDaemonLeavesNothingRunning() {
        const QString pidFile = m_sshd.sharedDirectory() + QStringLiteral("/long.pid");
        QFile::remove(pidFile);
        QCOMPARE(cli({QStringLiteral("task"), QStringLiteral("add"), QStringLiteral("quick"),
                      QStringLiteral("--command"), QStringLiteral("echo done"),
                      QStringLiteral("--schedule"), QStringLiteral("@every 1s"),
                      QStringLiteral("--servers"), QStringLiteral("web1")}),
                 0);
        QCOMPARE(cli({QStringLiteral("task"), QStringLiteral("add"), QStringLiteral("long"),
                      QStringLiteral("--command"),
                      QStringLiteral("sh -c 'echo $$ > %1; exec sleep 600'").arg(pidFile),
                      QStringLiteral("--schedule"), QStringLiteral("@every 2s"),
                      QStringLiteral("--servers"), QStringLiteral("web1")}),
                 0);
        QProcess *daemon = m_fleet.startDaemon();
        QVERIFY(daemon);
        QVERIFY(ProcessProbe::waitForPidFile(pidFile, 10000) > 0);
        QTest::qWait(1500);
        const int finishedBefore =
            count(QStringLiteral("SELECT COUNT(*) FROM executions WHERE status = 'succeeded'"));
        QVERIFY(finishedBefore >= 1);
        QVERIFY(m_fleet.stopDaemon(daemon, SIGKILL));

        QProcess *again = m_fleet.startDaemon({QStringLiteral("--grace"), QStringLiteral("1")});
        QVERIFY(again);
        QTRY_VERIFY_WITH_TIMEOUT(
            count(QStringLiteral("SELECT COUNT(*) FROM executions WHERE status = 'interrupted'")) >=
                1,
            10000);
        QVERIFY(m_fleet.stopDaemon(again));
        // Every finished result survived the kill; nothing stays running.
        QVERIFY(
            count(QStringLiteral("SELECT COUNT(*) FROM executions WHERE status = 'succeeded'")) >=
            finishedBefore);
        QCOMPARE(count(QStringLiteral(
                     "SELECT COUNT(*) FROM executions WHERE status IN ('running','pending')")),
                 0);
        QCOMPARE(count(QStringLiteral(
                     "SELECT COUNT(*) FROM runs WHERE status IN ('running','pending')")),
                 0);
        const auto interrupted = query(
            QStringLiteral("SELECT error FROM executions WHERE status = 'interrupted' LIMIT 1"));
        QVERIFY(!interrupted.value(0).value(0).toString().isEmpty());
        QCOMPARE(query(QStringLiteral("PRAGMA integrity_check")).value(0).value(0).toString(),
                 QStringLiteral("ok"));
        const qint64 pid =
            QString::fromLatin1([&] {
                QFile f(pidFile);
                return f.open(QIODevice::ReadOnly) ? f.readAll().trimmed() : QByteArray();
            }())
                .toLongLong();
        if (pid > 0)
            ProcessProbe::terminate(pid); // the remote sleep of the killed daemon
    }

    void sigtermLetsRunningWorkFinish() {
        QCOMPARE(cli({QStringLiteral("task"), QStringLiteral("add"), QStringLiteral("slow"),
                      QStringLiteral("--command"), QStringLiteral("sleep 2; echo finished"),
                      QStringLiteral("--schedule"), QStringLiteral("@every 1h"),
                      QStringLiteral("--servers"), QStringLiteral("web1")}),
                 0);
        QProcess *daemon = m_fleet.startDaemon({QStringLiteral("--grace"), QStringLiteral("10")});
        QVERIFY(daemon);
        // Run it now through the daemon's database: a manual run from the CLI is its own engine,
        // so start it by making the task due at once.
        QVERIFY(query(QStringLiteral("SELECT 1")).size() == 1);
        QVERIFY(m_fleet.execute(QStringLiteral("UPDATE tasks SET next_fire_at = %1 WHERE name = "
                                               "'slow'")
                                    .arg(QDateTime::currentMSecsSinceEpoch())));
        QTRY_VERIFY_WITH_TIMEOUT(
            count(QStringLiteral("SELECT COUNT(*) FROM executions WHERE status = 'running'")) == 1,
            5000);
        QElapsedTimer clock;
        clock.start();
        QVERIFY(m_fleet.stopDaemon(daemon, SIGTERM, 15000));
        QCOMPARE(daemon->exitStatus(), QProcess::NormalExit);
        QCOMPARE(daemon->exitCode(), 0);
        QVERIFY(clock.elapsed() < 8000);
        const auto rows = query(QStringLiteral("SELECT status, stdout FROM executions"));
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).at(0).toString(), QStringLiteral("succeeded"));
        QCOMPARE(rows.at(0).at(1).toByteArray(), QByteArray("finished\n"));
        // The daemon's log names the task and the server of what ran (names read by id).
        const QString log = QString::fromUtf8(daemon->readAll());
        for (const char *line :
             {"task=slow run=\\d+ started", "run=\\d+ server=web1 status=succeeded",
              "task=slow run=\\d+ finished: succeeded"})
            QVERIFY2(log.contains(QRegularExpression(QString::fromLatin1(line))),
                     qPrintable(QStringLiteral("%1 not in:\n%2").arg(QLatin1String(line), log)));
    }

    void sigtermCancelsWhatOutlivesTheGrace() {
        const QString pidFile = m_sshd.sharedDirectory() + QStringLiteral("/grace.pid");
        QFile::remove(pidFile);
        QCOMPARE(cli({QStringLiteral("task"), QStringLiteral("add"), QStringLiteral("endless"),
                      QStringLiteral("--command"),
                      QStringLiteral("sh -c 'echo $$ > %1; exec sleep 600'").arg(pidFile),
                      QStringLiteral("--schedule"), QStringLiteral("@every 1s"),
                      QStringLiteral("--servers"), QStringLiteral("web1")}),
                 0);
        QProcess *daemon = m_fleet.startDaemon({QStringLiteral("--grace"), QStringLiteral("1")});
        QVERIFY(daemon);
        const qint64 pid = ProcessProbe::waitForPidFile(pidFile, 10000);
        QVERIFY(pid > 0);
        QVERIFY(m_fleet.stopDaemon(daemon, SIGTERM, 15000));
        QCOMPARE(daemon->exitCode(), 0);
        QVERIFY2(ProcessProbe::waitUntilGone(pid, 5000), "the remote command outlived the daemon");
        QCOMPARE(
            count(QStringLiteral("SELECT COUNT(*) FROM executions WHERE status = 'cancelled'")), 1);
        QCOMPARE(count(QStringLiteral(
                     "SELECT COUNT(*) FROM executions WHERE status IN ('running','pending')")),
                 0);
    }
};

QTEST_GUILESS_MAIN(TestDaemon)
#include "TestDaemon.moc"
