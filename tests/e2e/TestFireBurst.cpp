// A burst of fires on the real daemon (issue 16, item 1): 500 tasks due in the same instant,
// against a real loopback sshd. Every fire is claimed exactly once and its execution recorded,
// and SIGTERM with hundreds of executions still waiting for a slot stops the daemon within its
// grace period, not after the queue (the engine's thread used to get one start event per fire,
// and a stop queued behind thousands of them was not seen for minutes).
#include "DaemonHarness.h"
#include "support/SshdFixture.h"
#include "support/TestUnixUser.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QProcess>
#include <QStringList>
#include <QTest>

#include <csignal>

using fleetcron::test::DaemonHarness;
using fleetcron::test::SshdFixture;
using fleetcron::test::TestUnixUser;

namespace {

constexpr int burstSize = 500;

} // namespace

class TestFireBurst : public QObject {
    Q_OBJECT

    DaemonHarness m_fleet;
    SshdFixture m_sshd;
    // A plain /bin/sh account: commands start in milliseconds, as on a typical server.
    TestUnixUser m_user;

    int cli(const QStringList &args) { return m_fleet.cli(args); }
    int count(const QString &sql) { return m_fleet.count(sql); }

    // `burstSize` tasks running `command` every hour on web1: one made by the CLI, the rest
    // copied from it in SQL (500 CLI processes would take minutes on a loaded machine). None is
    // due: the test makes them all due at once.
    bool addTasks(const QString &command) {
        if (cli({QStringLiteral("task"), QStringLiteral("add"), QStringLiteral("t0"),
                 QStringLiteral("--command"), command, QStringLiteral("--schedule"),
                 QStringLiteral("@every 1h"), QStringLiteral("--servers"),
                 QStringLiteral("web1")}) != 0)
            return false;
        QStringList columns;
        for (const QVariantList &row : m_fleet.query(QStringLiteral("PRAGMA table_info(tasks)"))) {
            const QString name = row.value(1).toString();
            if (name != QLatin1String("id") && name != QLatin1String("name"))
                columns << name;
        }
        const QString list = columns.join(QLatin1Char(','));
        return m_fleet.execute(
                   QStringLiteral(
                       "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < "
                       "%1) INSERT INTO tasks (name, %2) SELECT 't' || n.i, %2 FROM tasks, n "
                       "WHERE tasks.name = 't0'")
                       .arg(burstSize - 1)
                       .arg(list)) &&
               m_fleet.execute(QStringLiteral(
                   "INSERT INTO task_servers (task_id, server_id, tag) SELECT t.id, s.server_id, "
                   "s.tag FROM tasks t, task_servers s JOIN tasks t0 ON t0.id = s.task_id AND "
                   "t0.name = 't0' WHERE t.name <> 't0'")) &&
               count(QStringLiteral("SELECT COUNT(*) FROM tasks")) == burstSize &&
               count(QStringLiteral("SELECT COUNT(*) FROM task_servers")) == burstSize;
    }

    // All tasks due at the same instant, now; returns it (ms since the epoch).
    qint64 makeAllDue() {
        const qint64 at = QDateTime::currentMSecsSinceEpoch();
        if (!m_fleet.execute(
                QStringLiteral("UPDATE tasks SET next_fire_at = %1, next_fire_delay_ms = 0")
                    .arg(at)))
            return 0;
        return at;
    }

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
                      QStringLiteral("--max-parallel"), QStringLiteral("16")}),
                 0);
    }

    void cleanup() { m_fleet.reset(); }

    void everyFireOfABurstIsClaimedOnceAndRecorded() {
        QVERIFY(addTasks(QStringLiteral("true")));
        QProcess *daemon = m_fleet.startDaemon();
        QVERIFY(daemon);
        const qint64 due = makeAllDue();
        QVERIFY(due > 0);
        // Generous: 500 SSH channels on a loaded two-core machine.
        QTRY_VERIFY_WITH_TIMEOUT(count(QStringLiteral("SELECT COUNT(*) FROM runs WHERE status "
                                                      "NOT IN ('pending', 'running')")) >=
                                     burstSize,
                                 180000);
        QVERIFY(m_fleet.stopDaemon(daemon, SIGTERM, 30000));
        QCOMPARE(daemon->exitCode(), 0);

        // Claimed exactly once: one run per task, all for the instant they were due.
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM runs")), burstSize);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(DISTINCT task_id) FROM runs")), burstSize);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM runs WHERE scheduled_for = %1 AND "
                                      "trigger = 'schedule'")
                           .arg(due)),
                 burstSize);
        // Each claim moved its task on by one interval, and no fire was claimed late as a
        // misfire.
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM tasks WHERE next_fire_at = %1")
                           .arg(due + 3600 * 1000)),
                 burstSize);
        // Every run ran: its one execution recorded, succeeded.
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM runs WHERE status = 'succeeded'")),
                 burstSize);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM executions WHERE status = "
                                      "'succeeded' AND exit_code = 0")),
                 burstSize);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(DISTINCT run_id) FROM executions")), burstSize);
    }

    void sigtermWithABurstQueuedStopsWithinTheGrace() {
        // Four at a time, two seconds each: the burst's 500 executions would take over four
        // minutes; all but four wait for a slot when the daemon is asked to stop.
        QCOMPARE(cli({QStringLiteral("settings"), QStringLiteral("set"),
                      QStringLiteral("engine.global_limit"), QStringLiteral("4")}),
                 0);
        QVERIFY(addTasks(QStringLiteral("sleep 2")));
        const int graceSeconds = 20;
        QProcess *daemon =
            m_fleet.startDaemon({QStringLiteral("--grace"), QString::number(graceSeconds)});
        QVERIFY(daemon);
        QVERIFY(makeAllDue() > 0);
        QTRY_VERIFY_WITH_TIMEOUT(count(QStringLiteral("SELECT COUNT(*) FROM runs")) == burstSize,
                                 60000);
        QTRY_VERIFY_WITH_TIMEOUT(
            count(QStringLiteral("SELECT COUNT(*) FROM executions WHERE status = 'running'")) >= 1,
            30000);

        QElapsedTimer clock;
        clock.start();
        QVERIFY(m_fleet.stopDaemon(daemon, SIGTERM, 60000));
        const qint64 tookMs = clock.elapsed();
        QCOMPARE(daemon->exitStatus(), QProcess::NormalExit);
        QCOMPARE(daemon->exitCode(), 0);
        // What ran at SIGTERM finishes (two seconds); what waited does not start. Well inside the
        // grace period, however long the queue.
        QVERIFY2(tookMs < graceSeconds * 1000 / 2, qPrintable(QString::number(tookMs)));

        QCOMPARE(count(QStringLiteral("SELECT COUNT(DISTINCT task_id) FROM runs")), burstSize);
        QCOMPARE(count(QStringLiteral(
                     "SELECT COUNT(*) FROM runs WHERE status IN ('pending', 'running')")),
                 0);
        QCOMPARE(count(QStringLiteral(
                     "SELECT COUNT(*) FROM executions WHERE status IN ('pending', 'running')")),
                 0);
        // The running ones were let finish, not killed: none of those that started is cancelled.
        const int succeeded =
            count(QStringLiteral("SELECT COUNT(*) FROM executions WHERE status = 'succeeded'"));
        QVERIFY2(succeeded >= 1, qPrintable(QString::number(succeeded)));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM executions WHERE status = "
                                      "'cancelled' AND error <> 'cancelled before it started'")),
                 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM executions")), burstSize);
    }
};

QTEST_GUILESS_MAIN(TestFireBurst)
#include "TestFireBurst.moc"
