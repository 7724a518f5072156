// The store side of a batched claim pass (issue 16, item 1), on SQLite and PostgreSQL: many
// claims in one UPDATE, each won at most once; runs and executions recorded by multi-row
// INSERTs with every id matched back to its row; active runs counted for many tasks at once.
#include "StoreTestBackend.h"
#include "store/Database.h"
#include "store/ExecutionRepository.h"
#include "store/RunRepository.h"
#include "store/ServerRepository.h"
#include "store/TaskClaims.h"
#include "store/TaskRepository.h"
#include "store/Transaction.h"

#include <QTest>

#include <memory>

using namespace fleetcron;
using fleetcron::test::StoreTestBackend;

namespace {

QDateTime at(int seconds) {
    return QDateTime::fromMSecsSinceEpoch(1'800'000'000'000 + seconds * 1000LL, Qt::UTC);
}

} // namespace

class TestClaimBatch : public QObject {
    Q_OBJECT

    StoreTestBackend m_backend;
    std::unique_ptr<Database> m_db;
    QList<Server> m_servers;
    int m_serial = 0;

    Task addTask(const QDateTime &nextFire) {
        Task t;
        t.name = QStringLiteral("batch%1").arg(++m_serial);
        t.body = QStringLiteral("true");
        t.schedule = QStringLiteral("@every 1m");
        t.serverIds = {m_servers.at(0).id};
        Task stored = TaskRepository(*m_db).create(t).value();
        if (!TaskRepository(*m_db).setNextFireAt(stored.id, nextFire).ok())
            qFatal("cannot schedule task %lld", stored.id);
        stored.nextFireAt = nextFire;
        return stored;
    }

private slots:
    void initTestCase() {
        QVERIFY2(m_backend.start(), qPrintable(m_backend.error()));
        auto db = Database::open(m_backend.freshLocation());
        QVERIFY2(db.ok(), qPrintable(db.error().toString()));
        m_db = std::move(db).value();
        for (const char *name : {"web1", "web2", "web3"}) {
            Server s;
            s.name = QString::fromLatin1(name);
            s.host = QStringLiteral("127.0.0.1");
            m_servers << ServerRepository(*m_db).create(s).value();
        }
    }

    void eachClaimOfABatchIsWonOnce() {
        const Task a = addTask(at(0));
        const Task b = addTask(at(0));
        const Task c = addTask(at(0));
        const Task off = addTask(at(0));
        QVERIFY(TaskRepository(*m_db).setEnabled(off.id, false).ok());
        TaskClaims claims(*m_db);
        const QList<TaskClaims::Claim> batch{
            {a.id, at(0), at(60), 250},
            {b.id, at(1), at(60), 0},       // read a next fire the task no longer has
            {c.id, at(0), QDateTime(), 99}, // fires never again
            {off.id, at(0), at(60), 0},
        };
        auto won = claims.claimMany(batch);
        QVERIFY2(won.ok(), qPrintable(won.error().toString()));
        QCOMPARE(won.value(), (QSet<qint64>{a.id, c.id}));
        // The second engine, having read the same values, wins nothing.
        QCOMPARE(claims.claimMany(batch).value(), QSet<qint64>());

        TaskRepository tasks(*m_db);
        QCOMPARE(tasks.find(a.id)->nextFireAt, at(60));
        QCOMPARE(tasks.find(a.id)->nextFireDelayMs, qint64(250));
        QCOMPARE(tasks.find(b.id)->nextFireAt, at(0)); // untouched
        QVERIFY(!tasks.find(c.id)->nextFireAt.isValid());
        QCOMPARE(tasks.find(c.id)->nextFireDelayMs, qint64(0));
        QCOMPARE(tasks.find(off.id)->nextFireAt, at(0));
    }

    void runsAndExecutionsOfAPassAreRecordedTogether() {
        QList<Task> due;
        for (int i = 0; i < 7; ++i)
            due << addTask(at(600));
        QList<qint64> ids;
        for (const Task &t : std::as_const(due))
            ids << t.id;
        RunRepository runs(*m_db);
        QCOMPARE(runs.countActiveByTask(ids).value().size(), 0);

        QList<Run> records;
        {
            Transaction tx(*m_db);
            QVERIFY(tx.ok());
            QList<TaskClaims::Claim> batch;
            for (const Task &t : std::as_const(due)) {
                batch.append({t.id, at(600), at(660), 0});
                Run r;
                r.taskId = t.id;
                r.scheduledFor = at(600);
                r.engineId = QStringLiteral("self");
                // Every other one skipped: not active, so not counted below.
                r.status = records.size() % 2 ? RunStatus::Skipped : RunStatus::Running;
                r.reason = QStringLiteral("r%1").arg(t.id);
                records << r;
            }
            QCOMPARE(TaskClaims(*m_db).claimMany(batch).value().size(), due.size());
            auto stored = runs.createMany(records);
            QVERIFY2(stored.ok(), qPrintable(stored.error().toString()));
            records = stored.value();
            QVERIFY(tx.commit().ok());
        }
        for (const Run &r : std::as_const(records)) {
            const Run back = runs.find(r.id).value();
            QCOMPARE(back.taskId, r.taskId); // each id matched to its own row
            QCOMPARE(back.reason, QStringLiteral("r%1").arg(r.taskId));
            QCOMPARE(toString(back.status), toString(r.status));
        }
        auto active = runs.countActiveByTask(ids);
        QVERIFY(active.ok());
        QCOMPARE(active->size(), 4);
        for (const Run &r : std::as_const(records))
            QCOMPARE(active->value(r.taskId), r.status == RunStatus::Running ? 1 : 0);
        // A run of the same fire twice is refused, and none of its batch is kept.
        QVERIFY(!runs.createMany({records.at(1), records.at(0)}).ok());

        // Executions of several runs on several servers: one INSERT, ids matched back.
        QList<Execution> rows;
        for (const Run &r : std::as_const(records)) {
            for (const Server &s : std::as_const(m_servers)) {
                Execution e;
                e.runId = r.id;
                e.serverId = s.id;
                e.attempt = 2;
                rows << e;
            }
        }
        auto created = ExecutionRepository(*m_db).createMany(rows);
        QVERIFY2(created.ok(), qPrintable(created.error().toString()));
        QCOMPARE(created->size(), rows.size());
        QSet<qint64> seen;
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const Execution back = ExecutionRepository(*m_db).find(created->at(i).id).value();
            QCOMPARE(back.runId, rows.at(i).runId);
            QCOMPARE(back.serverId, rows.at(i).serverId);
            QCOMPARE(back.attempt, 2);
            seen.insert(back.id);
        }
        QCOMPARE(seen.size(), rows.size());
    }
};

QTEST_GUILESS_MAIN(TestClaimBatch)
#include "TestClaimBatch.moc"
