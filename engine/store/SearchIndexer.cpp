#include "SearchIndexer.h"

#include "Database.h"
#include "SearchText.h"
#include "SqlDialect.h"
#include "ThreadPriority.h"
#include "Transaction.h"
#include "WriterStatements.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <utility>

namespace fleetcron {

SearchIndexer::SearchIndexer(Database &db, bool allowNative)
    : m_db(db)
    , m_allowNative(allowNative) {}

StoreResult<SearchIndexer::Step> SearchIndexer::step(int maxRows) {
    if (m_db.dialect().backend() == SqlDialect::Backend::PostgreSQL)
        return postgresStep(maxRows);
    auto conn = m_db.searchConnection();
    if (!conn)
        return conn.error();
    if (!m_checkpointsOff) {
        // See checkpoint(). The store writer checkpoints the database between its batches.
        QSqlQuery(conn.value()).exec(QStringLiteral("PRAGMA wal_autocheckpoint=0"));
        m_checkpointsOff = true;
    }
    const QString doing = QStringLiteral("index stored output for search");
    // What waits, read without a lock: WAL readers see the last commit.
    Documents documents;
    Read done;
    {
        QSqlQuery q(conn.value());
        if (auto read = m_db.run(q, pendingOutputs(false), {maxRows}, doing); !read)
            return read.error();
        documents = readDocuments(q, done);
    }
    QStringList removed;
    {
        QSqlQuery q(conn.value());
        if (auto read = m_db.run(q,
                                 QStringLiteral("SELECT execution_id FROM execution_search_removed "
                                                "ORDER BY execution_id LIMIT ?"),
                                 {removalChunk}, doing);
            !read)
            return read.error();
        while (q.next())
            removed << q.value(0).toString();
    }
    if (done.ids.isEmpty() && removed.isEmpty())
        return Step{};
    // The index file: a deferred BEGIN locks only the files it writes, so this holds the
    // index's lock alone, and FTS5's merges at its commit keep no result or claim waiting.
    if (auto written = writeIndexFile(conn.value(), documents, removed); !written)
        return written.error();
    if (m_beforeClearing && !done.ids.isEmpty())
        m_beforeClearing();
    // Then the database forgets what the file now holds (committed to disk first: FULL).
    // A crash between the two indexes them again (INSERT OR REPLACE) or deletes them twice.
    // This lock is the one the scheduler's claims wait for: held at their priority, not at
    // the indexer's lowered one (a prune's million deletions made claims wait behind it).
    const ThreadPriority::Raised raised;
    Transaction tx(conn.value(), m_db.dialect());
    if (!tx.ok())
        return tx.error();
    // On this connection: the thread's other one would wait for the lock this one holds.
    int cleared = 0;
    if (!done.ids.isEmpty()) {
        QSqlQuery q(conn.value());
        if (auto gone = m_db.run(q, clearPending(done), {}, doing); !gone)
            return gone.error();
        cleared = q.numRowsAffected();
    }
    if (!removed.isEmpty()) {
        // Numbers this code read, so the list is safe to write into the statement.
        QSqlQuery q(conn.value());
        if (auto gone = m_db.run(
                q,
                QStringLiteral("DELETE FROM execution_search_removed WHERE execution_id IN (%1)")
                    .arg(removed.join(u',')),
                {}, doing);
            !gone)
            return gone.error();
    }
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    // A row left (its result stored again since it was read) is for the next step, now.
    return Step{int(cleared + removed.size()), int(removed.size()),
                done.ids.size() == maxRows || removed.size() == removalChunk ||
                    cleared < done.ids.size()};
}

StoreResult<void> SearchIndexer::writeIndexFile(QSqlDatabase &conn, const Documents &documents,
                                                const QStringList &removed) {
    const QString doing = QStringLiteral("write the search index");
    QSqlQuery q(conn);
    if (!q.exec(QStringLiteral("BEGIN")))
        return m_db.failure(q.lastError(), doing);
    const auto rollBack = [&conn](const StoreError &error) -> StoreResult<void> {
        QSqlQuery(conn).exec(QStringLiteral("ROLLBACK"));
        return error;
    };
    // Removals first: an id is never used twice (AUTOINCREMENT), so this order is only for
    // clarity, never for correctness.
    if (!removed.isEmpty() &&
        !q.exec(QStringLiteral("DELETE FROM search.execution_search WHERE rowid IN (%1)")
                    .arg(removed.join(u','))))
        return rollBack(m_db.failure(q.lastError(), doing));
    const auto st = WriterStatements::create(m_db, conn, m_allowNative);
    for (const auto &[id, document] : documents) {
        if (const StoreError error = st->indexOutput(id, document); error.isError())
            return rollBack(error);
    }
    if (!q.exec(QStringLiteral("COMMIT")))
        return rollBack(m_db.failure(q.lastError(), doing));
    return {};
}

QString SearchIndexer::pendingOutputs(bool postgres) {
    // An execution deleted meanwhile took its pending row with it (the foreign key).
    return QStringLiteral("SELECT p.execution_id, p.generation, e.stdout, e.stderr FROM "
                          "execution_search_pending p JOIN executions e ON e.id = "
                          "p.execution_id ORDER BY p.execution_id LIMIT ?") +
           (postgres ? QStringLiteral(" FOR UPDATE OF p SKIP LOCKED") : QString());
}

SearchIndexer::Documents SearchIndexer::readDocuments(QSqlQuery &q, Read &done) {
    // The documents (distinct words, capped) are kept rather than the outputs themselves.
    Documents documents;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        QByteArray document =
            SearchText::document(q.value(2).toByteArray(), q.value(3).toByteArray());
        if (!document.isEmpty())
            documents.append({id, std::move(document)});
        done.ids << QString::number(id);
        done.rows << QStringLiteral("(%1,%2)").arg(id).arg(q.value(1).toLongLong());
    }
    q.finish();
    return documents;
}

QString SearchIndexer::clearPending(const Read &done) {
    // Numbers this code read, so they are safe to write into the statement. A result stored
    // for an output after it was read moved its row's generation (WriterStatements::
    // queueIndexSql): that row stays, and the output is indexed again from what is stored now.
    // Without it the store's mark found the row there, the step then deleted it, and the index
    // kept the earlier result's words. The id list finds the rows by primary key (on a row
    // value IN alone, SQLite scans the table).
    return QStringLiteral("DELETE FROM execution_search_pending WHERE execution_id IN (%1) AND "
                          "(execution_id, generation) IN (VALUES %2)")
        .arg(done.ids.join(u','), done.rows.join(u','));
}

StoreResult<SearchIndexer::Step> SearchIndexer::postgresStep(int maxRows) {
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    const auto st = WriterStatements::create(m_db, conn.value(), m_allowNative);
    Transaction tx(conn.value(), m_db.dialect());
    if (!tx.ok())
        return tx.error();
    const QString doing = QStringLiteral("index stored output for search");
    // Read to the end before writing: on PostgreSQL the driver streams a forward-only result
    // row by row, and another statement on the connection would cut it off after the first.
    Read done;
    Documents documents;
    {
        QSqlQuery q(conn.value());
        if (auto read = m_db.run(q, pendingOutputs(true), {maxRows}, doing); !read)
            return read.error();
        documents = readDocuments(q, done);
    }
    for (const auto &[id, document] : std::as_const(documents)) {
        if (const StoreError error = st->indexOutput(id, document); error.isError())
            return error;
    }
    if (m_beforeClearing && !done.ids.isEmpty())
        m_beforeClearing();
    // The rows are locked since they were read, so a result stored meanwhile waits for this
    // commit to mark its output again (queueIndexSql's DO UPDATE); the generation check is
    // the SQLite path's, and holds here too.
    int cleared = 0;
    if (!done.ids.isEmpty()) {
        auto gone = m_db.rowsChanged(clearPending(done), {}, doing);
        if (!gone)
            return gone.error();
        cleared = gone.value();
    }
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return Step{cleared, 0, done.ids.size() == maxRows || cleared < done.ids.size()};
}

StoreResult<void> SearchIndexer::checkpoint() {
    if (m_db.dialect().backend() != SqlDialect::Backend::SQLite)
        return {};
    auto conn = m_db.searchConnection();
    if (!conn)
        return conn.error();
    QSqlQuery q(conn.value());
    // PASSIVE: copies what no reader still needs and never waits for anyone.
    if (!q.exec(QStringLiteral("PRAGMA search.wal_checkpoint(PASSIVE)")))
        return m_db.failure(q.lastError(), QStringLiteral("checkpoint the search index"));
    return {};
}

StoreResult<qint64> SearchIndexer::backlog() {
    // On SQLite, index rows of deleted executions wait to go too (migration 0019).
    const bool sqlite = m_db.dialect().backend() == SqlDialect::Backend::SQLite;
    auto q = m_db.exec(sqlite ? QStringLiteral("SELECT (SELECT COUNT(*) FROM "
                                               "execution_search_pending) + (SELECT COUNT(*) FROM "
                                               "execution_search_removed)")
                              : QStringLiteral("SELECT COUNT(*) FROM execution_search_pending"),
                       {}, QStringLiteral("count the outputs waiting for the search index"));
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : 0;
}

} // namespace fleetcron
