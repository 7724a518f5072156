#pragma once

#include "model/Run.h"
#include "model/Task.h"
#include "store/StoreResult.h"

#include <QList>

#include <optional>

namespace fleetcron {

class Database;

// The store's side of task chaining, for the scheduler: which tasks a finished run starts, and
// recording a child's run exactly once. The scheduler decides each child's start the way it
// decides a fire (overlap), so a chained run is held to the same rules as a scheduled one.
class ChainStarter {
public:
    explicit ChainStarter(Database &db);

    // The enabled tasks linked to `taskId` on a condition a run that ended with `status` meets
    // (chainFollows), each once. A disabled child does not start: it is skipped with a log line.
    StoreResult<QList<Task>> children(qint64 taskId, RunStatus status);

    // What a chained run says it is: "chained from run 12 (success)".
    static QString reason(qint64 parentRunId, RunStatus parentStatus);

    // Records the child's run (run.parentRunId set) with `reason` (plus why, when it is
    // skipped), in one transaction, and logs it. Nothing when this parent run has started that
    // task already (runs_one_chain_per_parent: a second engine never starts it twice), or when
    // the store failed (logged).
    std::optional<std::optional<Run>> record(const Task &child, const Run &run,
                                             const QString &reason);

private:
    StoreResult<std::optional<Run>> insert(const Run &run, const QString &reason);

    Database &m_db;
};

} // namespace fleetcron
