// History at scale (issue 16, item 2), on SQLite and PostgreSQL: keyset pages (a cursor instead
// of an offset) give exactly the rows offset pages give, for executions and for a task's runs,
// filtered or not; a bounded count stops at its bound; the indexes of migrations 17 and 18 are
// there, so a filtered page walks an index instead of sorting every match; and every way an
// execution is recorded (or back-filled by migration 18) carries its run's task.
#include "StoreTestBackend.h"
#include "store/Database.h"
#include "store/ExecutionRepository.h"
#include "store/RunRepository.h"
#include "store/ServerRepository.h"
#include "store/StoreWriter.h"
#include "store/StoreWriterThread.h"
#include "store/TaskRepository.h"

#include <QSqlQuery>
#include <QTest>

#include <memory>

using namespace fleetcron;
using fleetcron::test::StoreTestBackend;

namespace {

QDateTime at(int minutes) {
    return QDateTime::fromMSecsSinceEpoch(1'800'000'000'000 + minutes * 60'000LL, Qt::UTC);
}

template <typename T> QList<qint64> idsOf(const QList<T> &items) {
    QList<qint64> ids;
    for (const T &item : items)
        ids << item.id;
    return ids;
}

} // namespace

class TestHistoryPaging : public QObject {
    Q_OBJECT

    StoreTestBackend m_backend;
    DatabaseLocation m_location;
    std::unique_ptr<Database> m_db;
    QList<qint64> m_servers;
    QList<qint64> m_tasks;

private slots:
    void initTestCase() {
        QVERIFY2(m_backend.start(), qPrintable(m_backend.error()));
        m_location = m_backend.freshLocation();
        auto db = Database::open(m_location);
        QVERIFY2(db.ok(), qPrintable(db.error().toString()));
        m_db = std::move(db).value();
        for (const char *name : {"web1", "web2"}) {
            Server s;
            s.name = QString::fromLatin1(name);
            s.host = QStringLiteral("127.0.0.1");
            m_servers << ServerRepository(*m_db).create(s).value().id;
        }
        for (const char *name : {"backup", "report"}) {
            Task t;
            t.name = QString::fromLatin1(name);
            t.body = QStringLiteral("true");
            t.schedule = QStringLiteral("@every 1h");
            t.serverIds = m_servers;
            m_tasks << TaskRepository(*m_db).create(t).value().id;
        }
        // 30 runs of each task, two of a task at each scheduled time (a fire and a manual run
        // beside it), so the cursor must order by time and then by id. Each run: one execution
        // a server, every third run failed.
        QList<Execution> executions;
        for (int i = 0; i < 60; ++i) {
            Run r;
            r.taskId = m_tasks.at(i % 2);
            r.trigger = i % 4 < 2 ? RunTrigger::Schedule : RunTrigger::Manual;
            r.scheduledFor = at(i / 4);
            const Run run = RunRepository(*m_db).create(r).value();
            for (qint64 server : std::as_const(m_servers)) {
                Execution e;
                e.runId = run.id;
                e.serverId = server;
                e.status = i % 3 == 0 ? ExecutionStatus::Failed : ExecutionStatus::Succeeded;
                e.startedAt = at(i / 4);
                executions << e;
            }
        }
        QVERIFY(ExecutionRepository(*m_db).createMany(executions).ok());
    }

    void executionCursorPagesAsOffsetPagesDo_data() {
        QTest::addColumn<int>("filterKind");
        QTest::newRow("all") << 0;
        QTest::newRow("server") << 1;
        QTest::newRow("status") << 2;
        QTest::newRow("task") << 3;
        QTest::newRow("time range") << 4;
    }

    void executionCursorPagesAsOffsetPagesDo() {
        QFETCH(int, filterKind);
        ExecutionRepository::Filter filter;
        if (filterKind == 1)
            filter.serverId = m_servers.at(1);
        if (filterKind == 2)
            filter.status = ExecutionStatus::Failed;
        if (filterKind == 3)
            filter.taskId = m_tasks.at(0);
        if (filterKind == 4) {
            filter.from = at(3);
            filter.to = at(11);
        }
        ExecutionRepository repo(*m_db);
        filter.limit = 100000;
        const QList<qint64> all = idsOf(repo.list(filter).value());
        QVERIFY(all.size() > 7);
        filter.limit = 7;
        QList<qint64> byOffset;
        QList<qint64> byCursor;
        for (filter.offset = 0; filter.offset < all.size(); filter.offset += 7)
            byOffset << idsOf(repo.list(filter).value());
        filter.offset = 0;
        for (;;) {
            const QList<Execution> page = repo.list(filter).value();
            byCursor << idsOf(page);
            if (page.size() < filter.limit)
                break;
            filter.beforeId = page.last().id;
        }
        QCOMPARE(byOffset, all);
        QCOMPARE(byCursor, all);
        // The count leaves the cursor out, as the listing's total does.
        QCOMPARE(repo.count(filter).value(), qint64(all.size()));
    }

    void boundedCountStopsAtItsBound() {
        ExecutionRepository repo(*m_db);
        ExecutionRepository::Filter filter;
        QCOMPARE(repo.count(filter).value(), qint64(120));
        QCOMPARE(repo.count(filter, 50).value(), qint64(50));
        QCOMPARE(repo.count(filter, 500).value(), qint64(120));
        filter.status = ExecutionStatus::Failed;
        QCOMPARE(repo.count(filter, 5).value(), qint64(5));
        QCOMPARE(repo.count(filter, 1000).value(), qint64(40));
    }

    void runCursorPagesAsOffsetPagesDo_data() {
        QTest::addColumn<bool>("oneTask");
        QTest::newRow("a task's runs") << true;
        QTest::newRow("every run") << false;
    }

    void runCursorPagesAsOffsetPagesDo() {
        QFETCH(bool, oneTask);
        RunRepository repo(*m_db);
        RunRepository::Filter filter;
        filter.taskId = oneTask ? m_tasks.at(1) : 0;
        filter.limit = 1000;
        const QList<qint64> all = idsOf(repo.list(filter).value());
        QCOMPARE(all.size(), oneTask ? 30 : 60);
        filter.limit = 4; // pages that split runs scheduled at the same time
        QList<qint64> byOffset;
        QList<qint64> byCursor;
        for (filter.offset = 0; filter.offset < all.size(); filter.offset += 4)
            byOffset << idsOf(repo.list(filter).value());
        filter.offset = 0;
        for (;;) {
            const QList<Run> page = repo.list(filter).value();
            byCursor << idsOf(page);
            if (page.size() < filter.limit)
                break;
            filter.afterRunId = page.last().id;
        }
        QCOMPARE(byOffset, all);
        QCOMPARE(byCursor, all);
    }

    void historyIndexesAreThere() {
        const QStringList wanted{
            QStringLiteral("runs_newest"), QStringLiteral("executions_server_newest"),
            QStringLiteral("executions_status_newest"), QStringLiteral("executions_started"),
            QStringLiteral("executions_task_newest")};
        const QString sql =
            m_backend.isPostgres()
                ? QStringLiteral("SELECT indexname FROM pg_indexes")
                : QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index'");
        auto names = m_db->rows(sql, {}, QStringLiteral("list indexes"),
                                [](const QSqlQuery &q) { return q.value(0).toString(); });
        QVERIFY(names.ok());
        for (const QString &index : wanted)
            QVERIFY2(names->contains(index), qPrintable(index));
        if (m_backend.isPostgres())
            return;
        // SQLite's plan for a server's newest executions: that index, and no sort of them all.
        auto plan = m_db->rows(QStringLiteral("EXPLAIN QUERY PLAN SELECT e.id FROM executions e "
                                              "WHERE e.server_id = 1 ORDER BY e.id DESC LIMIT 100"),
                               {}, QStringLiteral("plan"),
                               [](const QSqlQuery &q) { return q.value(3).toString(); });
        QVERIFY(plan.ok());
        const QString text = plan->join(u'\n');
        QVERIFY2(text.contains(QStringLiteral("executions_server_newest")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("TEMP B-TREE")), qPrintable(text));
        // And a task's (migration 18): its own index, not the task's runs and a sort.
        auto taskPlan = m_db->rows(
            QStringLiteral("EXPLAIN QUERY PLAN SELECT e.id FROM executions e WHERE e.task_id = 1 "
                           "ORDER BY e.id DESC LIMIT 100"),
            {}, QStringLiteral("plan"), [](const QSqlQuery &q) { return q.value(3).toString(); });
        QVERIFY(taskPlan.ok());
        const QString taskText = taskPlan->join(u'\n');
        QVERIFY2(taskText.contains(QStringLiteral("executions_task_newest")), qPrintable(taskText));
        QVERIFY2(!taskText.contains(QStringLiteral("TEMP B-TREE")), qPrintable(taskText));
    }

    // Migration 18: each path that records executions writes the run's task with it (one
    // insert, a batch, the store writer's), and a row written without it (an older daemon on a
    // shared database, a tool) gets it from the trigger.
    void everyExecutionCarriesItsTask() {
        Run r;
        r.taskId = m_tasks.at(1);
        r.scheduledFor = at(100);
        const Run run = RunRepository(*m_db).create(r).value();
        Execution e;
        e.runId = run.id;
        e.serverId = m_servers.at(0);
        e.startedAt = at(100);
        ExecutionRepository repo(*m_db);
        QVERIFY(repo.create(e).ok());
        {
            StoreWriterThread holder(*m_db);
            holder.writer()->insertExecution(e);
            QVERIFY(holder.writer()->flush(60000));
        }
        QVERIFY(m_db->apply(QStringLiteral("INSERT INTO executions (run_id, server_id, status) "
                                           "VALUES (?, ?, 'pending')"),
                            {run.id, m_servers.at(1)}, QStringLiteral("insert without a task"))
                    .ok());
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM executions WHERE run_id = %1 AND "
                                       "task_id = %2")
                            .arg(run.id)
                            .arg(r.taskId)),
                 qint64(3));
        QCOMPARE(mismatchedTasks(), qint64(0));
        ExecutionRepository::Filter filter;
        filter.taskId = r.taskId;
        filter.limit = 3;
        const QList<Execution> newest = repo.list(filter).value();
        QCOMPARE(newest.size(), 3);
        for (const Execution &x : newest)
            QCOMPARE(x.runId, run.id);
    }

    // A database from before migration 18: the migration fills task_id from the runs.
    void migrationBackfillsTheTask() {
        const qint64 before = scalar(QStringLiteral("SELECT COUNT(*) FROM executions"));
        QVERIFY(before > 100);
        {
            QSqlQuery q(m_db->connection().value());
            QVERIFY(m_backend.undoExecutionsTask(q));
            QVERIFY(q.exec(QStringLiteral("DELETE FROM schema_version WHERE version >= 18")));
        }
        const DatabaseLocation location = m_location;
        m_db.reset();
        auto db = Database::open(location);
        QVERIFY2(db, db ? "" : qPrintable(db.error().toString()));
        m_db = std::move(db).value();
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM executions WHERE task_id IS NULL")),
                 qint64(0));
        QCOMPARE(mismatchedTasks(), qint64(0));
        ExecutionRepository::Filter filter;
        filter.taskId = m_tasks.at(0);
        filter.limit = 100000;
        QCOMPARE(qint64(ExecutionRepository(*m_db).list(filter)->size()),
                 scalar(QStringLiteral("SELECT COUNT(*) FROM executions e JOIN runs r ON r.id = "
                                       "e.run_id WHERE r.task_id = %1")
                            .arg(m_tasks.at(0))));
    }

private:
    qint64 scalar(const QString &sql) {
        auto q = m_db->exec(sql, {}, QStringLiteral("test query"));
        return q && q->next() ? q->value(0).toLongLong() : -1;
    }
    qint64 mismatchedTasks() {
        return scalar(QStringLiteral("SELECT COUNT(*) FROM executions e JOIN runs r ON r.id = "
                                     "e.run_id WHERE e.task_id IS NULL OR e.task_id <> r.task_id"));
    }
};

QTEST_GUILESS_MAIN(TestHistoryPaging)
#include "TestHistoryPaging.moc"
