// A result stored for an output while the search indexer is indexing it (migration 0020), on
// SQLite and PostgreSQL (registered twice). The indexer reads what waits, writes the index, then
// clears the pending rows; a second, different result stored for the same execution between
// the read and the clearing used to find its pending row there (the mark did nothing), the
// indexer then deleted it, and the index kept the first result's words: a search for a word
// only the second result has missed that execution for good. SearchIndexer's test hook stores
// the second result at exactly that moment, so the race is the same on every run.
#include "service/SearchService.h"
#include "store/Database.h"
#include "store/ExecutionRepository.h"
#include "store/MigrationRunner.h"
#include "store/RunRepository.h"
#include "store/SearchIndexer.h"
#include "store/ServerRepository.h"
#include "store/StoreWriterThread.h"
#include "store/TaskRepository.h"
#include "store/WriterStatements.h"

#include "StoreTestBackend.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <memory>

using namespace fleetcron;

class TestSearchIndexRace : public QObject {
    Q_OBJECT

    test::StoreTestBackend m_backend;
    DatabaseLocation m_location;
    std::unique_ptr<Database> m_db;
    qint64 m_server = 0;
    qint64 m_task = 0;
    int m_minute = 0;

    // On the search connection: on SQLite the index is the attached file (SearchIndexFile).
    QVariant scalar(const QString &sql) {
        QSqlQuery q(m_db->searchConnection().value());
        if (!q.exec(sql) || !q.next())
            return QStringLiteral("<%1>").arg(q.lastError().text());
        return q.value(0);
    }
    qint64 pending() {
        return scalar(QStringLiteral("SELECT COUNT(*) FROM execution_search_pending")).toLongLong();
    }
    // The words the index holds for one execution.
    QString indexed(qint64 id) {
        return scalar(m_backend.isPostgres()
                          ? QStringLiteral("SELECT doc::text FROM execution_search WHERE "
                                           "execution_id = %1")
                                .arg(id)
                          : QStringLiteral("SELECT body FROM search.execution_search WHERE "
                                           "rowid = %1")
                                .arg(id))
            .toString();
    }
    QList<qint64> found(const QString &text) {
        auto page = SearchService(*m_db).search(text, {});
        if (!page)
            return {-1};
        QList<qint64> ids;
        for (const auto &hit : page->hits)
            ids << hit.executionId;
        return ids;
    }

    // An execution with `output`, stored and waiting for the index, as the writer leaves it.
    Execution stored(const QByteArray &output) {
        Run r;
        r.taskId = m_task;
        r.scheduledFor = QDateTime::currentDateTimeUtc().addSecs(60 * ++m_minute);
        Execution e;
        e.runId = RunRepository(*m_db).create(r)->id;
        e.serverId = m_server;
        e.status = ExecutionStatus::Succeeded;
        e.startedAt = r.scheduledFor;
        e.endedAt = e.startedAt.addSecs(1);
        e.stdoutData = output;
        auto inserted = ExecutionRepository(*m_db).create(e);
        if (!inserted)
            return {};
        // SQLite: the repository queued it as the writer does. PostgreSQL: it wrote the index
        // row itself; the writer's mark makes it wait all the same.
        if (m_backend.isPostgres() &&
            !m_db->apply(QString::fromLatin1(WriterStatements::queueIndexSql()), {inserted->id},
                         QStringLiteral("queue for the index")))
            return {};
        return inserted.value();
    }

private slots:
    void initTestCase() {
        QVERIFY2(m_backend.start(), qPrintable(m_backend.error()));
        qInfo("search index race tests on %s", qPrintable(m_backend.name()));
        m_location = m_backend.freshLocation();
        auto db = Database::open(m_location);
        QVERIFY2(db, db ? "" : qPrintable(db.error().toString()));
        m_db = std::move(db).value();
        Server s;
        s.name = QStringLiteral("web");
        s.host = QStringLiteral("127.0.0.1");
        m_server = ServerRepository(*m_db).create(s)->id;
        Task t;
        t.name = QStringLiteral("task");
        t.body = QStringLiteral("true");
        t.schedule = QStringLiteral("@hourly");
        m_task = TaskRepository(*m_db).create(t)->id;
    }

    // The second result is stored after the indexer read the first and wrote it to the index,
    // before it clears the pending row: once the indexer is done, the index holds the second.
    void aResultStoredWhileIndexingIsIndexed() {
        const Execution first = stored("first result: aardvarkfirst\n");
        QVERIFY(first.id > 0);
        QCOMPARE(pending(), 1);
        Execution second = first;
        second.status = ExecutionStatus::Failed;
        second.stdoutData = "second result: zebrasecond\n";

        SearchIndexer indexer(*m_db);
        int calls = 0;
        std::unique_ptr<StoreWriterThread> writer;
        indexer.setBeforeClearing([&] {
            if (calls++ > 0)
                return;
            // The first result is in the index by now: the premise.
            QVERIFY2(indexed(first.id).contains(QStringLiteral("aardvarkfirst")),
                     qPrintable(indexed(first.id)));
            if (!m_backend.isPostgres()) {
                // SQLite: the step holds no lock here; the repository marks the output again.
                auto updated = ExecutionRepository(*m_db).update(second);
                QVERIFY2(updated, updated ? "" : qPrintable(updated.error().toString()));
                return;
            }
            // PostgreSQL: this thread's connection is in the step's transaction, which holds
            // the pending row; the engine's store writer stores the result on its own.
            writer = std::make_unique<StoreWriterThread>(*m_db);
            writer->writer()->finishExecution(second);
            // Its mark waits for the step's commit (before the fix it did nothing at once).
            QVERIFY(!writer->writer()->flush(2000));
        });
        for (int i = 0; i < 5 && indexer.backlog().value() > 0; ++i) {
            auto step = indexer.step(1024);
            QVERIFY2(step, step ? "" : qPrintable(step.error().toString()));
            if (writer)
                QVERIFY(writer->writer()->flushIndex(60000));
        }
        writer.reset();
        QVERIFY(calls >= 1);
        QCOMPARE(indexer.backlog().value(), 0);
        QCOMPARE(pending(), 0);

        QCOMPARE(found(QStringLiteral("zebrasecond")), QList<qint64>{first.id});
        QCOMPARE(found(QStringLiteral("aardvarkfirst")), QList<qint64>());
        const QString words = indexed(first.id);
        QVERIFY2(words.contains(QStringLiteral("zebrasecond")), qPrintable(words));
        QVERIFY2(!words.contains(QStringLiteral("aardvarkfirst")), qPrintable(words));
    }

    // Storing a result for an output already waiting moves its generation; an indexer clears
    // a row only at the generation it read, and leaves it for its next step otherwise.
    void theMarkMovesTheGeneration() {
        const Execution e = stored("generation check\n");
        QVERIFY(e.id > 0);
        const QString generation =
            QStringLiteral("SELECT generation FROM execution_search_pending WHERE "
                           "execution_id = %1")
                .arg(e.id);
        const qint64 before = scalar(generation).toLongLong();
        const QString mark = QString::fromLatin1(WriterStatements::queueIndexSql());
        QVERIFY(m_db->apply(mark, {e.id}, QStringLiteral("queue for the index")));
        QCOMPARE(scalar(generation).toLongLong(), before + 1);
        QCOMPARE(pending(), 1);

        SearchIndexer indexer(*m_db);
        int calls = 0;
        indexer.setBeforeClearing([&] {
            if (calls++ == 0 && !m_backend.isPostgres())
                QVERIFY(m_db->apply(mark, {e.id}, QStringLiteral("queue for the index")));
        });
        auto step = indexer.step(1024);
        QVERIFY2(step, step ? "" : qPrintable(step.error().toString()));
        if (!m_backend.isPostgres()) {
            QCOMPARE(step->indexed, 0);
            QVERIFY(step->more); // the row stayed: indexed again at once
            QCOMPARE(scalar(generation).toLongLong(), before + 2);
            step = indexer.step(1024);
            QVERIFY(step);
        }
        QCOMPARE(step->indexed, 1);
        QVERIFY(!step->more);
        QCOMPARE(pending(), 0);
        QCOMPARE(calls, m_backend.isPostgres() ? 1 : 2);
    }

    // Migration 0020 runs again over itself (tests re-apply what is above an older version),
    // keeping what waits.
    void migrationKeepsWhatWaits() {
        const Execution e = stored("waiting through the migration\n");
        QVERIFY(e.id > 0);
        QCOMPARE(pending(), 1);
        {
            QSqlQuery q(m_db->connection().value());
            QVERIFY(q.exec(QStringLiteral("DELETE FROM schema_version WHERE version >= 20")));
        }
        m_db.reset();
        auto db = Database::open(m_location);
        QVERIFY2(db, db ? "" : qPrintable(db.error().toString()));
        m_db = std::move(db).value();
        QVERIFY(MigrationRunner::latestVersion() >= 20);
        QCOMPARE(m_db->schemaVersion(), MigrationRunner::latestVersion());
        QCOMPARE(pending(), 1);
        QCOMPARE(scalar(QStringLiteral("SELECT execution_id FROM execution_search_pending"))
                     .toLongLong(),
                 e.id);
        QVERIFY(m_db->apply(QString::fromLatin1(WriterStatements::queueIndexSql()), {e.id},
                            QStringLiteral("queue for the index")));
        SearchIndexer indexer(*m_db);
        auto step = indexer.step(1024);
        QVERIFY2(step, step ? "" : qPrintable(step.error().toString()));
        QCOMPARE(step->indexed, 1);
        QCOMPARE(pending(), 0);
        QCOMPARE(found(QStringLiteral("migration")), QList<qint64>{e.id});
    }

    void cleanupTestCase() { m_db.reset(); }
};

QTEST_GUILESS_MAIN(TestSearchIndexRace)
#include "TestSearchIndexRace.moc"
