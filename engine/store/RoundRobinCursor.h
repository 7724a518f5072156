#pragma once

#include "StoreResult.h"

#include <QHash>
#include <QString>

namespace fleetcron {

class Database;

// Where a target-"one" task's turn stands: the server it ran on last (tasks.rr_cursor). In the
// database, not in an engine's memory, so successive CLI `task run` invocations and several
// engines share one turn. It only moves by compare-and-set: an engine that read a value another
// has moved meanwhile learns so, reads again and picks anew, so no two pick by the same turn.
class RoundRobinCursor {
public:
    // Executions pending or running on a server for runs of other engines.
    struct Load {
        int ofTask = 0; // of the task asked about
        int total = 0;  // of any task
    };

    explicit RoundRobinCursor(Database &db);

    // The server id the task last ran on; 0 before its first run (or an unknown task).
    StoreResult<qint64> read(qint64 taskId);
    // Moves the cursor from `from` to `to`; false when it is no longer `from` (someone else
    // moved it first) and nothing changed.
    StoreResult<bool> advance(qint64 taskId, qint64 from, qint64 to);

    // By server id, the load other engines put on servers now (an engine knows its own better,
    // and sooner, than its writer's latest batch says): what "busy with this task" and "at its
    // max-parallel" are judged by, beside the engine's own executions.
    StoreResult<QHash<qint64, Load>> loadOfOtherEngines(qint64 taskId, const QString &selfEngineId);

private:
    Database &m_db;
};

} // namespace fleetcron
