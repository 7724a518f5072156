// Statements kept prepared between calls (StatementCache, issue 16 item 1): a kept statement
// must never change what a caller sees. And a write outside a transaction queues on the
// process's SQLite write gate, as transactions do. On SQLite a statement left mid-read keeps its
// connection inside one read transaction: later reads would see an old snapshot and the WAL
// could not be checkpointed. These tests read through Database::rows()/read() as repositories
// do, with another connection writing in between, on both backends (PostgreSQL keeps nothing).
#include "StoreTestBackend.h"
#include "store/Database.h"
#include "store/SqliteWriteGate.h"
#include "store/StatementCache.h"
#include "store/Transaction.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <atomic>

#include <memory>

using namespace fleetcron;
using fleetcron::test::StoreTestBackend;

namespace {

const QString selectNames =
    QStringLiteral("SELECT value FROM settings WHERE key LIKE ? ORDER BY key");

} // namespace

class TestStatementCache : public QObject {
    Q_OBJECT

    StoreTestBackend m_backend;
    std::unique_ptr<Database> m_db;

    // A write by another Database object: its own connection, as another thread or process.
    void writeElsewhere(const QString &key, const QString &value) {
        auto other = Database::open(m_db->location());
        QVERIFY2(other.ok(), qPrintable(other.error().toString()));
        auto done = other.value()->apply(
            m_db->dialect().upsert(
                QStringLiteral("settings"),
                {QStringLiteral("key"), QStringLiteral("value"), QStringLiteral("updated_at")},
                QStringLiteral("key"), {QStringLiteral("value"), QStringLiteral("updated_at")}),
            {key, value, 0}, QStringLiteral("write a setting"));
        QVERIFY2(done.ok(), qPrintable(done.error().toString()));
    }

    QString firstValue() {
        // Reads one row of several and leaves the rest: the statement is not at its end.
        auto first =
            m_db->read(selectNames, {QStringLiteral("cache.%")}, QStringLiteral("read"),
                       [](QSqlQuery &q) { return q.next() ? q.value(0).toString() : QString(); });
        if (!first)
            qFatal("%s", qPrintable(first.error().toString()));
        return first.value();
    }

private slots:
    void initTestCase() {
        QVERIFY2(m_backend.start(), qPrintable(m_backend.error()));
        auto db = Database::open(m_backend.freshLocation());
        QVERIFY2(db.ok(), qPrintable(db.error().toString()));
        m_db = std::move(db).value();
        writeElsewhere(QStringLiteral("cache.a"), QStringLiteral("one"));
        writeElsewhere(QStringLiteral("cache.b"), QStringLiteral("two"));
    }

    QString valueOf(const QString &key) {
        auto found = m_db->rows(QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key},
                                QStringLiteral("read a setting"),
                                [](const QSqlQuery &q) { return q.value(0).toString(); });
        return found && !found->isEmpty() ? found->first() : QString();
    }

    void aStatementLeftMidReadDoesNotKeepAnOldSnapshot() {
        QCOMPARE(firstValue(), QStringLiteral("one"));
        // Another connection commits; this connection's other statements and the same one,
        // run again, see it.
        writeElsewhere(QStringLiteral("cache.a"), QStringLiteral("uno"));
        QCOMPARE(valueOf(QStringLiteral("cache.a")), QStringLiteral("uno"));
        QCOMPARE(firstValue(), QStringLiteral("uno"));
        writeElsewhere(QStringLiteral("cache.a"), QStringLiteral("eins"));
        QCOMPARE(valueOf(QStringLiteral("cache.a")), QStringLiteral("eins"));
        QCOMPARE(firstValue(), QStringLiteral("eins"));
    }

    void keptStatementsLetTheWalBeCheckpointed() {
        if (m_backend.isPostgres())
            QSKIP("SQLite's write-ahead log");
        QCOMPARE(firstValue(), QStringLiteral("eins"));
        writeElsewhere(QStringLiteral("cache.c"), QStringLiteral("three"));
        // A reader inside a transaction would hold back a TRUNCATE checkpoint (busy = 1).
        QSqlQuery q(m_db->connection().value());
        QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void theSameStatementNestedInItselfReadsBoth() {
        if (m_backend.isPostgres())
            QSKIP("Qt's PostgreSQL driver streams a forward-only result: nothing else may run on "
                  "the connection until it is read (the store never nests there)");
        // A reader that runs the same text again while the first is still being read: the
        // inner call prepares its own, the outer one goes on where it was.
        QStringList outer;
        auto read = m_db->read(
            selectNames, {QStringLiteral("cache.%")}, QStringLiteral("outer"), [&](QSqlQuery &q) {
                while (q.next()) {
                    outer << q.value(0).toString();
                    auto inner = m_db->rows(
                        selectNames, {QStringLiteral("cache.b")}, QStringLiteral("inner"),
                        [](const QSqlQuery &r) { return r.value(0).toString(); });
                    QCOMPARE(inner.value(), QStringList{QStringLiteral("two")});
                }
            });
        QVERIFY(read.ok());
        QCOMPARE(outer, (QStringList{QStringLiteral("eins"), QStringLiteral("two"),
                                     QStringLiteral("three")}));
    }

    void aFailedStatementReportsItsErrorEachTime() {
        for (int i = 0; i < 2; ++i) {
            auto bad = m_db->apply(QStringLiteral("INSERT INTO settings (key, value, updated_at) "
                                                  "VALUES (?, ?, ?)"),
                                   {QStringLiteral("cache.a"), QStringLiteral("dup"), 0},
                                   QStringLiteral("add a setting"));
            QVERIFY(!bad.ok());
            QCOMPARE(bad.error().kind, StoreError::Kind::Duplicate);
        }
        QCOMPARE(firstValue(), QStringLiteral("eins"));
    }

    void eachThreadKeepsItsOwn() {
        // Connections are per thread; so are their statements. A thread's end takes both.
        QString seen;
        QThread *t = QThread::create([&] { seen = firstValue(); });
        t->start();
        QVERIFY(t->wait(10'000));
        delete t;
        QCOMPARE(seen, QStringLiteral("eins"));
        QCOMPARE(firstValue(), QStringLiteral("eins"));
    }

    void aWriteOutsideATransactionQueuesOnTheWriteGate() {
        if (m_backend.isPostgres())
            QSKIP("SQLite's one write lock");
        // Another thread of this process holds the gate, as a claim pass does. A single write
        // here must wait on the gate, not go to SQLite's lock (where the claim, once it has the
        // gate, would meet it in the busy handler and sleep 1, 2, 5 … 100 ms between tries).
        QRecursiveMutex &gate = SqliteWriteGate::forFile(m_db->location().sqlitePath());
        std::atomic<int> stage{0};
        QThread *holder = QThread::create([&] {
            gate.lock();
            stage = 1;
            while (stage.load() < 2)
                QThread::msleep(1);
            gate.unlock();
        });
        holder->start();
        while (stage.load() < 1)
            QThread::msleep(1);
        std::atomic<bool> written{false};
        QThread *writer = QThread::create([&] {
            auto done = m_db->apply(QStringLiteral("UPDATE settings SET value = ? WHERE key = ?"),
                                    {QStringLiteral("gated"), QStringLiteral("cache.c")},
                                    QStringLiteral("write a setting"));
            written = done.ok();
        });
        writer->start();
        // While the gate is held the write cannot finish, however long it is given.
        QVERIFY(!writer->wait(300));
        QVERIFY(!written.load());
        stage = 2;
        QVERIFY(writer->wait(10'000));
        QVERIFY(holder->wait(10'000));
        delete writer;
        delete holder;
        QVERIFY(written.load());
        QCOMPARE(valueOf(QStringLiteral("cache.c")), QStringLiteral("gated"));
        // Inside this thread's own transaction the gate is already held: no self-deadlock.
        Transaction tx(*m_db);
        QVERIFY(tx.ok());
        QVERIFY(m_db->apply(QStringLiteral("UPDATE settings SET value = ? WHERE key = ?"),
                            {QStringLiteral("three"), QStringLiteral("cache.c")},
                            QStringLiteral("write a setting"))
                    .ok());
        QVERIFY(tx.commit().ok());
        QCOMPARE(valueOf(QStringLiteral("cache.c")), QStringLiteral("three"));
    }

    void theLeastRecentlyUsedGoesFirst() {
        StatementCache cache(2);
        QSqlQuery a(m_db->connection().value()), b(m_db->connection().value()),
            c(m_db->connection().value());
        cache.give(QStringLiteral("a"), std::move(a));
        cache.give(QStringLiteral("b"), std::move(b));
        QVERIFY(cache.take(QStringLiteral("a")).has_value()); // a used again: now the newest
        QSqlQuery again(m_db->connection().value());
        cache.give(QStringLiteral("a"), std::move(again));
        cache.give(QStringLiteral("c"), std::move(c)); // full: b, the oldest, goes
        QCOMPARE(cache.size(), std::size_t(2));
        QVERIFY(!cache.take(QStringLiteral("b")).has_value());
        QVERIFY(cache.take(QStringLiteral("a")).has_value());
        QVERIFY(cache.take(QStringLiteral("c")).has_value());
    }
};

QTEST_GUILESS_MAIN(TestStatementCache)
#include "TestStatementCache.moc"
