// Task chaining with real runs over a real sshd, on SQLite and (test_chaining_postgresql) a real
// PostgreSQL: a run's end starts the tasks linked on its outcome, with parent_run_id and a
// reason; the child is held to its own overlap rule; a parent run starts a child once only.
#include "../../unit/store/StoreTestBackend.h"
#include "core/Engine.h"
#include "exec/Executor.h"
#include "scheduler/ChainStarter.h"
#include "scheduler/Scheduler.h"
#include "secrets/FileSecretStore.h"
#include "service/Services.h"
#include "store/Database.h"
#include "store/RunRepository.h"
#include "store/ServerRepository.h"
#include "store/StoreWriter.h"
#include "support/SshdFixture.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace fleetcron;
using fleetcron::test::SshdFixture;

class TestChaining : public QObject {
    Q_OBJECT

    test::StoreTestBackend m_backend;
    QTemporaryDir m_dir;
    SshdFixture m_sshd;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<FileSecretStore> m_secrets;
    std::unique_ptr<Services> m_services;
    qint64 m_serverId = 0;
    const Actor m_actor{QStringLiteral("cli"), QStringLiteral("tester")};

    // A task that never fires on its own during a test (yearly): only chains and runNow start it.
    Task saveTask(const QString &name, const QString &command, QList<TaskLink> links = {},
                  OverlapPolicy overlap = OverlapPolicy::Skip) {
        Task t = m_services->tasks.newTask();
        t.name = name;
        t.body = command;
        t.schedule = QStringLiteral("@yearly");
        t.serverIds = {m_serverId};
        t.overlap = overlap;
        t.links = links;
        auto saved = m_services->tasks.save(t, m_actor);
        if (!saved)
            qFatal("%s", qPrintable(saved.error().toString()));
        return saved.value();
    }

    QList<Run> runsOf(qint64 taskId) {
        auto runs = RunRepository(*m_db).listForTask(taskId, 100);
        return runs ? runs.value() : QList<Run>{};
    }

    // Waits for the runs of the engine to end and their results to be stored.
    void settle(Engine &engine) {
        QTRY_VERIFY_WITH_TIMEOUT(engine.executor().activeRuns() == 0, 30000);
        QVERIFY(engine.writer().flush(10000));
    }

private slots:
    void initTestCase() {
        QVERIFY2(m_backend.start(), qPrintable(m_backend.error()));
        QVERIFY2(m_sshd.start(), qPrintable(m_sshd.error()));
        m_secrets = std::make_unique<FileSecretStore>(m_dir.filePath(QStringLiteral("secrets")));
    }

    void init() {
        auto db = Database::open(m_backend.freshLocation());
        QVERIFY2(db, qPrintable(db.error().toString()));
        m_db = std::move(db).value();
        m_services = std::make_unique<Services>(*m_db, m_secrets.get(), nullptr, nullptr);
        const Server s = m_sshd.server(QStringLiteral("web1"), QStringLiteral("root"));
        m_serverId = ServerRepository(*m_db).create(s).value().id;
    }

    void cleanup() {
        m_services.reset();
        m_db.reset();
    }

    void successStartsTheOnSuccessChildWithItsParentRun() {
        Engine engine(*m_db, m_secrets.get());
        Scheduler scheduler(engine);
        scheduler.start();
        const Task b = saveTask(QStringLiteral("b"), QStringLiteral("true"));
        const Task c = saveTask(QStringLiteral("c"), QStringLiteral("true"));
        const Task d = saveTask(QStringLiteral("d"), QStringLiteral("true"));
        const Task a = saveTask(QStringLiteral("a"), QStringLiteral("true"),
                                {{ChainCondition::Success, 0, QStringLiteral("b")},
                                 {ChainCondition::Failure, 0, QStringLiteral("c")},
                                 {ChainCondition::Always, d.id, {}}});
        auto parent = engine.runNow(a.id, RunTrigger::Manual);
        QVERIFY(parent);
        QTRY_VERIFY_WITH_TIMEOUT(runsOf(b.id).size() == 1 && runsOf(d.id).size() == 1, 30000);
        settle(engine);
        QCOMPARE(toString(RunRepository(*m_db).find(parent->id)->status),
                 QStringLiteral("succeeded"));
        const Run child = runsOf(b.id).constFirst();
        QCOMPARE(child.parentRunId, parent->id);
        QCOMPARE(toString(child.status), QStringLiteral("succeeded"));
        QCOMPARE(RunRepository(*m_db).reason(child.id).value(),
                 QStringLiteral("chained from run %1 (success)").arg(parent->id));
        QCOMPARE(runsOf(d.id).constFirst().parentRunId, parent->id);
        QVERIFY(runsOf(c.id).isEmpty()); // on failure: not started by a success
        QCOMPARE(RunRepository(*m_db).find(parent->id)->parentRunId, 0);
        scheduler.stop();
    }

    void failureStartsTheOnFailureChildOnly() {
        Engine engine(*m_db, m_secrets.get());
        Scheduler scheduler(engine);
        scheduler.start();
        const Task ok = saveTask(QStringLiteral("ok"), QStringLiteral("true"));
        const Task alert = saveTask(QStringLiteral("alert"), QStringLiteral("true"));
        const Task a = saveTask(
            QStringLiteral("a"), QStringLiteral("exit 3"),
            {{ChainCondition::Success, ok.id, {}}, {ChainCondition::Failure, alert.id, {}}});
        auto parent = engine.runNow(a.id, RunTrigger::Manual);
        QVERIFY(parent);
        QTRY_VERIFY_WITH_TIMEOUT(runsOf(alert.id).size() == 1, 30000);
        settle(engine);
        QCOMPARE(toString(RunRepository(*m_db).find(parent->id)->status), QStringLiteral("failed"));
        QCOMPARE(runsOf(alert.id).constFirst().parentRunId, parent->id);
        QCOMPARE(RunRepository(*m_db).reason(runsOf(alert.id).constFirst().id).value(),
                 QStringLiteral("chained from run %1 (failure)").arg(parent->id));
        QVERIFY(runsOf(ok.id).isEmpty());
        scheduler.stop();
    }

    void aChildStillRunningIsSkippedByItsOverlapRule() {
        Engine engine(*m_db, m_secrets.get());
        Scheduler scheduler(engine);
        scheduler.start();
        const Task slow = saveTask(QStringLiteral("slow"), QStringLiteral("sleep 3"));
        const Task a = saveTask(QStringLiteral("a"), QStringLiteral("true"),
                                {{ChainCondition::Success, slow.id, {}}});
        auto first = engine.runNow(slow.id, RunTrigger::Manual);
        QVERIFY(first);
        QTRY_COMPARE_WITH_TIMEOUT(engine.executor().runningExecutions(), 1, 15000);
        auto parent = engine.runNow(a.id, RunTrigger::Manual);
        QVERIFY(parent);
        // The chained run is recorded skipped while the first run of `slow` goes on.
        QTRY_VERIFY_WITH_TIMEOUT(runsOf(slow.id).size() == 2, 15000);
        const Run chained = runsOf(slow.id).constFirst(); // newest first
        QCOMPARE(chained.parentRunId, parent->id);
        QCOMPARE(toString(chained.status), QStringLiteral("skipped"));
        QVERIFY(RunRepository(*m_db).reason(chained.id)->contains(QStringLiteral("skipped")));
        QCOMPARE(toString(RunRepository(*m_db).find(first->id)->status), QStringLiteral("running"));
        settle(engine);
        QCOMPARE(toString(RunRepository(*m_db).find(first->id)->status),
                 QStringLiteral("succeeded"));
        scheduler.stop();
    }

    void aParentRunStartsAChildOnceOnly() {
        // What a second engine (or a second report of the same end) would do: record the child
        // again. The database refuses it, on both backends.
        const Task child = saveTask(QStringLiteral("child"), QStringLiteral("true"));
        const Task a = saveTask(QStringLiteral("a"), QStringLiteral("true"));
        Run parent;
        parent.taskId = a.id;
        parent.status = RunStatus::Succeeded;
        parent = RunRepository(*m_db).create(parent).value();
        Run run;
        run.taskId = child.id;
        run.parentRunId = parent.id;
        run.status = RunStatus::Running;
        ChainStarter chain(*m_db);
        const QString reason = ChainStarter::reason(parent.id, RunStatus::Succeeded);
        auto first = chain.record(child, run, reason);
        QVERIFY(first && first->has_value());
        auto second = chain.record(child, run, reason);
        QVERIFY(second && !second->has_value());
        QCOMPARE(runsOf(child.id).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestChaining)
#include "TestChaining.moc"
