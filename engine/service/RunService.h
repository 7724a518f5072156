#pragma once

#include "Actor.h"
#include "model/Execution.h"
#include "model/Run.h"
#include "store/ExecutionOutputChunk.h"
#include "store/ExecutionRepository.h"
#include "store/RunPageQuery.h"
#include "store/RunRepository.h"
#include "store/StoreResult.h"
#include "store/TaskRunHistoryQuery.h"

#include <QHash>
#include <QList>

#include <optional>

namespace fleetcron {

class AuditService;
class Database;
class RunLauncher;

// Runs started and cancelled by hand, and what every face reads about runs. Starting needs an
// engine in this process (the console's, the daemon's, or the one `task run` brings up).
// Cancelling works from any process: this engine's run is stopped here; another live engine's
// run gets a cancel request in the database that its engine carries out within a second; a run
// whose engine is dead is refused (failover closes it). Starts and cancels are audited.
class RunService {
public:
    // The types of the reads below, named here so a face need not name the store's queries.
    using PageFilter = RunPageQuery::Filter;
    using ExecutionFilter = ExecutionRepository::Filter;
    using HistoryPoint = TaskRunHistoryQuery::RunPoint;
    using DayCount = TaskRunHistoryQuery::DayCount;

    RunService(Database &db, AuditService &audit, RunLauncher *launcher);

    StoreResult<Run> start(qint64 taskId, RunTrigger trigger, const Actor &actor);
    // Returns the run as it was when asked; it ends `cancelled` once its engine has stopped it.
    StoreResult<Run> cancel(qint64 runId, const Actor &actor);
    // Cancels every pending or running run of the task; Conflict when it has none.
    StoreResult<QList<Run>> cancelActive(qint64 taskId, const Actor &actor);

    StoreResult<Run> find(qint64 runId);
    StoreResult<QList<Run>> list(const RunRepository::Filter &filter);
    // The newest ended run of a task, if any.
    StoreResult<std::optional<Run>> latestCompleted(qint64 taskId);
    // That run with its executions (output included), for "latest output" answers; NotFound
    // when the task does not exist, no run when none has ended yet.
    struct LatestOutput {
        std::optional<Run> run;
        QList<Execution> executions;
    };
    StoreResult<LatestOutput> latestOutput(qint64 taskId);
    StoreResult<QList<Execution>> executionsOf(qint64 runId);
    // The executions of a page of runs by run id, read together: a page of 20 runs is one
    // query, not 20 (GET /tasks/ID/executions, `fleetcron runs --json`).
    StoreResult<QHash<qint64, QList<Execution>>> executionsOfRuns(const QList<Run> &runs);
    StoreResult<QList<Execution>> executions(const ExecutionRepository::Filter &filter);
    // How many executions match (limit, offset and cursor ignored), for a paged listing's
    // total; with `atMost` > 0 counting stops there (ExecutionRepository::count).
    StoreResult<qint64> countExecutions(const ExecutionRepository::Filter &filter,
                                        qint64 atMost = 0);
    StoreResult<Execution> execution(qint64 executionId);
    // Live output chunks after `afterSeq`, for following another engine's execution.
    StoreResult<QList<ExecutionOutputChunk>> outputSince(qint64 executionId, int afterSeq);

    // The console's Runs view: a keyset page (ids below `beforeId`, newest first), what is newer
    // than the newest shown, and fresh rows for runs still active.
    StoreResult<QList<RunListRow>> page(const RunPageQuery::Filter &filter, qint64 beforeId,
                                        int limit);
    StoreResult<QList<RunListRow>> newerThan(const RunPageQuery::Filter &filter, qint64 afterId,
                                             int limit);
    StoreResult<QList<RunListRow>> byIds(const QList<qint64> &ids);
    // A task's ended runs since `since`, for its charts.
    StoreResult<QList<TaskRunHistoryQuery::RunPoint>> history(qint64 taskId,
                                                              const QDateTime &since);
    // Those runs counted per day from `first` for `days` days, days taken in `zone`.
    static QList<DayCount> perDay(const QList<HistoryPoint> &runs, const QDate &first, int days,
                                  const QTimeZone &zone);

private:
    StoreResult<void> requestCancel(const Run &run, const Actor &actor);

    Database &m_db;
    AuditService &m_audit;
    RunLauncher *m_launcher; // null in a process without an engine (most CLI verbs)
};

} // namespace fleetcron
