#include "RunService.h"

#include "AuditService.h"
#include "core/RunLauncher.h"
#include "model/ModelJson.h"
#include "store/CancelRequestRepository.h"
#include "store/EngineRepository.h"
#include "store/SettingKeys.h"
#include "store/SettingsRepository.h"
#include "store/TaskRepository.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace fleetcron {

RunService::RunService(Database &db, AuditService &audit, RunLauncher *launcher)
    : m_db(db)
    , m_audit(audit)
    , m_launcher(launcher) {}

StoreResult<Run> RunService::start(qint64 taskId, RunTrigger trigger, const Actor &actor) {
    auto task = TaskRepository(m_db).find(taskId);
    if (!task)
        return task.error();
    if (!m_launcher)
        return StoreError::make(StoreError::Kind::Unavailable,
                                QCoreApplication::translate(
                                    "RunService", "no engine runs in this process to start '%1'")
                                    .arg(task->name));
    auto run = m_launcher->runNow(taskId, trigger);
    if (!run)
        return run;
    m_audit.record(actor, {QStringLiteral("run.start"),
                           QStringLiteral("run"),
                           run->id,
                           task->name,
                           {},
                           ModelJson::run(run.value())});
    return run;
}

StoreResult<Run> RunService::cancel(qint64 runId, const Actor &actor) {
    auto run = find(runId);
    if (!run)
        return run;
    if (run->status != RunStatus::Running && run->status != RunStatus::Pending)
        return StoreError::make(
            StoreError::Kind::Conflict,
            QCoreApplication::translate("RunService", "run %1 has already ended (%2)")
                .arg(runId)
                .arg(toString(run->status)),
            QStringLiteral("run"));
    QJsonObject after;
    if (m_launcher && run->engineId == m_launcher->engineId()) {
        if (!m_launcher->cancelRun(runId)) {
            // Active in the store but not in the executor yet: claimed ahead of its time and not
            // yet released, or queued behind the task's running run. The request waits in the
            // store and this engine's CancelRequestWatcher carries it out once the run reaches
            // the executor, as it does for another process's request.
            if (auto requested = CancelRequestRepository(m_db).request(
                    runId, actor.face + u':' + actor.name, QDateTime::currentDateTimeUtc());
                !requested)
                return requested.error();
            after.insert(QStringLiteral("cancel_requested_of"), run->engineId);
        }
    } else {
        // Another process's run: that engine carries the request out (CancelRequestWatcher).
        if (auto requested = requestCancel(run.value(), actor); !requested)
            return requested.error();
        after.insert(QStringLiteral("cancel_requested_of"), run->engineId);
    }
    QString taskName;
    if (auto task = TaskRepository(m_db).find(run->taskId))
        taskName = task->name;
    m_audit.record(actor, {QStringLiteral("run.cancel"), QStringLiteral("run"), runId, taskName,
                           ModelJson::run(run.value()), after});
    return run;
}

StoreResult<void> RunService::requestCancel(const Run &run, const Actor &actor) {
    const qint64 leaseMs =
        qint64(SettingsRepository(m_db).number(SettingKeys::leaseSeconds()) * 1000);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto live = EngineRepository(m_db).liveIds(now.addMSecs(-leaseMs));
    if (!live)
        return live.error();
    if (!live->contains(run.engineId))
        return StoreError::make(
            StoreError::Kind::Conflict,
            QCoreApplication::translate(
                "RunService", "run %1 belongs to engine %2, which is not running (no heartbeat "
                              "within the lease); failover will close the run as interrupted")
                .arg(run.id)
                .arg(run.engineId),
            QStringLiteral("run"));
    return CancelRequestRepository(m_db).request(run.id, actor.face + u':' + actor.name, now);
}

StoreResult<QList<Run>> RunService::cancelActive(qint64 taskId, const Actor &actor) {
    QList<Run> cancelled;
    for (RunStatus status : {RunStatus::Running, RunStatus::Pending}) {
        RunRepository::Filter filter;
        filter.taskId = taskId;
        filter.status = status;
        filter.limit = 1000;
        auto active = list(filter);
        if (!active)
            return active.error();
        for (const Run &r : active.value()) {
            auto done = cancel(r.id, actor);
            if (done)
                cancelled.append(done.value());
            else if (done.error().kind != StoreError::Kind::Conflict || cancelled.isEmpty())
                return done.error(); // the first refusal says why nothing was cancelled
        }
    }
    if (cancelled.isEmpty())
        return StoreError::make(
            StoreError::Kind::Conflict,
            QCoreApplication::translate("RunService", "task %1 has no active run to cancel")
                .arg(taskId),
            QStringLiteral("task"));
    return cancelled;
}

StoreResult<Run> RunService::find(qint64 runId) {
    return RunRepository(m_db).find(runId);
}

StoreResult<QList<Run>> RunService::list(const RunRepository::Filter &filter) {
    return RunRepository(m_db).list(filter);
}

StoreResult<std::optional<Run>> RunService::latestCompleted(qint64 taskId) {
    return RunRepository(m_db).latestCompleted(taskId);
}

StoreResult<RunService::LatestOutput> RunService::latestOutput(qint64 taskId) {
    if (auto found = TaskRepository(m_db).find(taskId); !found)
        return found.error();
    auto latest = latestCompleted(taskId);
    if (!latest)
        return latest.error();
    LatestOutput out{latest.value(), {}};
    if (!out.run)
        return out;
    auto list = executionsOf(out.run->id);
    if (!list)
        return list.error();
    out.executions = list.value();
    return out;
}

StoreResult<QList<Execution>> RunService::executionsOf(qint64 runId) {
    return ExecutionRepository(m_db).listForRun(runId);
}

StoreResult<QHash<qint64, QList<Execution>>> RunService::executionsOfRuns(const QList<Run> &runs) {
    QList<qint64> ids;
    ids.reserve(runs.size());
    for (const Run &r : runs)
        ids << r.id;
    auto list = ExecutionRepository(m_db).listForRuns(ids);
    if (!list)
        return list.error();
    QHash<qint64, QList<Execution>> byRun;
    for (const Execution &e : list.value())
        byRun[e.runId].append(e);
    return byRun;
}

StoreResult<QList<Execution>> RunService::executions(const ExecutionRepository::Filter &filter) {
    return ExecutionRepository(m_db).list(filter);
}

StoreResult<qint64> RunService::countExecutions(const ExecutionRepository::Filter &filter,
                                                qint64 atMost) {
    return ExecutionRepository(m_db).count(filter, atMost);
}

StoreResult<Execution> RunService::execution(qint64 executionId) {
    return ExecutionRepository(m_db).find(executionId);
}

StoreResult<QList<ExecutionOutputChunk>> RunService::outputSince(qint64 executionId, int afterSeq) {
    return ExecutionRepository(m_db).outputSince(executionId, afterSeq);
}

StoreResult<QList<RunListRow>> RunService::page(const RunPageQuery::Filter &filter, qint64 beforeId,
                                                int limit) {
    return RunPageQuery(m_db).page(filter, beforeId, limit);
}

StoreResult<QList<RunListRow>> RunService::newerThan(const RunPageQuery::Filter &filter,
                                                     qint64 afterId, int limit) {
    return RunPageQuery(m_db).newerThan(filter, afterId, limit);
}

StoreResult<QList<RunListRow>> RunService::byIds(const QList<qint64> &ids) {
    return RunPageQuery(m_db).byIds(ids);
}

StoreResult<QList<TaskRunHistoryQuery::RunPoint>> RunService::history(qint64 taskId,
                                                                      const QDateTime &since) {
    return TaskRunHistoryQuery(m_db).runs(taskId, since);
}

QList<RunService::DayCount> RunService::perDay(const QList<HistoryPoint> &runs, const QDate &first,
                                               int days, const QTimeZone &zone) {
    return TaskRunHistoryQuery::perDay(runs, first, days, zone);
}

} // namespace fleetcron
