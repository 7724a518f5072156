#include "SearchIndexFile.h"

#include "SqlDialect.h"
#include "Transaction.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace fleetcron {
namespace {

StoreError fileError(const QString &what, const QSqlError &error) {
    const bool busy = error.text().contains(QStringLiteral("locked")) ||
                      error.nativeErrorCode() == QStringLiteral("5");
    return StoreError::make(busy ? StoreError::Kind::Busy : StoreError::Kind::Unavailable,
                            QStringLiteral("cannot %1").arg(what), {}, error.text());
}

// Runs each statement on `db`; the first failure is returned as `what` failing.
StoreResult<void> runAll(QSqlDatabase &db, const QStringList &statements, const QString &what) {
    for (const QString &sql : statements) {
        QSqlQuery q(db);
        if (!q.exec(sql))
            return fileError(what, q.lastError());
    }
    return {};
}

StoreResult<QString> token(QSqlDatabase &db, const QString &table, const QString &what) {
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT token FROM %1").arg(table)))
        return fileError(what, q.lastError());
    return q.next() ? q.value(0).toString() : QString();
}

// FTS5, rowid = executions.id; no positions (detail) and no sizes (columnsize): nothing ranks,
// and search checks the exact text in the stored output. Not contentless: SQLite 3.40 cannot
// delete from a contentless table by rowid. Fewer, larger segments for chunks of hundreds of
// documents: an 8 MiB hash (default 1 MiB) and merges of 8 segments a level (default 4).
QStringList indexTable() {
    return {QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS search.execution_search USING "
                           "fts5(body, tokenize = 'unicode61 remove_diacritics 0', detail = none, "
                           "columnsize = 0)"),
            QStringLiteral("INSERT INTO search.execution_search (execution_search, rank) VALUES "
                           "('hashsize', 8388608)"),
            QStringLiteral("INSERT INTO search.execution_search (execution_search, rank) VALUES "
                           "('automerge', 8)")};
}

} // namespace

QString SearchIndexFile::pathFor(const QString &databasePath) {
    if (databasePath == QStringLiteral(":memory:"))
        return databasePath;
    return databasePath + QStringLiteral("-search");
}

StoreResult<void> SearchIndexFile::attach(QSqlDatabase &db, const QString &databasePath) {
    const QString what = QStringLiteral("open the search index %1").arg(pathFor(databasePath));
    {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("ATTACH DATABASE ? AS search"));
        q.addBindValue(pathFor(databasePath));
        if (!q.exec())
            return fileError(what, q.lastError());
    }
    // WAL as the database has, so searches read while the indexer writes. FULL: an index
    // commit is on disk before the indexer clears its outputs' pending rows in the database,
    // so not even a power cut can leave an output neither indexed nor waiting. The fsync is
    // the indexer thread's alone.
    if (auto set = runAll(db,
                          {QStringLiteral("PRAGMA search.journal_mode=WAL"),
                           QStringLiteral("PRAGMA search.synchronous=FULL")},
                          what);
        !set)
        return set;
    QSqlQuery exists(db);
    if (!exists.exec(QStringLiteral("SELECT 1 FROM search.sqlite_master WHERE name = "
                                    "'search_index_pairing'")))
        return fileError(what, exists.lastError());
    if (exists.next())
        return {};
    exists.finish();
    // A new file: made whole in one transaction, so a file with the pairing table has the
    // index too. Two openers racing here both succeed (IF NOT EXISTS; the settings are equal).
    QStringList made{QStringLiteral("BEGIN")};
    made << indexTable()
         << QStringLiteral("CREATE TABLE IF NOT EXISTS search.search_index_pairing (token TEXT)")
         << QStringLiteral("COMMIT");
    if (auto created = runAll(db, made, what); !created) {
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return created;
    }
    return {};
}

StoreResult<qint64> SearchIndexFile::pair(QSqlDatabase &db) {
    const QString what = QStringLiteral("check the search index belongs to this database");
    // BEGIN IMMEDIATE on this connection takes both files' write locks: no indexer (of this
    // process or another) writes either file between the check and the rebuild, and a second
    // process opening the database at the same time finds the pair already made.
    Transaction tx(db, SqlDialect(SqlDialect::Backend::SQLite));
    if (!tx.ok())
        return tx.error();
    auto mine = token(db, QStringLiteral("main.search_index_pairing"), what);
    if (!mine)
        return mine.error();
    auto theirs = token(db, QStringLiteral("search.search_index_pairing"), what);
    if (!theirs)
        return theirs.error();
    if (mine.value() == theirs.value()) {
        if (auto committed = tx.commit(); !committed)
            return committed.error();
        return qint64(-1);
    }
    // Every stored output waits for the index again (search checks waiting outputs exactly,
    // so answers stay complete while the index is rebuilt); the file is dropped and made
    // again (an FTS5 DELETE of millions of rows takes minutes, one row at a time); and both
    // files get a new token. The commit is atomic per file only (WAL): if one file's part is
    // lost in a crash, the tokens differ and the next open does all of it again. An output
    // already waiting gets a new generation (migration 0020): an indexer of another process
    // that read it before the file was emptied must not clear it.
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("INSERT INTO execution_search_pending (execution_id) "
                               "SELECT id FROM executions WHERE length(stdout) > 0 OR "
                               "length(stderr) > 0 ON CONFLICT (execution_id) DO UPDATE SET "
                               "generation = execution_search_pending.generation + 1")))
        return fileError(what, q.lastError());
    const qint64 queued = q.numRowsAffected();
    QStringList rebuild{
        QStringLiteral("DELETE FROM execution_search_removed"),
        QStringLiteral("UPDATE main.search_index_pairing SET token = lower(hex(randomblob(16)))"),
        QStringLiteral("DROP TABLE IF EXISTS search.execution_search")};
    rebuild << indexTable() << QStringLiteral("DELETE FROM search.search_index_pairing")
            << QStringLiteral("INSERT INTO search.search_index_pairing (token) "
                              "SELECT token FROM main.search_index_pairing");
    if (auto done = runAll(db, rebuild, what); !done)
        return done.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return queued;
}

} // namespace fleetcron
