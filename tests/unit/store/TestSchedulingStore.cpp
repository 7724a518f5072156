// The store side of issue 14's scheduling fixes (migration 0009), on SQLite and PostgreSQL: the
// shared round-robin turn, a run's reason, the remote process group through the writer, the
// commands of dead engines (also those known dead by their pid), and telling a gone process.
#include "StoreTestBackend.h"
#include "store/Database.h"
#include "store/EngineRepository.h"
#include "store/ExecutionRepository.h"
#include "store/LocalProcess.h"
#include "store/RoundRobinCursor.h"
#include "store/RunRepository.h"
#include "store/ServerRepository.h"
#include "store/StoreWriter.h"
#include "store/StoreWriterThread.h"
#include "store/TaskRepository.h"

#include <QCoreApplication>
#include <QProcess>
#include <QTest>

#include <memory>

using namespace fleetcron;
using fleetcron::test::StoreTestBackend;

class TestSchedulingStore : public QObject {
    Q_OBJECT

    StoreTestBackend m_backend;
    std::unique_ptr<Database> m_db;
    Server m_server;
    Task m_task;

    // A running execution of a run held by `engineId`.
    // Each run gets a scheduled time of its own: (task, scheduled_for) is unique, and two calls
    // within one millisecond would otherwise collide (value() of that refusal crashed here).
    qint64 runningExecution(const QString &engineId) {
        Run run;
        run.taskId = m_task.id;
        run.status = RunStatus::Running;
        run.startedAt = QDateTime::currentDateTimeUtc();
        run.scheduledFor = run.startedAt.addSecs(-3600 + ++m_runsMade);
        run.engineId = engineId;
        auto created = RunRepository(*m_db).create(run);
        if (!created)
            qFatal("run not created: %s", qPrintable(created.error().toString()));
        run = created.value();
        Execution e;
        e.runId = run.id;
        e.serverId = m_server.id;
        e.status = ExecutionStatus::Running;
        e.startedAt = run.startedAt;
        auto execution = ExecutionRepository(*m_db).create(e);
        if (!execution)
            qFatal("execution not created: %s", qPrintable(execution.error().toString()));
        return execution.value().id;
    }
    int m_runsMade = 0;

private slots:
    void initTestCase() {
        QVERIFY2(m_backend.start(), qPrintable(m_backend.error()));
        auto db = Database::open(m_backend.freshLocation());
        QVERIFY2(db.ok(), qPrintable(db.error().toString()));
        m_db = std::move(db).value();
        Server s;
        s.name = QStringLiteral("web1");
        s.host = QStringLiteral("127.0.0.1");
        m_server = ServerRepository(*m_db).create(s).value();
        Task t;
        t.name = QStringLiteral("t");
        t.body = QStringLiteral("true");
        t.schedule = QStringLiteral("@every 1h");
        t.serverIds = {m_server.id};
        m_task = TaskRepository(*m_db).create(t).value();
    }

    void roundRobinTurnMovesOnlyFromTheValueRead() {
        RoundRobinCursor cursor(*m_db);
        QCOMPARE(cursor.read(m_task.id).value(), qint64(0));
        QCOMPARE(cursor.advance(m_task.id, 0, 7).value(), true);
        QCOMPARE(cursor.advance(m_task.id, 0, 9).value(), false); // read before the move
        QCOMPARE(cursor.read(m_task.id).value(), qint64(7));
        // Saving the task through its repository leaves the turn alone.
        Task t = TaskRepository(*m_db).find(m_task.id).value();
        t.body = QStringLiteral("echo changed");
        QVERIFY(TaskRepository(*m_db).update(t).ok());
        QCOMPARE(cursor.read(m_task.id).value(), qint64(7));
    }

    void loadOfOtherEnginesCountsTheirActiveExecutions() {
        const qint64 a = runningExecution(QStringLiteral("other"));
        const qint64 b = runningExecution(QStringLiteral("self"));
        auto load = RoundRobinCursor(*m_db).loadOfOtherEngines(m_task.id, QStringLiteral("self"));
        QVERIFY(load.ok());
        QCOMPARE(load->value(m_server.id).ofTask, 1);
        QCOMPARE(load->value(m_server.id).total, 1);
        QCOMPARE(load->value(m_server.id + 1000).total, 0);
        for (qint64 id : {a, b}) {
            Execution e = ExecutionRepository(*m_db).find(id).value();
            e.status = ExecutionStatus::Succeeded;
            e.endedAt = QDateTime::currentDateTimeUtc();
            QVERIFY(ExecutionRepository(*m_db).update(e).ok());
        }
    }

    void runKeepsItsReason() {
        const Run run =
            RunRepository(*m_db)
                .find(ExecutionRepository(*m_db).find(runningExecution(QStringLiteral("x")))->runId)
                .value();
        QCOMPARE(RunRepository(*m_db).reason(run.id).value(), QString());
        QVERIFY(RunRepository(*m_db)
                    .setReason(run.id, QStringLiteral("task disabled while queued"))
                    .ok());
        QCOMPARE(RunRepository(*m_db).reason(run.id).value(),
                 QStringLiteral("task disabled while queued"));
        QVERIFY(!RunRepository(*m_db).reason(run.id + 100000).ok());
        QVERIFY(RunRepository(*m_db).finish(run.id, RunStatus::Skipped, run.startedAt).ok());
    }

    void deadEnginesCommandsAreFoundWithTheirProcessGroup() {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        EngineRecord live;
        live.id = QStringLiteral("live-but-gone");
        live.host = QStringLiteral("here");
        live.pid = 1;
        live.processStarted = 12345;
        live.heartbeatAt = now; // fresh: only being known dead makes it dead
        QVERIFY(EngineRepository(*m_db).registerEngine(live).ok());
        QCOMPARE(EngineRepository(*m_db).list()->constLast().processStarted, qint64(12345));
        const qint64 execution = runningExecution(live.id);
        StoreWriterThread writer(*m_db);
        writer.writer()->setRemoteProcessGroup(execution, 4242);
        QVERIFY(writer.writer()->flush(10000));

        EngineRepository engines(*m_db);
        const QDateTime staleBefore = now.addSecs(-15);
        QVERIFY(engines.orphanedCommands(QStringLiteral("me"), staleBefore)->isEmpty());
        auto orphans = engines.orphanedCommands(QStringLiteral("me"), staleBefore, {live.id});
        QVERIFY(orphans.ok());
        QCOMPARE(orphans->size(), 1);
        QCOMPARE(orphans->at(0).executionId, execution);
        QCOMPARE(orphans->at(0).serverId, m_server.id);
        QCOMPARE(orphans->at(0).pgid, qint64(4242));

        auto recovered = engines.recoverDeadEngines(QStringLiteral("me"), staleBefore,
                                                    QDateTime::currentDateTimeUtc(), {live.id});
        QVERIFY(recovered.ok());
        QCOMPARE(recovered->deadEngineIds, QStringList{live.id});
        const Execution e = ExecutionRepository(*m_db).find(execution).value();
        QCOMPARE(toString(e.status), QStringLiteral("interrupted"));
        QVERIFY2(e.error.contains(QStringLiteral("no longer running")), qPrintable(e.error));
    }

    void goneProcessIsToldFromALiveOneAndFromAReusedPid() {
        const qint64 self = QCoreApplication::applicationPid();
        const qint64 started = LocalProcess::ownStartTicks();
        QVERIFY(started > 0);
        QVERIFY(!LocalProcess::isGone(self, started));
        QVERIFY(!LocalProcess::isGone(self, 0));
        // The same pid with another start time: another program got it.
        QVERIFY(LocalProcess::isGone(self, started + 1));
        QProcess ended;
        ended.start(QStringLiteral("true"), {});
        QVERIFY(ended.waitForStarted());
        const qint64 pid = ended.processId(); // read while it runs: 0 once it has ended
        QVERIFY(ended.waitForFinished());
        QVERIFY(pid > 0);
        QVERIFY(LocalProcess::isGone(pid, 0));
    }
};

QTEST_GUILESS_MAIN(TestSchedulingStore)
#include "TestSchedulingStore.moc"
