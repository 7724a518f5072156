#pragma once

#include "StoreResult.h"
#include "model/Run.h"

#include <QDateTime>
#include <QHash>
#include <QList>

#include <optional>

class QSqlQuery;

namespace fleetcron {

class Database;

// Runs (one firing of a task): created by the scheduler, finished when their executions end,
// listed newest first for the console, the CLI and reports. Usable from any thread.
class RunRepository {
public:
    struct Filter {
        qint64 taskId = 0;
        std::optional<RunStatus> status;
        QDateTime from; // scheduled_for >= from
        QDateTime to;   // scheduled_for < to
        int limit = 100;
        int offset = 0;
        // Keyset page: only runs after this one in the listing's order (scheduled earlier, or
        // at the same time with a lower id); 0: from the newest.
        qint64 afterRunId = 0;
    };

    explicit RunRepository(Database &db);

    StoreResult<Run> create(const Run &run);
    // Several runs in one statement (a claim pass's), ids filled in, in the order given. At most
    // one run per task: the rows are matched to their ids by task. Inside the caller's
    // transaction it is all or nothing, as one INSERT is.
    StoreResult<QList<Run>> createMany(const QList<Run> &runs);
    StoreResult<void> setStatus(qint64 runId, RunStatus status);
    StoreResult<void> markStarted(qint64 runId, const QDateTime &startedAt);
    StoreResult<void> finish(qint64 runId, RunStatus status, const QDateTime &finishedAt);
    // Why the run ended without running (runs.reason), e.g. "task disabled while queued".
    StoreResult<void> setReason(qint64 runId, const QString &reason);
    StoreResult<QString> reason(qint64 runId);

    StoreResult<Run> find(qint64 id);
    // Runs of a task, newest first (by scheduled time, then id), one page at a time.
    StoreResult<QList<Run>> listForTask(qint64 taskId, int limit = 100, int offset = 0);
    StoreResult<QList<Run>> list(const Filter &filter);
    // The newest run of the task that has ended (any final status); nothing when none has.
    StoreResult<std::optional<Run>> latestCompleted(qint64 taskId);
    // Runs of the task still pending or running: the overlap policy asks this. Runs held by
    // an engine whose heartbeat is older than `staleBefore` do not count: that engine is dead,
    // recovery will close them, and until then they must not hold the task back (a dead
    // daemon would otherwise pause its tasks for the lease plus the recovery check).
    StoreResult<int> countActive(qint64 taskId, const QDateTime &staleBefore = {});
    // The same for several tasks in one query: by task id, tasks with none left out.
    StoreResult<QHash<qint64, int>> countActiveByTask(const QList<qint64> &taskIds,
                                                      const QDateTime &staleBefore = {});

    // Retention, a batch at a time so a prune never holds the database long. Only ended runs
    // go (never one that is pending or running), with their executions and output.
    // Deletes up to `limit` runs that ended before `before`; returns how many went.
    StoreResult<int> pruneEndedBefore(const QDateTime &before, int limit);
    // Deletes up to `limit` ended runs beyond the newest `keep` of each task.
    StoreResult<int> pruneBeyondNewest(int keep, int limit);

    // A run from a row whose first nine columns are id, task_id, scheduled_for, started_at,
    // finished_at, trigger, status, engine_id, parent_run_id (queries that join more add
    // columns after them).
    static Run fromRow(const QSqlQuery &q);

private:
    StoreResult<QList<Run>> select(const QString &where, const QVariantList &values,
                                   const QString &doing);
    StoreResult<void> change(const QString &sql, const QVariantList &values, qint64 runId,
                             const QString &doing);

    Database &m_db;
};

} // namespace fleetcron
