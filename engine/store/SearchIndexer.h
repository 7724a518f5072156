#pragma once

#include "StoreResult.h"

#include <QtGlobal>

namespace fleetcron {

class Database;

// Writes the search index rows of the outputs waiting in execution_search_pending (migration
// 0016), oldest first, a chunk per transaction: the index row of each (SearchText::document of
// its stored stdout and stderr) and the removal of its pending row commit together, so a crash
// leaves each output either indexed or still waiting, never lost to search. On PostgreSQL the
// chunk is taken FOR UPDATE SKIP LOCKED, so daemons sharing a database index different outputs.
// Runs on the store writer's thread, between its batches (StoreWriter::indexBehind).
class SearchIndexer {
public:
    struct Step {
        int indexed = 0;   // pending rows done (with or without output to index)
        bool more = false; // the chunk was full: more may wait
    };

    explicit SearchIndexer(Database &db, bool allowNative = true);

    StoreResult<Step> step(int maxRows);
    // How many outputs wait; for a writer starting on a database left with some.
    StoreResult<qint64> backlog();

private:
    Database &m_db;
    bool m_allowNative;
};

} // namespace fleetcron
