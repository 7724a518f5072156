// The scheduler with an injected clock (DST, misfires, claims) and real sshd runs (overlap,
// recovery). The product reads the system clock; only these tests set the time.
#include "core/Engine.h"
#include "exec/Executor.h"
#include "scheduler/RetentionPruner.h"
#include "scheduler/Scheduler.h"
#include "scheduler/TaskTiming.h"
#include "secrets/FileSecretStore.h"
#include "store/Database.h"
#include "store/DatabaseLocation.h"
#include "store/EngineRepository.h"
#include "store/ExecutionRepository.h"
#include "store/RunRepository.h"
#include "store/ServerRepository.h"
#include "store/SettingsRepository.h"
#include "store/SqliteWriteGate.h"
#include "store/StoreWriter.h"
#include "store/TaskRepository.h"
#include "support/SshdFixture.h"

#include <QHostInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

using namespace fleetcron;
using fleetcron::test::SshdFixture;

namespace {

QDateTime utc(const char *iso) {
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs);
}

} // namespace

class TestScheduler : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    SshdFixture m_sshd;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<FileSecretStore> m_secrets;
    Server m_server;
    QDateTime m_now;
    int m_serial = 0;

    Scheduler::Options manualClock() {
        Scheduler::Options o;
        o.clock = [this] { return m_now; };
        o.pollIntervalMs = 3600'000; // the test calls fireDue() itself
        o.maxTimerMs = 3600'000;
        return o;
    }

    Task addTask(const QString &schedule, const QDateTime &created,
                 std::function<void(Task &)> tweak = {}) {
        Task t;
        t.name = QStringLiteral("t%1").arg(++m_serial);
        t.body = QStringLiteral("true");
        t.schedule = schedule;
        t.serverIds = {m_server.id};
        if (tweak)
            tweak(t);
        t.nextFireAt = TaskTiming::nextFireAfter(t, created, created);
        auto stored = TaskRepository(*m_db).create(t);
        if (!stored)
            qFatal("%s", qPrintable(stored.error().toString()));
        return stored.value();
    }

    QList<Run> runsOf(qint64 taskId) {
        auto runs = RunRepository(*m_db).listForTask(taskId, 1000);
        QList<Run> list = runs ? runs.value() : QList<Run>{};
        std::reverse(list.begin(), list.end()); // oldest first
        return list;
    }

    // A manual run that succeeded 5 s after `scheduledFor`.
    bool addEndedRun(qint64 taskId, const QDateTime &scheduledFor) {
        Run r;
        r.taskId = taskId;
        r.trigger = RunTrigger::Manual;
        r.scheduledFor = scheduledFor;
        r.startedAt = scheduledFor;
        r.finishedAt = scheduledFor.addSecs(5);
        r.status = RunStatus::Succeeded;
        return RunRepository(*m_db).create(r).ok();
    }
    QDateTime nextFireOf(qint64 taskId) { return TaskRepository(*m_db).find(taskId)->nextFireAt; }

private slots:
    void initTestCase() {
        QVERIFY2(m_sshd.start(), qPrintable(m_sshd.error()));
        auto db = Database::open(
            DatabaseLocation::sqliteFile(m_dir.filePath(QStringLiteral("s.sqlite"))));
        QVERIFY2(db.ok(), qPrintable(db.error().toString()));
        m_db = std::move(db).value();
        m_secrets = std::make_unique<FileSecretStore>(m_dir.filePath(QStringLiteral("secrets")));
        const Server s = m_sshd.server(QStringLiteral("web1"), QStringLiteral("root"));
        m_server = ServerRepository(*m_db).create(s).value();
    }

    // Each case starts with no enabled task, so fires of one case never leak into the next.
    void cleanup() {
        TaskRepository tasks(*m_db);
        const auto all = tasks.list();
        QVERIFY(all.ok());
        for (const Task &t : all.value())
            QVERIFY(tasks.setEnabled(t.id, false).ok());
    }

    void springForwardGapFiresOnceAtTheGapsEnd() {
        Engine engine(*m_db, m_secrets.get());
        const Task task = addTask(QStringLiteral("30 2 * * *"), utc("2026-03-28T12:00:00Z"),
                                  [](Task &t) { t.timeZone = QStringLiteral("Europe/Berlin"); });
        // 02:30 does not exist on 29 March in Berlin: the fire is 03:00 CEST = 01:00Z.
        QCOMPARE(task.nextFireAt, utc("2026-03-29T01:00:00Z"));
        Scheduler scheduler(engine, manualClock());
        m_now = utc("2026-03-29T00:59:59.990Z");
        scheduler.start();
        QCOMPARE(runsOf(task.id).size(), 0);
        m_now = utc("2026-03-29T01:00:00.002Z");
        scheduler.fireDue();
        m_now = utc("2026-03-29T01:30:00Z");
        scheduler.fireDue();
        const QList<Run> runs = runsOf(task.id);
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs.at(0).scheduledFor, utc("2026-03-29T01:00:00Z"));
        QCOMPARE(toString(runs.at(0).trigger), QStringLiteral("schedule"));
        QCOMPARE(nextFireOf(task.id), utc("2026-03-30T00:30:00Z")); // 02:30 CEST
        scheduler.stop();
    }

    void repeatedHourFiresOnceAtTheFirstOccurrence() {
        Engine engine(*m_db, m_secrets.get());
        const Task task = addTask(QStringLiteral("30 2 * * *"), utc("2026-10-24T12:00:00Z"),
                                  [](Task &t) { t.timeZone = QStringLiteral("Europe/Berlin"); });
        QCOMPARE(task.nextFireAt, utc("2026-10-25T00:30:00Z")); // 02:30 CEST, first pass
        Scheduler scheduler(engine, manualClock());
        m_now = utc("2026-10-25T00:30:00.001Z");
        scheduler.start();
        m_now = utc("2026-10-25T01:30:00.001Z"); // 02:30 CET, the second pass
        scheduler.fireDue();
        QCOMPARE(runsOf(task.id).size(), 1);
        QCOMPARE(nextFireOf(task.id), utc("2026-10-26T01:30:00Z"));
        scheduler.stop();
    }

    void misfireRunOnceIsOneCatchUpRun() {
        Engine engine(*m_db, m_secrets.get());
        const QDateTime created = utc("2026-06-01T10:00:00Z");
        const Task task = addTask(QStringLiteral("@every 10s"), created);
        QCOMPARE(task.nextFireAt, created.addSecs(10));
        Scheduler scheduler(engine, manualClock());
        m_now = created.addSecs(95); // nine fire times passed while "down"
        scheduler.start();
        scheduler.fireDue();
        const QList<Run> runs = runsOf(task.id);
        QCOMPARE(runs.size(), 1);
        QCOMPARE(toString(runs.at(0).trigger), QStringLiteral("catch-up"));
        // Still on the task's grid, the first time after now.
        QCOMPARE(nextFireOf(task.id), created.addSecs(100));
        scheduler.stop();
    }

    void misfireSkipDropsTheMissedTimes() {
        Engine engine(*m_db, m_secrets.get());
        const QDateTime created = utc("2026-06-01T10:00:00Z");
        const Task task = addTask(QStringLiteral("@every 10s"), created,
                                  [](Task &t) { t.misfire = MisfirePolicy::Skip; });
        Scheduler scheduler(engine, manualClock());
        QSignalSpy skipped(&scheduler, &Scheduler::skipped);
        m_now = created.addSecs(95);
        scheduler.start();
        QCOMPARE(runsOf(task.id).size(), 0);
        QCOMPARE(skipped.size(), 1);
        QCOMPARE(nextFireOf(task.id), created.addSecs(100));
        m_now = created.addSecs(100).addMSecs(1); // on time again: a normal fire
        scheduler.fireDue();
        QCOMPARE(runsOf(task.id).size(), 1);
        QCOMPARE(toString(runsOf(task.id).at(0).trigger), QStringLiteral("schedule"));
        scheduler.stop();
    }

    void twoEnginesNeverFireOneTimeTwice() {
        Engine a(*m_db, m_secrets.get());
        Engine b(*m_db, m_secrets.get());
        const QDateTime created = utc("2026-07-01T00:00:00Z");
        QList<Task> tasks;
        for (int i = 0; i < 5; ++i)
            tasks.append(addTask(QStringLiteral("@every 1s"), created));
        Scheduler sa(a, manualClock());
        Scheduler sb(b, manualClock());
        m_now = created;
        sa.start();
        sb.start();
        QSignalSpy firedA(&sa, &Scheduler::fired);
        QSignalSpy firedB(&sb, &Scheduler::fired);
        // Both see every fire as due; each time is claimed by one of them only.
        for (int tick = 1; tick <= 20; ++tick) {
            m_now = created.addSecs(tick).addMSecs(1);
            if (tick % 2) {
                sa.fireDue();
                sb.fireDue();
            } else {
                sb.fireDue();
                sa.fireDue();
            }
        }
        QCOMPARE(firedA.size() + firedB.size(), 5 * 20);
        QVERIFY(firedA.size() > 0 && firedB.size() > 0);
        for (const Task &t : tasks) {
            const QList<Run> runs = runsOf(t.id);
            QCOMPARE(runs.size(), 20);
            for (int i = 0; i < runs.size(); ++i)
                QCOMPARE(runs.at(i).scheduledFor, created.addSecs(i + 1));
        }
        sa.stop();
        sb.stop();
        QSignalSpy doneA(&a, &Engine::runFinished);
        QTRY_COMPARE_WITH_TIMEOUT(a.executor().activeRuns() + b.executor().activeRuns(), 0, 30000);
    }

    void overlapPolicies_data() {
        QTest::addColumn<int>("policy");
        QTest::addColumn<QStringList>("statuses");
        QTest::addColumn<int>("peak");
        QTest::newRow("skip") << int(OverlapPolicy::Skip)
                              << QStringList{QStringLiteral("succeeded"), QStringLiteral("skipped")}
                              << 1;
        QTest::newRow("queue") << int(OverlapPolicy::Queue)
                               << QStringList{QStringLiteral("succeeded"),
                                              QStringLiteral("succeeded")}
                               << 1;
        QTest::newRow("parallel") << int(OverlapPolicy::Parallel)
                                  << QStringList{QStringLiteral("succeeded"),
                                                 QStringLiteral("succeeded")}
                                  << 2;
    }

    void overlapPolicies() {
        QFETCH(int, policy);
        QFETCH(QStringList, statuses);
        QFETCH(int, peak);
        Engine engine(*m_db, m_secrets.get());
        const QDateTime created = QDateTime::currentDateTimeUtc();
        const Task task = addTask(QStringLiteral("@every 1s"), created, [&](Task &t) {
            t.body = QStringLiteral("sleep 1.2");
            t.overlap = OverlapPolicy(policy);
        });
        int running = 0;
        int seenPeak = 0;
        connect(&engine, &Engine::executionStarted, this,
                [&] { seenPeak = std::max(seenPeak, ++running); });
        connect(&engine, &Engine::executionFinished, this, [&] { --running; });
        Scheduler scheduler(engine, manualClock());
        m_now = created.addSecs(1).addMSecs(1);
        scheduler.start(); // first fire: starts a run that sleeps 1.2 s
        QTRY_COMPARE(running, 1);
        m_now = created.addSecs(2).addMSecs(1);
        scheduler.fireDue(); // second fire while the first still runs
        QTRY_VERIFY_WITH_TIMEOUT(engine.executor().activeRuns() == 0 && running == 0, 15000);
        engine.writer().flush(5000);
        QStringList seen;
        for (const Run &r : runsOf(task.id))
            seen.append(toString(r.status));
        QCOMPARE(seen, statuses);
        QCOMPARE(seenPeak, peak);
        scheduler.stop();
    }

    void overlapQueueOfADisabledTaskIsSkipped() {
        Engine engine(*m_db, m_secrets.get());
        const QDateTime created = QDateTime::currentDateTimeUtc();
        const Task task = addTask(QStringLiteral("@every 1s"), created, [&](Task &t) {
            t.body = QStringLiteral("sleep 1.2");
            t.overlap = OverlapPolicy::Queue;
        });
        Scheduler scheduler(engine, manualClock());
        QSignalSpy skipped(&scheduler, &Scheduler::skipped);
        m_now = created.addSecs(1).addMSecs(1);
        scheduler.start();
        QTRY_COMPARE(engine.executor().runningExecutions(), 1);
        m_now = created.addSecs(2).addMSecs(1);
        scheduler.fireDue(); // queued behind the running one
        QCOMPARE(runsOf(task.id).size(), 2);
        QVERIFY(TaskRepository(*m_db).setEnabled(task.id, false).ok());
        QTRY_VERIFY_WITH_TIMEOUT(skipped.size() == 1, 15000);
        engine.writer().flush(5000);
        const QList<Run> runs = runsOf(task.id);
        QCOMPARE(toString(runs.at(0).status), QStringLiteral("succeeded"));
        QCOMPARE(toString(runs.at(1).status), QStringLiteral("skipped"));
        QCOMPARE(RunRepository(*m_db).reason(runs.at(1).id).value(),
                 QStringLiteral("task disabled while queued"));
        QCOMPARE(skipped.at(0).at(2).toString(), QStringLiteral("task disabled while queued"));
        QVERIFY(ExecutionRepository(*m_db).listForRun(runs.at(1).id)->isEmpty());
        scheduler.stop();
    }

    void retentionPrunesOnlyEndedRunsPastTheLimits() {
        const Task task = addTask(QStringLiteral("@yearly"), QDateTime::currentDateTimeUtc());
        const QDateTime now = utc("2026-09-01T00:00:00Z");
        RunRepository runs(*m_db);
        // Ten ended runs, one a day for ten days back, and one still running 30 days back.
        for (int day = 1; day <= 10; ++day)
            QVERIFY(addEndedRun(task.id, now.addDays(-day)));
        Run active;
        active.taskId = task.id;
        active.trigger = RunTrigger::Manual;
        active.scheduledFor = now.addDays(-30);
        active.status = RunStatus::Running;
        active = runs.create(active).value();

        SettingsRepository settings(*m_db);
        QVERIFY(settings.setValue(QStringLiteral("retention.days"), QStringLiteral("7")).ok());
        RetentionPruner pruner(*m_db);
        pruner.setClock([&] { return now; });
        pruner.setBatchSize(2); // several batches
        // Days 8, 9 and 10 ended more than 7 days ago; day 7 ended 5 s after the cut. (Runs of
        // earlier cases in this database may go too: only this task's are counted.)
        QVERIFY(pruner.pruneNow() >= 3);
        QCOMPARE(runs.listForTask(task.id, 100).value().size(), 8);

        QVERIFY(
            settings.setValue(QStringLiteral("retention.runs_per_task"), QStringLiteral("3")).ok());
        QVERIFY(pruner.pruneNow() >= 4);
        const QList<Run> left = runs.listForTask(task.id, 100).value();
        // The three newest ended runs stay, and so does the running one, however old.
        QCOMPARE(left.size(), 4);
        QVERIFY(runs.find(active.id).ok());
        QCOMPARE(left.at(0).scheduledFor, now.addDays(-1));
        QVERIFY(settings.remove(QStringLiteral("retention.days")).ok());
        QVERIFY(settings.remove(QStringLiteral("retention.runs_per_task")).ok());
        QVERIFY(runs.finish(active.id, RunStatus::Interrupted, now).ok());
    }

    // A prune batch waits its turn on the process's write gate like every other writer, so a
    // claim queued there goes next instead of sleeping in SQLite's busy handler while batch
    // after batch takes the lock (claim p99 7 -> 526 ms while pruning, before).
    void pruneBatchesQueueOnTheWriteGate() {
        const Task task = addTask(QStringLiteral("@yearly"), QDateTime::currentDateTimeUtc());
        const QDateTime now = utc("2026-09-01T00:00:00Z");
        for (int day = 10; day <= 12; ++day)
            QVERIFY(addEndedRun(task.id, now.addDays(-day)));
        SettingsRepository settings(*m_db);
        QVERIFY(settings.setValue(QStringLiteral("retention.days"), QStringLiteral("7")).ok());

        QRecursiveMutex &gate =
            SqliteWriteGate::forFile(m_dir.filePath(QStringLiteral("s.sqlite")));
        gate.lock(); // another writer of this process holds the turn
        int pruned = -1;
        std::unique_ptr<QThread> prune(QThread::create([&] {
            RetentionPruner pruner(*m_db);
            pruner.setClock([&] { return now; });
            pruned = pruner.pruneNow();
        }));
        prune->start();
        QTest::qWait(500);
        const bool waited = !prune->isFinished() && runsOf(task.id).size() == 3;
        gate.unlock();
        QVERIFY(prune->wait(10000));
        QVERIFY2(waited, "the prune wrote while another writer of the process held the gate");
        QVERIFY(pruned >= 3);
        QVERIFY(runsOf(task.id).isEmpty());
        QVERIFY(settings.remove(QStringLiteral("retention.days")).ok());
    }

    void runsOfADeadEngineBecomeInterrupted() {
        // A process that ran and is gone: its pid no longer exists on this host.
        QProcess gone;
        gone.start(QStringLiteral("true"), {});
        QVERIFY(gone.waitForFinished());
        EngineRecord dead;
        dead.id = QStringLiteral("dead-engine");
        dead.host = QHostInfo::localHostName();
        dead.pid = gone.processId() > 0 ? gone.processId() : 999999;
        dead.startedAt = QDateTime::currentDateTimeUtc();
        dead.heartbeatAt = dead.startedAt; // fresh heartbeat: only the pid tells it is dead
        QVERIFY(EngineRepository(*m_db).registerEngine(dead).ok());
        const Task task = addTask(QStringLiteral("@yearly"), QDateTime::currentDateTimeUtc());
        Run run;
        run.taskId = task.id;
        run.status = RunStatus::Running;
        run.startedAt = QDateTime::currentDateTimeUtc();
        run.engineId = dead.id;
        run = RunRepository(*m_db).create(run).value();
        Execution finished;
        finished.runId = run.id;
        finished.serverId = m_server.id;
        finished.status = ExecutionStatus::Succeeded;
        finished.exitCode = 0;
        finished.stdoutData = "kept\n";
        finished.startedAt = run.startedAt;
        finished.endedAt = run.startedAt;
        QVERIFY(ExecutionRepository(*m_db).create(finished).ok());
        Execution running = finished;
        running.status = ExecutionStatus::Running;
        running.exitCode.reset();
        running.endedAt = {};
        running.stdoutData.clear();
        QVERIFY(ExecutionRepository(*m_db).create(running).ok());

        Engine engine(*m_db, m_secrets.get());
        Scheduler scheduler(engine); // system clock: recovery is real
        scheduler.start();
        const auto list = ExecutionRepository(*m_db).listForRun(run.id).value();
        QCOMPARE(list.size(), 2);
        QStringList states;
        for (const Execution &e : list) {
            states.append(toString(e.status));
            if (e.status == ExecutionStatus::Interrupted)
                QVERIFY2(!e.error.isEmpty(), "an interrupted execution says why");
            if (e.status == ExecutionStatus::Succeeded)
                QCOMPARE(e.stdoutData, QByteArray("kept\n"));
        }
        states.sort();
        QCOMPARE(states, (QStringList{QStringLiteral("interrupted"), QStringLiteral("succeeded")}));
        QCOMPARE(toString(RunRepository(*m_db).find(run.id)->status),
                 QStringLiteral("interrupted"));
        scheduler.stop();
    }
};

QTEST_GUILESS_MAIN(TestScheduler)
#include "TestScheduler.moc"
