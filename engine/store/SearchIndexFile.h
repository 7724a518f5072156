#pragma once

#include "StoreResult.h"

#include <QString>

class QSqlDatabase;

namespace fleetcron {

// SQLite's search index, in a file of its own beside the database: "<database>-search"
// (migration 0019, docs/SEARCH.md). A file has one write lock; in the database's own file the
// index's inserts and FTS5's merges held the lock the store writer and the scheduler's claims
// need. Here they hold only the index file's, on the indexer's thread.
//
// The file is attached as schema `search` to the connections that search or index, never to
// the store writer's: BEGIN IMMEDIATE takes the write lock of every attached file, and the
// writer's transactions must not wait for the indexer's.
//
// The index is derived data: rebuilt from the stored outputs whenever it is not the file this
// database was last paired with (pair()).
class SearchIndexFile {
public:
    static constexpr const char *schema = "search";

    // The index file of the SQLite database at `databasePath` (":memory:" for one in memory).
    static QString pathFor(const QString &databasePath);

    // Attaches the index file to `db` (SQLite) as `search`, with WAL and the FTS5 table,
    // created when the file is new. The caller makes sure it is not attached yet.
    static StoreResult<void> attach(QSqlDatabase &db, const QString &databasePath);

    // On a connection with the file attached, after migrations: when the file does not carry
    // this database's pairing token, every stored output is queued for indexing again, the
    // index emptied and a new token written into both, in one transaction that holds both
    // files' locks. A crash that keeps one file's part and not the other's leaves the tokens
    // different, so the next open does it again.
    // Returns how many outputs were queued for the rebuild; -1 when the file was paired.
    static StoreResult<qint64> pair(QSqlDatabase &db);
};

} // namespace fleetcron
