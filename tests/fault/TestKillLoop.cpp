// Kill loop (issue 15, item 1): the real daemon SIGKILLed at random moments while 20 tasks fire
// every second on 5 real sshd, on SQLite and on PostgreSQL. After each restart, what an
// operator checks: every execution that had ended before the kill still has its result and
// output, none is left `running` once the engine is back (and how long that took), the SQLite
// file passes `PRAGMA integrity_check`, and no remote command outlives its run.
//
// CI: FLEETCRON_FAULT_KILLS (default 8) kills per database; bench/fault_soak sets 50.
// FLEETCRON_FAULT_SEED replays the random moments of a failed run (the seed is printed).
#include "FaultFleet.h"
#include "support/PostgresFixture.h"
#include "support/ProcessProbe.h"
#include "support/SshdFixture.h"
#include "support/TestUnixUser.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <csignal>
#include <memory>

using namespace fleetcron::test;

namespace {

constexpr int serverCount = 5;
constexpr int taskCount = 20;
// The shortest lease the settings allow: a killed engine's runs are recovered this long after
// its last heartbeat (until a single engine recognises its own dead predecessor at once).
constexpr int leaseSeconds = 3;
constexpr int recoveryTimeoutMs = 30000;
const QByteArray expectedOutput("x\n");

struct Ended {
    QString status;
    QVariant exitCode;
    QByteArray stdoutData;
};

qint64 now() {
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

class TestKillLoop : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    PostgresFixture m_postgres;
    QList<std::shared_ptr<SshdFixture>> m_sshd;
    TestUnixUser m_user;

    // Every execution that has ended, as the database says right now.
    static QHash<qint64, Ended> endedExecutions(const FaultFleet &fleet) {
        QHash<qint64, Ended> out;
        const auto rows = fleet.query(QStringLiteral(
            "SELECT id, status, exit_code, stdout FROM executions WHERE status NOT IN "
            "('running', 'pending')"));
        for (const QVariantList &row : rows)
            out.insert(row.at(0).toLongLong(),
                       {row.at(1).toString(), row.at(2), row.at(3).toByteArray()});
        return out;
    }

    // Remote commands of the test user still alive: after a kill, none may stay for long.
    QStringList remoteLeftovers(int graceMs) const {
        QElapsedTimer t;
        t.start();
        QList<qint64> pids;
        do {
            pids = ProcessProbe::processesOfUser(m_user.uid());
            pids.erase(std::remove_if(pids.begin(), pids.end(),
                                      [](qint64 p) { return !ProcessProbe::isAlive(p); }),
                       pids.end());
            if (pids.isEmpty())
                return {};
            QTest::qWait(100);
        } while (t.elapsed() < graceMs);
        QStringList out;
        for (qint64 p : pids) {
            QFile f(QStringLiteral("/proc/%1/cmdline").arg(p));
            out << QStringLiteral("%1 %2").arg(p).arg(
                f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll().replace('\0', ' '))
                                            : QString());
        }
        return out;
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QVERIFY(!qEnvironmentVariableIsEmpty("FLEETCRON_BINARY"));
        QVERIFY2(m_user.isValid(), qPrintable(m_user.error()));
        for (int i = 0; i < serverCount; ++i) {
            auto sshd = std::make_shared<SshdFixture>();
            QVERIFY2(sshd->start(), qPrintable(sshd->error()));
            m_sshd << sshd;
        }
    }

    void killLoop_data() {
        QTest::addColumn<bool>("postgres");
        QTest::newRow("sqlite") << false;
        QTest::newRow("postgresql") << true;
    }

    void killLoop() {
        QFETCH(bool, postgres);
        const QString name = QString::fromLatin1(QTest::currentDataTag());
        QVERIFY(QDir(m_dir.path()).mkpath(name));
        FaultFleet fleet(m_dir.filePath(name));
        if (postgres) {
            if (!m_postgres.isRunning())
                QVERIFY2(m_postgres.start(), qPrintable(m_postgres.error()));
            const QString url = m_postgres.createDatabase(QStringLiteral("killloop"));
            QVERIFY2(!url.isEmpty(), qPrintable(m_postgres.error()));
            fleet.setDatabase(url);
        }
        for (int i = 0; i < serverCount; ++i)
            QVERIFY(fleet.addServer(QStringLiteral("web%1").arg(i), *m_sshd[i], m_user));
        QCOMPARE(fleet.cli({QStringLiteral("settings"), QStringLiteral("set"),
                            QStringLiteral("engine.lease_seconds"), QString::number(leaseSeconds)}),
                 0);
        for (int i = 0; i < taskCount; ++i)
            QVERIFY(fleet.addTask(QStringLiteral("t%1").arg(i), QStringLiteral("sleep 0.3; echo x"),
                                  QStringLiteral("web%1").arg(i % serverCount)));

        const int kills = FaultFleet::knob("FLEETCRON_FAULT_KILLS", 8);
        const quint32 seed = quint32(FaultFleet::knob(
            "FLEETCRON_FAULT_SEED", int(QRandomGenerator::global()->bounded(1 << 30))));
        QRandomGenerator random(seed);
        qInfo("kill-loop[%s]: %d kills, seed %u", qPrintable(name), kills, seed);

        QList<qint64> recoveries;
        qint64 checked = 0;
        qint64 cutOff = 0; // executions running at a kill, closed by the recovery
        qint64 maxRss = 0;
        int integrityOk = 0;
        QStringList lost;
        QStringList leftovers;
        QHash<qint64, Ended> before;
        QVERIFY2(fleet.startDaemon(), qPrintable(fleet.daemonLog().right(3000)));
        for (int k = 0; k < kills; ++k) {
            // A random moment of the engine that came back: just after the start (claims and
            // recovery in flight) up to seconds in (executions mid-output, batches committing).
            QTest::qWait(int(random.bounded(200, 4000)));
            maxRss = qMax(maxRss, fleet.daemonResidentBytes());
            before = endedExecutions(fleet);
            const qint64 lastExecution =
                fleet.scalar(QStringLiteral("SELECT MAX(id) FROM executions"));
            const qint64 lastRun = fleet.scalar(QStringLiteral("SELECT MAX(id) FROM runs"));
            const qint64 killedAt = now();
            QVERIFY(fleet.stopDaemon(SIGKILL, 5000));

            // No remote command outlives its run: with the engine gone, its commands end (they
            // are short) or die with their connection; none may linger.
            leftovers << remoteLeftovers(3000);

            QVERIFY2(fleet.startDaemon(), qPrintable(fleet.daemonLog().right(3000)));
            QElapsedTimer waited;
            waited.start();
            qint64 open = -1;
            while (waited.elapsed() < recoveryTimeoutMs) {
                open = fleet.scalar(
                    QStringLiteral("SELECT (SELECT COUNT(*) FROM executions WHERE id <= %1 AND "
                                   "status IN ('running', 'pending')) + (SELECT COUNT(*) FROM "
                                   "runs WHERE id <= %2 AND status IN ('running', 'pending'))")
                        .arg(lastExecution)
                        .arg(lastRun));
                if (open == 0)
                    break;
                QTest::qWait(100);
            }
            recoveries << now() - killedAt;
            QVERIFY2(open == 0, qPrintable(QStringLiteral("kill %1: %2 executions and runs still "
                                                          "open %3 ms after the kill")
                                               .arg(k)
                                               .arg(open)
                                               .arg(now() - killedAt)));
            cutOff += fleet.scalar(
                QStringLiteral("SELECT COUNT(*) FROM executions WHERE id <= %1 AND status = "
                               "'interrupted'")
                    .arg(lastExecution));

            // What had ended before the kill is still there, unchanged, with its output.
            const QHash<qint64, Ended> after = endedExecutions(fleet);
            for (auto it = before.cbegin(); it != before.cend(); ++it) {
                ++checked;
                const auto found = after.constFind(it.key());
                if (found == after.cend() || found->status != it->status ||
                    found->stdoutData != it->stdoutData || found->exitCode != it->exitCode)
                    lost << QStringLiteral("kill %1: execution %2 (%3) changed or went missing")
                                .arg(k)
                                .arg(it.key())
                                .arg(it->status);
                else if (it->status == QStringLiteral("succeeded") &&
                         it->stdoutData != expectedOutput)
                    lost << QStringLiteral("kill %1: execution %2 succeeded without its output")
                                .arg(k)
                                .arg(it.key());
            }
            if (!postgres) {
                const QString integrity = fleet.query(QStringLiteral("PRAGMA integrity_check"))
                                              .value(0)
                                              .value(0)
                                              .toString();
                QVERIFY2(integrity == QStringLiteral("ok"), qPrintable(integrity));
                ++integrityOk;
            }
        }
        // The last engine back stops cleanly and leaves nothing open.
        QVERIFY(fleet.stopDaemon(SIGTERM, 30000));
        const qint64 openAtEnd = fleet.scalar(QStringLiteral(
            "SELECT COUNT(*) FROM executions WHERE status IN ('running', 'pending')"));
        const qint64 succeeded = fleet.scalar(
            QStringLiteral("SELECT COUNT(*) FROM executions WHERE status = 'succeeded'"));

        std::sort(recoveries.begin(), recoveries.end());
        const qint64 p50 = recoveries.value(recoveries.size() / 2);
        qInfo("kill-loop[%s]: %d SIGKILLs, %lld ended executions "
              "checked after restarts, %lld lost or changed; %lld executions cut off by a kill "
              "and closed `interrupted`; %lld succeeded in all",
              qPrintable(name), kills, checked, qint64(lost.size()), cutOff, succeeded);
        qInfo("kill-loop[%s]: kill to nothing open: p50 %.1f s, max %.1f s (lease %d s); "
              "integrity_check ok %d/%d; remote commands outliving their run: %lld; daemon RSS "
              "max %.1f MiB",
              qPrintable(name), p50 / 1000.0,
              recoveries.isEmpty() ? 0.0 : recoveries.last() / 1000.0, leaseSeconds, integrityOk,
              postgres ? 0 : kills, qint64(leftovers.size()), maxRss / 1048576.0);
        for (const QString &line : std::as_const(lost).mid(0, 20))
            qWarning("%s", qPrintable(line));
        for (const QString &line : std::as_const(leftovers).mid(0, 20))
            qWarning("left over: %s", qPrintable(line));
        QVERIFY(lost.isEmpty());
        QVERIFY(leftovers.isEmpty());
        QCOMPARE(openAtEnd, 0);
        QVERIFY2(succeeded > 0, "nothing ran between the kills");
        if (postgres)
            m_postgres.dropDatabase(QStringLiteral("killloop"));
    }
};

QTEST_GUILESS_MAIN(TestKillLoop)
#include "TestKillLoop.moc"
