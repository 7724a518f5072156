#pragma once

#include "StoreResult.h"

#include <QByteArray>
#include <QList>
#include <QStringList>
#include <QtGlobal>

#include <functional>
#include <utility>

class QSqlDatabase;
class QSqlQuery;

namespace fleetcron {

class Database;

// Writes the search index rows of the outputs waiting in execution_search_pending (migration
// 0016), oldest first, a chunk a step, each the SearchText::document of its stored stdout and
// stderr. A crash leaves each output either indexed or still waiting, never lost to search.
//
// SQLite (migration 0019): the index is a file of its own (SearchIndexFile). A step reads what
// waits without a lock, writes the index file in a transaction that holds that file's lock
// alone, then clears the pending rows in the database; it also takes the index rows of
// deleted executions out (execution_search_removed), which retention and task removals queue.
// A result stored again meanwhile moved its pending row's generation (migration 0020): only
// rows whose generation is the one read are cleared, so that output is indexed again.
// PostgreSQL: index rows and the pending rows' removal commit together; the chunk is taken
// FOR UPDATE SKIP LOCKED, so daemons sharing a database index different outputs (and a result
// stored meanwhile waits to move its row's generation until the step commits), and the
// index rows of deleted executions go with them (ON DELETE CASCADE).
//
// Runs on its own thread (SearchIndexWorker).
class SearchIndexer {
public:
    struct Step {
        int indexed = 0;   // pending rows and removals done (with or without output to index)
        int removed = 0;   // of which index rows of deleted executions (SQLite)
        bool more = false; // a chunk was full, or a row stayed (stored again): more waits
    };
    // Index rows of deleted executions taken out per step (SQLite): one DELETE each.
    static constexpr int removalChunk = 1024;

    explicit SearchIndexer(Database &db, bool allowNative = true);

    StoreResult<Step> step(int maxRows);
    // How many outputs wait (and, on SQLite, index rows of deleted executions).
    StoreResult<qint64> backlog();
    // SQLite: copies the index file's WAL back into it. The indexer's connection commits with
    // automatic checkpoints off (a commit to the database past the mark would checkpoint the
    // database's WAL while holding the lock the claims need), so the indexer calls this
    // between steps, holding no lock. Nothing to do on PostgreSQL.
    StoreResult<void> checkpoint();

    // Tests only (never set in the daemon): called on the indexer's thread in each step that
    // found outputs, after it has read them and written their index rows and before it clears
    // their pending rows, where a result stored for one of them would be lost to search.
    void setBeforeClearing(std::function<void()> hook) { m_beforeClearing = std::move(hook); }

private:
    using Documents = QList<std::pair<qint64, QByteArray>>;

    StoreResult<Step> postgresStep(int maxRows);
    StoreResult<void> writeIndexFile(QSqlDatabase &conn, const Documents &documents,
                                     const QStringList &removed);
    // Pending rows read, as numbers for statements: the ids, and "(id,generation)" each.
    struct Read {
        QStringList ids;
        QStringList rows;
    };

    static QString pendingOutputs(bool postgres);
    // Reads every row of `q` (pendingOutputs) into documents; every row read goes to `done`.
    static Documents readDocuments(QSqlQuery &q, Read &done);
    // Deletes the pending rows read as `done` whose generation is still the one read.
    static QString clearPending(const Read &done);

    Database &m_db;
    bool m_allowNative;
    bool m_checkpointsOff = false; // SQLite: set on this thread's search connection
    std::function<void()> m_beforeClearing;
};

} // namespace fleetcron
