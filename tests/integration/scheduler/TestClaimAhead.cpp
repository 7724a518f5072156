// Fires claimed ahead of their time (Scheduler::Options::claimAheadMs), with the real clock and a
// real sshd: the claim is in the store before the fire's time, the run starts at that time and
// never before it, a stop closes what was claimed and has not begun, and a queued fire waits for
// its own time even when the run before it ends early.
#include "core/Engine.h"
#include "exec/Executor.h"
#include "runtime/CancelRequestWatcher.h"
#include "scheduler/Scheduler.h"
#include "scheduler/TaskSaver.h"
#include "secrets/FileSecretStore.h"
#include "service/AuditService.h"
#include "service/RunService.h"
#include "store/Database.h"
#include "store/DatabaseLocation.h"
#include "store/ExecutionRepository.h"
#include "store/RunRepository.h"
#include "store/ServerRepository.h"
#include "store/StoreWriter.h"
#include "store/TaskRepository.h"
#include "support/SshdFixture.h"

#include <QFileInfo>
#include <QHash>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

using namespace fleetcron;
using fleetcron::test::SshdFixture;

class TestClaimAhead : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    SshdFixture m_sshd;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<FileSecretStore> m_secrets;
    Server m_server;
    int m_serial = 0;

    Task save(const QString &schedule, std::function<void(Task &)> tweak = {}) {
        Task t;
        t.name = QStringLiteral("a%1").arg(++m_serial);
        t.body = QStringLiteral("true");
        t.schedule = schedule;
        t.timeZone = QStringLiteral("UTC");
        t.serverIds = {m_server.id};
        if (tweak)
            tweak(t);
        auto stored = TaskSaver(*m_db).save(t, QDateTime::currentDateTimeUtc());
        if (!stored)
            qFatal("%s", qPrintable(stored.error().toString()));
        return stored.value();
    }

    QList<Run> runsOf(qint64 taskId) {
        QList<Run> list = RunRepository(*m_db).listForTask(taskId, 1000).value();
        std::reverse(list.begin(), list.end()); // oldest first
        return list;
    }

    static qint64 dueOf(const Run &run) {
        return run.scheduledFor.toMSecsSinceEpoch() + run.startDelayMs;
    }

    // When each run of `taskId` was first seen in the store and when the engine started it, in
    // wall-clock ms, watched until `enough` runs have started.
    struct Seen {
        QHash<qint64, qint64> stored;
        QHash<qint64, qint64> started;
        QHash<qint64, RunStatus> firstStatus; // as first seen in the store
    };
    void watch(Engine &engine, qint64 taskId, int enough, Seen &seen) {
        auto conn = connect(&engine, &EngineEvents::runStarted, this, [&](qint64 runId, qint64) {
            seen.started.insert(runId, QDateTime::currentMSecsSinceEpoch());
        });
        QTimer poll;
        connect(&poll, &QTimer::timeout, this, [&] {
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            for (const Run &r : runsOf(taskId)) {
                if (!seen.stored.contains(r.id)) {
                    seen.stored.insert(r.id, now);
                    seen.firstStatus.insert(r.id, r.status);
                }
            }
        });
        poll.start(10);
        QTRY_VERIFY_WITH_TIMEOUT(seen.started.size() >= enough, 30000);
        disconnect(conn);
    }

private slots:
    void initTestCase() {
        QVERIFY2(m_sshd.start(), qPrintable(m_sshd.error()));
        auto db = Database::open(
            DatabaseLocation::sqliteFile(m_dir.filePath(QStringLiteral("a.sqlite"))));
        QVERIFY2(db.ok(), qPrintable(db.error().toString()));
        m_db = std::move(db).value();
        m_secrets = std::make_unique<FileSecretStore>(m_dir.filePath(QStringLiteral("secrets")));
        const Server s = m_sshd.server(QStringLiteral("web1"), QStringLiteral("root"));
        m_server = ServerRepository(*m_db).create(s).value();
    }

    void cleanup() {
        TaskRepository tasks(*m_db);
        const QList<Task> all = tasks.list().value();
        for (const Task &t : all)
            QVERIFY(tasks.setEnabled(t.id, false).ok());
    }

    void aFireClaimedAheadStartsAtItsTimeAndNotBefore() {
        Engine engine(*m_db, m_secrets.get());
        const Task task = save(QStringLiteral("* * * * * *"));
        Scheduler::Options o;
        o.claimAheadMs = 800; // each fire claimed 400-800 ms before its time
        Scheduler scheduler(engine, o);
        const qint64 startedAtMs = QDateTime::currentMSecsSinceEpoch();
        scheduler.start();
        Seen seen;
        watch(engine, task.id, 5, seen);
        scheduler.stop();
        QTRY_COMPARE_WITH_TIMEOUT(engine.executor().activeRuns(), 0, 30000);
        QVERIFY(engine.writer().flush(5000));

        int checked = 0;
        for (const Run &run : runsOf(task.id)) {
            if (!seen.started.contains(run.id))
                continue;
            const qint64 due = dueOf(run);
            // A fire due in the scheduler's first second may be claimed with less in hand.
            if (due < startedAtMs + 1000)
                continue;
            // In the store well before its time (the watch polls every 10 ms)...
            QVERIFY2(seen.stored.value(run.id) < due - 100,
                     qPrintable(QStringLiteral("run %1 stored %2 ms before its time")
                                    .arg(run.id)
                                    .arg(due - seen.stored.value(run.id))));
            // ...and started at that time, never before it.
            const qint64 started = seen.started.value(run.id);
            QVERIFY2(
                started >= due,
                qPrintable(
                    QStringLiteral("run %1 started %2 ms early").arg(run.id).arg(due - started)));
            QVERIFY2(started < due + 2000, qPrintable(QString::number(started - due)));
            // The record says when it began: its time, or later when released late.
            QVERIFY(run.startedAt.toMSecsSinceEpoch() >= due);
            QVERIFY(run.startedAt.toMSecsSinceEpoch() <= started);
            QCOMPARE(toString(run.status), QStringLiteral("succeeded"));
            ++checked;
        }
        QVERIFY(checked >= 4);
    }

    void stopClosesTheFiresClaimedAheadThatHaveNotBegun() {
        Engine engine(*m_db, m_secrets.get());
        const QString marker = m_dir.filePath(QStringLiteral("ran-after-stop"));
        const Task task = save(QStringLiteral("@every 5s"),
                               [&](Task &t) { t.body = QStringLiteral("touch '%1'").arg(marker); });
        Scheduler::Options o;
        o.claimAheadMs = 20'000; // the first fire, ~5 s away, is claimed at once
        Scheduler scheduler(engine, o);
        QSignalSpy started(&engine, &EngineEvents::runStarted);
        scheduler.start();
        QTRY_VERIFY_WITH_TIMEOUT(!runsOf(task.id).isEmpty(), 5000);
        const Run claimed = runsOf(task.id).first();
        QVERIFY(dueOf(claimed) > QDateTime::currentMSecsSinceEpoch());
        scheduler.stop();
        QVERIFY(engine.writer().flush(5000));

        const Run closed = RunRepository(*m_db).find(claimed.id).value();
        QCOMPARE(toString(closed.status), QStringLiteral("cancelled"));
        // Its time passes and nothing starts: no execution, no command on the server.
        QTest::qWait(int(dueOf(claimed) - QDateTime::currentMSecsSinceEpoch()) + 500);
        QVERIFY(started.isEmpty());
        QVERIFY(ExecutionRepository(*m_db).listForRun(claimed.id)->isEmpty());
        QVERIFY(!QFileInfo::exists(marker));
    }

    void cancellingAFireClaimedAheadStopsItBeforeItRuns() {
        Engine engine(*m_db, m_secrets.get());
        CancelRequestWatcher watcher(*m_db, engine, 100);
        AuditService audit(*m_db);
        RunService runs(*m_db, audit, &engine);
        const QString marker = m_dir.filePath(QStringLiteral("ran-though-cancelled"));
        const Task task = save(QStringLiteral("@every 5s"),
                               [&](Task &t) { t.body = QStringLiteral("touch '%1'").arg(marker); });
        Scheduler::Options o;
        o.claimAheadMs = 20'000; // the first fire, ~5 s away, is claimed at once
        Scheduler scheduler(engine, o);
        scheduler.start();
        QTRY_VERIFY_WITH_TIMEOUT(!runsOf(task.id).isEmpty(), 5000);
        const Run claimed = runsOf(task.id).first();
        QCOMPARE(toString(claimed.status), QStringLiteral("running"));
        QVERIFY(dueOf(claimed) > QDateTime::currentMSecsSinceEpoch() + 1000);
        // What an operator does from the console, the CLI or the API: cancel the run shown as
        // running. It is not in the executor yet; the cancel must still hold.
        auto cancelled = runs.cancel(claimed.id, Actor::cli());
        QVERIFY2(cancelled.ok(), qPrintable(cancelled.error().toString()));
        // Released at its time, then stopped before its command runs.
        QTRY_COMPARE_WITH_TIMEOUT(toString(RunRepository(*m_db).find(claimed.id)->status),
                                  QStringLiteral("cancelled"), 15000);
        scheduler.stop();
        QTRY_COMPARE_WITH_TIMEOUT(engine.executor().activeRuns(), 0, 30000);
        QVERIFY(engine.writer().flush(5000));
        // Closed on arrival: no execution was recorded, and nothing ran on the server.
        QVERIFY(ExecutionRepository(*m_db).listForRun(claimed.id)->isEmpty());
        QVERIFY(!QFileInfo::exists(marker));
    }

    void overlapSkipIsJudgedAtTheFiresTimeNotAtItsClaim() {
        Engine engine(*m_db, m_secrets.get());
        // Every 2 s, each run ~1 s: the next fire is claimed 1.5 s ahead, while the run before
        // it still runs, and that run has ended by the fire's time. Nothing overlaps, so no
        // fire may be skipped.
        const Task task = save(QStringLiteral("*/2 * * * * *"), [](Task &t) {
            t.body = QStringLiteral("sleep 0.9");
            t.overlap = OverlapPolicy::Skip;
        });
        Scheduler::Options o;
        o.claimAheadMs = 3000;
        Scheduler scheduler(engine, o);
        scheduler.start();
        Seen seen;
        watch(engine, task.id, 4, seen);
        scheduler.stop();
        QTRY_COMPARE_WITH_TIMEOUT(engine.executor().activeRuns(), 0, 30000);
        QVERIFY(engine.writer().flush(5000));

        int judgedAtItsTime = 0;
        for (const Run &run : runsOf(task.id)) {
            if (dueOf(run) > seen.started.value(run.id, QDateTime::currentMSecsSinceEpoch()))
                continue; // claimed ahead, its time not come at the stop
            QVERIFY2(run.status != RunStatus::Skipped,
                     qPrintable(QStringLiteral("run %1 skipped though the run before it had "
                                               "ended by its time")
                                    .arg(run.id)));
            if (!seen.started.contains(run.id))
                continue;
            QVERIFY(seen.started.value(run.id) >= dueOf(run));
            // Claimed while the run before it was active: recorded pending, decided later.
            if (seen.firstStatus.value(run.id) == RunStatus::Pending)
                ++judgedAtItsTime;
        }
        QVERIFY(judgedAtItsTime >= 2);
    }

    void aQueuedFireClaimedAheadWaitsForItsOwnTime() {
        Engine engine(*m_db, m_secrets.get());
        // Every 2 s, each run 1 s long: the next fire is claimed 1.5 s ahead, while the run
        // before it still runs (so it is queued), and that run ends ~0.5 s before its time.
        const Task task = save(QStringLiteral("*/2 * * * * *"), [](Task &t) {
            t.body = QStringLiteral("sleep 1");
            t.overlap = OverlapPolicy::Queue;
        });
        Scheduler::Options o;
        o.claimAheadMs = 3000;
        Scheduler scheduler(engine, o);
        scheduler.start();
        Seen seen;
        watch(engine, task.id, 3, seen);
        scheduler.stop();
        QTRY_COMPARE_WITH_TIMEOUT(engine.executor().activeRuns(), 0, 30000);

        const QList<Run> runs = runsOf(task.id);
        int queuedAndStarted = 0;
        for (const Run &run : runs) {
            if (!seen.started.contains(run.id))
                continue;
            const qint64 due = dueOf(run);
            const qint64 started = seen.started.value(run.id);
            QVERIFY2(
                started >= due,
                qPrintable(
                    QStringLiteral("run %1 started %2 ms early").arg(run.id).arg(due - started)));
            // A fire queued behind the one before it (claimed while that ran), which then
            // ended before this one's time.
            if (seen.firstStatus.value(run.id) == RunStatus::Pending)
                ++queuedAndStarted;
        }
        QVERIFY(queuedAndStarted >= 2);
    }
};

QTEST_GUILESS_MAIN(TestClaimAhead)
#include "TestClaimAhead.moc"
