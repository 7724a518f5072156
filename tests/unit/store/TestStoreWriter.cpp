#include "store/Database.h"
#include "store/ExecutionRepository.h"
#include "store/RunRepository.h"
#include "store/ServerRepository.h"
#include "store/SqliteWriterStatements.h"
#include "store/StoreWriterThread.h"
#include "store/TaskRepository.h"

#include "StoreTestBackend.h"
#include "support/PostgresFixture.h"

#include <QAtomicInt>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <memory>

using namespace fleetcron;

namespace {

struct Fixture {
    std::unique_ptr<Database> db;
    qint64 serverId = 0;
    qint64 taskId = 0;
    qint64 runId = 0;
};

Fixture makeFixture(const DatabaseLocation &location) {
    Fixture f;
    auto db = Database::open(location);
    if (!db) {
        qWarning("%s", qPrintable(db.error().toString()));
        return f;
    }
    f.db = std::move(db).value();
    Server s;
    s.name = QStringLiteral("s");
    s.host = QStringLiteral("127.0.0.1");
    f.serverId = ServerRepository(*f.db).create(s)->id;
    Task t;
    t.name = QStringLiteral("t");
    t.body = QStringLiteral("true");
    t.schedule = QStringLiteral("@hourly");
    f.taskId = TaskRepository(*f.db).create(t)->id;
    Run r;
    r.taskId = f.taskId;
    f.runId = RunRepository(*f.db).create(r)->id;
    return f;
}

Execution result(const Fixture &f, int n) {
    Execution e;
    e.runId = f.runId;
    e.serverId = f.serverId;
    e.status = n % 7 == 0 ? ExecutionStatus::Failed : ExecutionStatus::Succeeded;
    e.exitCode = n;
    e.startedAt = QDateTime::currentDateTimeUtc();
    e.endedAt = e.startedAt.addMSecs(5);
    e.stdoutData = QByteArray("ok ") + QByteArray::number(n);
    return e;
}

// Every stored column of every execution, with SQL types, as text: what two writers must agree on.
QStringList dumpExecutions(Database &db) {
    QSqlQuery q(db.connection().value());
    if (!q.exec(QStringLiteral(
            "SELECT id, run_id, server_id, attempt, quote(started_at), quote(ended_at), status, "
            "quote(exit_code), quote(exit_signal), quote(error), quote(stdout), typeof(stdout), "
            "quote(stderr), typeof(stderr), stdout_truncated, stderr_truncated "
            "FROM executions ORDER BY id")))
        return {QStringLiteral("query failed")};
    QStringList rows;
    while (q.next()) {
        QStringList cells;
        for (int i = 0; i < 16; ++i)
            cells << q.value(i).toString();
        rows << cells.join(QLatin1Char('|'));
    }
    return rows;
}

qint64 countRows(Database &db, const QString &sql) {
    QSqlQuery q(db.connection().value());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

} // namespace

class TestStoreWriter : public QObject {
    Q_OBJECT

    test::StoreTestBackend m_backend;
    DatabaseLocation freshPath() { return m_backend.freshLocation(); }

private slots:
    void initTestCase() {
        QVERIFY2(m_backend.start(), qPrintable(m_backend.error()));
        qInfo("store writer tests on %s", qPrintable(m_backend.name()));
    }

    void writesStartOutputAndResult() {
        Fixture f = makeFixture(freshPath());
        QVERIFY(f.db);
        Execution pending;
        pending.runId = f.runId;
        pending.serverId = f.serverId;
        const qint64 id = ExecutionRepository(*f.db).create(pending)->id;

        StoreWriterThread holder(*f.db);
        StoreWriter *w = holder.writer();
        const QDateTime started = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000, Qt::UTC);
        w->startExecution(id, started);
        w->appendOutput(id, ExecutionOutputChunk::Stream::Stdout, started, "hello ");
        w->appendOutput(id, ExecutionOutputChunk::Stream::Stderr, started, "oops\n");
        w->appendOutput(id, ExecutionOutputChunk::Stream::Stdout, started, "world\n");
        QVERIFY(w->flush(10000));

        ExecutionRepository executions(*f.db);
        QVERIFY(executions.find(id)->status == ExecutionStatus::Running);
        QCOMPARE(executions.find(id)->startedAt, started);
        auto chunks = executions.outputSince(id);
        QVERIFY(chunks);
        QCOMPARE(chunks->size(), 3);
        QCOMPARE(chunks->at(0).seq, 0);
        QCOMPARE(chunks->at(2).seq, 2);
        QVERIFY(chunks->at(1).stream == ExecutionOutputChunk::Stream::Stderr);
        QCOMPARE(chunks->at(2).bytes, QByteArray("world\n"));
        QCOMPARE(executions.outputSince(id, 1)->size(), 1);

        Execution done = executions.find(id).value();
        done.status = ExecutionStatus::Succeeded;
        done.exitCode = 0;
        done.endedAt = started.addSecs(1);
        done.stdoutData = "hello world\n";
        done.stderrData = "oops\n";
        w->finishExecution(done);
        w->finishRun(f.runId, RunStatus::Succeeded, started.addSecs(1));
        QVERIFY(w->flush(10000));
        auto back = executions.find(id);
        QVERIFY(back->status == ExecutionStatus::Succeeded);
        QCOMPARE(back->stdoutData, QByteArray("hello world\n"));
        QVERIFY(executions.outputSince(id)->isEmpty()); // folded into the row
        QVERIFY(RunRepository(*f.db).find(f.runId)->status == RunStatus::Succeeded);
    }

    void batchesManyWritesIntoFewTransactions() {
        Fixture f = makeFixture(freshPath());
        QVERIFY(f.db);
        StoreWriter::Options options;
        options.batchSize = 1000;
        StoreWriterThread holder(*f.db, options);
        QSignalSpy committed(holder.writer(), &StoreWriter::batchCommitted);
        for (int i = 1; i <= 10000; ++i)
            holder.writer()->insertExecution(result(f, i));
        QVERIFY(holder.writer()->flush(30000));
        QCOMPARE(holder.writer()->doneTicket(), quint64(10000));
        QTRY_VERIFY(!committed.isEmpty());
        int rows = 0;
        for (const auto &args : committed)
            rows += args.at(1).toInt();
        QCOMPARE(rows, 10000);
        QVERIFY2(committed.size() <= 20, qPrintable(QString::number(committed.size())));
        QCOMPARE(committed.constLast().at(0).toULongLong(), quint64(10000));
        QCOMPARE(countRows(*f.db, QStringLiteral("SELECT COUNT(*) FROM executions")), 10000);
        QCOMPARE(countRows(*f.db, QStringLiteral("SELECT COUNT(*) FROM executions "
                                                 "WHERE status = 'failed'")),
                 10000 / 7);
    }

    void resultsReachTheDatabaseFileNotOnlyItsWal() {
        // No commit checkpoints any more (that stalled every writer behind it); the writer
        // copies the WAL back between batches instead. A megabyte of results, far below the
        // connections' 40 MB backstop, must be in the database file itself after a flush.
        if (m_backend.isPostgres())
            QSKIP("the WAL is SQLite's");
        const DatabaseLocation location = freshPath();
        Fixture f = makeFixture(location);
        QVERIFY(f.db);
        const QString path = location.sqlitePath();
        const qint64 before = QFileInfo(path).size();
        {
            StoreWriterThread holder(*f.db);
            for (int i = 1; i <= 5000; ++i) {
                Execution e = result(f, i);
                e.stdoutData = QByteArray(200, 'x');
                holder.writer()->insertExecution(e);
            }
            QVERIFY(holder.writer()->flush(30000));
            // The checkpoint follows the batch that made it; give the writer a moment.
            QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(path).size() > before + 500'000, 5000);
        }
        QCOMPARE(countRows(*f.db, QStringLiteral("SELECT COUNT(*) FROM executions")), 5000);
    }

    void usesTheSqliteApiOnThisPlatform() {
        // The fast path needs the Qt driver and fleetcron on one SQLite library; if a platform
        // change breaks that, the writer silently gets several times slower. Say so here.
        if (m_backend.isPostgres())
            QSKIP("the SQLite C API path exists only on SQLite");
        Fixture f = makeFixture(freshPath());
        QVERIFY(f.db);
        auto conn = f.db->connection();
        QVERIFY(conn);
        QVERIFY(SqliteWriterStatements::create(*f.db, conn.value()) != nullptr);
    }

    void sqliteApiAndQtSqlStoreTheSameValues() {
        if (m_backend.isPostgres())
            QSKIP("compares SQLite's two write paths; PostgreSQL's values are checked in "
                  "batchedPathStoresEveryValue");
        QList<QStringList> dumps;
        QStringList runStatus;
        for (const bool api : {true, false}) {
            Fixture f = makeFixture(freshPath());
            QVERIFY(f.db);
            Execution pending;
            pending.runId = f.runId;
            pending.serverId = f.serverId;
            const qint64 id = ExecutionRepository(*f.db).create(pending)->id;

            StoreWriter::Options options;
            options.sqliteApi = api;
            StoreWriterThread holder(*f.db, options);
            StoreWriter *w = holder.writer();
            const QDateTime t0 = QDateTime::fromMSecsSinceEpoch(1'700'000'000'123, Qt::UTC);
            // Enough rows for the Qt path's multi-row statements and its single-row tail.
            for (int i = 0; i < 300; ++i) {
                Execution e;
                e.runId = f.runId;
                e.serverId = f.serverId;
                e.attempt = 1 + i % 3;
                if (i % 4 != 0)
                    e.startedAt = t0.addMSecs(i);
                if (i % 5 != 0)
                    e.endedAt = t0.addMSecs(i + 7);
                e.status = ExecutionStatus(i % (int(ExecutionStatus::Interrupted) + 1));
                if (i % 6 != 0)
                    e.exitCode = i % 2 ? -i : i;
                if (i % 7 == 0)
                    e.exitSignal = QStringLiteral("TERM");
                if (i % 8 == 0)
                    e.error = QStringLiteral("übel – 失败 %1").arg(i);
                if (i % 9 != 0)
                    e.stdoutData = QByteArray("out\0\xff", 5) + QByteArray::number(i);
                if (i % 3 == 0)
                    e.stderrData = QByteArray("");
                else if (i % 3 == 1)
                    e.stderrData = "err\n";
                e.stdoutTruncated = i % 10 == 0;
                e.stderrTruncated = i % 11 == 0;
                w->insertExecution(e);
            }
            w->startExecution(id, t0);
            w->appendOutput(id, ExecutionOutputChunk::Stream::Stderr, t0, "x");
            Execution done = pending;
            done.id = id;
            done.status = ExecutionStatus::TimedOut;
            done.startedAt = t0;
            done.endedAt = t0.addSecs(2);
            done.exitSignal = QStringLiteral("KILL");
            done.error = QStringLiteral("timed out after 2 s");
            done.stderrData = "x";
            done.stderrTruncated = true;
            w->finishExecution(done);
            w->finishRun(f.runId, RunStatus::Partial, t0.addSecs(3));
            QVERIFY(w->flush(30000));
            dumps << dumpExecutions(*f.db);
            QVERIFY(ExecutionRepository(*f.db).outputSince(id)->isEmpty());
            auto run = RunRepository(*f.db).find(f.runId);
            QVERIFY(run);
            runStatus << toString(run->status) + QLatin1Char('@') +
                             QString::number(run->finishedAt.toMSecsSinceEpoch());
        }
        QCOMPARE(dumps.at(0).size(), 301);
        QCOMPARE(dumps.at(0), dumps.at(1));
        QCOMPARE(runStatus.at(0), runStatus.at(1));
        // Spot checks of how values are stored: empty output is an empty blob (not NULL), an
        // unset time or exit code is NULL, an unset signal is ''.
        const QStringList first = dumps.at(0).at(1).split(QLatin1Char('|'));
        QCOMPARE(first.at(4), QStringLiteral("NULL"));   // started_at of row 0
        QCOMPARE(first.at(7), QStringLiteral("NULL"));   // exit_code
        QCOMPARE(first.at(8), QStringLiteral("'TERM'")); // exit_signal
        QCOMPARE(first.at(11), QStringLiteral("blob"));  // stdout, empty
        QCOMPARE(first.at(10), QStringLiteral("X''"));
        QVERIFY(first.at(9).contains(QStringLiteral("失败"))); // error, UTF-8
        const QStringList finished = dumps.at(0).at(0).split(QLatin1Char('|'));
        QCOMPARE(finished.at(6), QStringLiteral("timed-out"));
        QCOMPARE(finished.at(8), QStringLiteral("'KILL'"));
    }

    void batchedPathStoresEveryValue() {
        // On every backend: what the writer stores (multi-row inserts and their single-row
        // tail, starts, output, results) reads back exactly through the repository.
        Fixture f = makeFixture(freshPath());
        QVERIFY(f.db);
        StoreWriter::Options options;
        options.sqliteApi = false; // the portable path, as PostgreSQL takes it
        StoreWriterThread holder(*f.db, options);
        StoreWriter *w = holder.writer();
        const QDateTime t0 = QDateTime::fromMSecsSinceEpoch(1'700'000'000'123, Qt::UTC);
        QList<Execution> written;
        for (int i = 0; i < 70; ++i) { // two 32-row statements and a tail of six
            Execution e;
            e.runId = f.runId;
            e.serverId = f.serverId;
            e.attempt = 1 + i % 3;
            if (i % 4 != 0)
                e.startedAt = t0.addMSecs(i);
            if (i % 5 != 0)
                e.endedAt = t0.addMSecs(i + 7);
            e.status = ExecutionStatus(i % (int(ExecutionStatus::Interrupted) + 1));
            if (i % 6 != 0)
                e.exitCode = i % 2 ? -i : i;
            if (i % 7 == 0)
                e.exitSignal = QStringLiteral("TERM");
            if (i % 8 == 0)
                e.error = QStringLiteral("übel – 失败 %1").arg(i);
            if (i % 9 != 0)
                e.stdoutData = QByteArray("out\0\xff", 5) + QByteArray::number(i);
            if (i % 3 == 1)
                e.stderrData = "err\n";
            e.stdoutTruncated = i % 10 == 0;
            e.stderrTruncated = i % 11 == 0;
            w->insertExecution(e);
            written << e;
        }
        QVERIFY(w->flush(30000));
        auto stored = ExecutionRepository(*f.db).listForRun(f.runId);
        QVERIFY2(stored, qPrintable(stored.error().toString()));
        QCOMPARE(stored->size(), written.size());
        QList<Execution> back = stored.value();
        std::sort(back.begin(), back.end(),
                  [](const Execution &a, const Execution &b) { return a.id < b.id; });
        for (qsizetype i = 0; i < written.size(); ++i) {
            const Execution &a = written.at(i);
            const Execution &b = back.at(i);
            QCOMPARE(b.attempt, a.attempt);
            QCOMPARE(b.startedAt, a.startedAt);
            QCOMPARE(b.endedAt, a.endedAt);
            QVERIFY(b.status == a.status);
            QCOMPARE(b.exitCode, a.exitCode);
            QCOMPARE(b.exitSignal, a.exitSignal);
            QCOMPARE(b.error, a.error);
            QCOMPARE(b.stdoutData, a.stdoutData);
            QCOMPARE(b.stderrData, a.stderrData);
            QCOMPARE(b.stdoutTruncated, a.stdoutTruncated);
            QCOMPARE(b.stderrTruncated, a.stderrTruncated);
        }
    }

    void keepsResultsWhileTheDatabaseIsAway() {
        // A daemon whose database restarts (or whose network goes) keeps every result it
        // holds and writes it once the database is back: nothing is lost, nothing doubled.
        if (!m_backend.isPostgres())
            QSKIP("needs a database server that can go away: PostgreSQL");
        Fixture f = makeFixture(freshPath());
        QVERIFY(f.db);
        StoreWriterThread holder(*f.db);
        StoreWriter *w = holder.writer();
        for (int i = 1; i <= 100; ++i)
            w->insertExecution(result(f, i));
        QVERIFY(w->flush(10000));
        m_backend.postgres()->stop();
        for (int i = 101; i <= 300; ++i)
            w->insertExecution(result(f, i));
        w->finishRun(f.runId, RunStatus::Partial, QDateTime::currentDateTimeUtc());
        QTest::qWait(1500); // the writer tries, fails, keeps the batch and backs off
        QVERIFY(w->queued() > 0 || w->doneTicket() < 301);
        QVERIFY2(m_backend.postgres()->start(), qPrintable(m_backend.postgres()->error()));
        QVERIFY(w->flush(30000));
        // This thread's connection was cut by the restart too: its first use says so (and is
        // reopened), the next one works.
        if (auto first = RunRepository(*f.db).find(f.runId); !first)
            QVERIFY2(first.error().kind == StoreError::Kind::Unavailable,
                     qPrintable(first.error().toString()));
        QCOMPARE(countRows(*f.db, QStringLiteral("SELECT COUNT(*) FROM executions")), 300);
        QCOMPARE(
            countRows(*f.db, QStringLiteral("SELECT COUNT(DISTINCT exit_code) FROM executions")),
            300);
        QVERIFY(RunRepository(*f.db).find(f.runId)->status == RunStatus::Partial);
    }

    void finishingAVanishedExecutionIsReported_data() {
        QTest::addColumn<bool>("api");
        QTest::newRow("sqlite api") << true;
        QTest::newRow("qt sql") << false;
    }

    void finishingAVanishedExecutionIsReported() {
        QFETCH(bool, api);
        Fixture f = makeFixture(freshPath());
        QVERIFY(f.db);
        StoreWriter::Options options;
        options.sqliteApi = api;
        StoreWriterThread holder(*f.db, options);
        QSignalSpy failed(holder.writer(), &StoreWriter::writeFailed);
        holder.writer()->insertExecution(result(f, 1));
        Execution gone = result(f, 2);
        gone.id = 4242;
        const quint64 ticket = holder.writer()->finishExecution(gone);
        holder.writer()->insertExecution(result(f, 3));
        QVERIFY(holder.writer()->flush(10000));
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(failed.first().at(0).toULongLong(), ticket);
        QVERIFY2(failed.first().at(1).toString().contains(
                     QStringLiteral("execution 4242: it no longer exists")),
                 qPrintable(failed.first().at(1).toString()));
        QCOMPARE(countRows(*f.db, QStringLiteral("SELECT COUNT(*) FROM executions")), 2);
    }

    void oneBadWriteDoesNotSinkTheBatch_data() {
        QTest::addColumn<bool>("api");
        QTest::newRow("sqlite api") << true;
        QTest::newRow("qt sql") << false;
    }

    void oneBadWriteDoesNotSinkTheBatch() {
        QFETCH(bool, api);
        Fixture f = makeFixture(freshPath());
        QVERIFY(f.db);
        StoreWriter::Options options;
        options.sqliteApi = api;
        StoreWriterThread holder(*f.db, options);
        QSignalSpy failed(holder.writer(), &StoreWriter::writeFailed);
        for (int i = 1; i <= 100; ++i) {
            Execution e = result(f, i);
            if (i == 50)
                e.runId = 987654; // its run is gone
            holder.writer()->insertExecution(e);
        }
        QVERIFY(holder.writer()->flush(10000));
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(failed.first().at(0).toULongLong(), quint64(50));
        QVERIFY(failed.first().at(1).toString().contains(QStringLiteral("run 987654")));
        QCOMPARE(countRows(*f.db, QStringLiteral("SELECT COUNT(*) FROM executions")), 99);
    }

    void enqueuesFromManyThreads() {
        Fixture f = makeFixture(freshPath());
        QVERIFY(f.db);
        StoreWriterThread holder(*f.db);
        QList<QThread *> producers;
        for (int p = 0; p < 4; ++p) {
            producers << QThread::create([&, p] {
                for (int i = 0; i < 5000; ++i)
                    holder.writer()->insertExecution(result(f, p * 5000 + i));
            });
        }
        for (QThread *t : producers)
            t->start();
        for (QThread *t : producers) {
            QVERIFY(t->wait(30000));
            delete t;
        }
        QVERIFY(holder.writer()->flush(30000));
        QCOMPARE(countRows(*f.db, QStringLiteral("SELECT COUNT(*) FROM executions")), 20000);
        QCOMPARE(
            countRows(*f.db, QStringLiteral("SELECT COUNT(DISTINCT exit_code) FROM executions")),
            20000);
    }

    void concurrentReadersWhileWriterWrites() {
        Fixture f = makeFixture(freshPath());
        QVERIFY(f.db);
        StoreWriterThread holder(*f.db);
        QAtomicInt stop;
        QAtomicInt readerErrors;
        QAtomicInt regressions;
        QAtomicInt reads;
        QList<QThread *> readers;
        for (int r = 0; r < 4; ++r) {
            readers << QThread::create([&] {
                // Each reader thread gets its own connection from Database, as the engine's do.
                ExecutionRepository executions(*f.db);
                qint64 last = 0;
                ExecutionRepository::Filter filter;
                filter.runId = f.runId;
                while (!stop.loadAcquire()) {
                    auto n = executions.count(filter);
                    if (!n) {
                        readerErrors.ref();
                        continue;
                    }
                    if (n.value() < last)
                        regressions.ref();
                    last = n.value();
                    filter.limit = 50;
                    if (!executions.list(filter))
                        readerErrors.ref();
                    reads.ref();
                }
            });
        }
        for (QThread *t : readers)
            t->start();
        for (int i = 1; i <= 50000; ++i) {
            holder.writer()->insertExecution(result(f, i));
            if (i % 5000 == 0)
                QThread::msleep(5);
        }
        QVERIFY(holder.writer()->flush(60000));
        stop.storeRelease(1);
        for (QThread *t : readers) {
            QVERIFY(t->wait(30000));
            delete t;
        }
        QCOMPARE(readerErrors.loadRelaxed(), 0);
        QCOMPARE(regressions.loadRelaxed(), 0);
        QVERIFY(reads.loadRelaxed() > 4);
        QCOMPARE(countRows(*f.db, QStringLiteral("SELECT COUNT(*) FROM executions")), 50000);
    }

    void shutdownDrainsTheQueue() {
        Fixture f = makeFixture(freshPath());
        QVERIFY(f.db);
        {
            StoreWriter::Options slow;
            slow.flushIntervalMs = 10000; // nothing would be written before shutdown on its own
            slow.batchSize = 100000;
            StoreWriterThread holder(*f.db, slow);
            for (int i = 1; i <= 3000; ++i)
                holder.writer()->insertExecution(result(f, i));
        }
        QCOMPARE(countRows(*f.db, QStringLiteral("SELECT COUNT(*) FROM executions")), 3000);
    }

    void reopensAfterKillWithEveryAcknowledgedRow() {
        const DatabaseLocation location = freshPath();
        const QString where = location.backend() == SqlDialect::Backend::SQLite
                                  ? location.sqlitePath()
                                  : m_backend.postgresUrl(location);
        QProcess helper;
        helper.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        helper.start(QStringLiteral(FLEETCRON_STORE_KILL_HELPER), {where});
        QVERIFY2(helper.waitForStarted(10000), qPrintable(helper.errorString()));

        quint64 acked = 0;
        QByteArray pending;
        QElapsedTimer clock;
        clock.start();
        // Let it write for a while, and kill it only once plenty has been acknowledged.
        while ((acked < 20000 || clock.elapsed() < 1500) && clock.elapsed() < 60000) {
            if (!helper.waitForReadyRead(1000)) {
                QVERIFY2(helper.state() == QProcess::Running, "the helper ended on its own");
                continue;
            }
            pending += helper.readAllStandardOutput();
            qsizetype nl;
            while ((nl = pending.indexOf('\n')) >= 0) {
                const QByteArray line = pending.left(nl);
                pending.remove(0, nl + 1);
                if (line.startsWith("acked "))
                    acked = qMax(acked, line.mid(6).toULongLong());
            }
        }
        helper.kill(); // SIGKILL, in the middle of writing
        QVERIFY(helper.waitForFinished(10000));
        QVERIFY(helper.exitStatus() == QProcess::CrashExit);
        // Anything printed before it died still counts as acknowledged.
        pending += helper.readAllStandardOutput();
        for (const QByteArray &line : pending.split('\n')) {
            if (line.startsWith("acked "))
                acked = qMax(acked, line.mid(6).toULongLong());
        }
        QVERIFY2(acked >= 1000, qPrintable(QString::number(acked)));

        auto db = Database::open(location);
        QVERIFY2(db, qPrintable(db.error().toString()));
        if (!m_backend.isPostgres()) {
            QSqlQuery q(db.value()->connection().value());
            QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
        }
        QCOMPARE(
            countRows(
                *db.value(),
                QStringLiteral("SELECT COUNT(*) FROM executions WHERE exit_code <= %1").arg(acked)),
            qint64(acked));
        QVERIFY(countRows(*db.value(), QStringLiteral("SELECT COUNT(*) FROM executions")) >=
                qint64(acked));
        qInfo("acknowledged before the kill: %llu rows", static_cast<unsigned long long>(acked));
        // Still usable for writing after the crash.
        StoreWriterThread holder(*db.value());
        Execution e;
        e.runId = 1;
        e.serverId = 1;
        holder.writer()->insertExecution(e);
        QVERIFY(holder.writer()->flush(10000));
    }
};

QTEST_GUILESS_MAIN(TestStoreWriter)
#include "TestStoreWriter.moc"
