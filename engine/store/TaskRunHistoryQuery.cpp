#include "TaskRunHistoryQuery.h"

#include "Database.h"
#include "SqlValues.h"

#include <QSqlQuery>
#include <QTimeZone>

namespace fleetcron {

bool TaskRunHistoryQuery::RunPoint::isFailure() const {
    return status == RunStatus::Failed || status == RunStatus::Partial ||
           status == RunStatus::Cancelled || status == RunStatus::Interrupted;
}

TaskRunHistoryQuery::TaskRunHistoryQuery(Database &db)
    : m_db(db) {}

StoreResult<QList<TaskRunHistoryQuery::RunPoint>>
TaskRunHistoryQuery::runs(qint64 taskId, const QDateTime &since) {
    const QString sql = QStringLiteral(
        "SELECT id, started_at, finished_at, status FROM runs "
        "WHERE task_id = ? AND started_at IS NOT NULL AND started_at >= ? "
        "AND status NOT IN ('pending', 'running', 'skipped') ORDER BY started_at, id");
    return m_db.rows(
        sql, {taskId, SqlValues::time(since)},
        QStringLiteral("read the run history of task %1").arg(taskId), [](const QSqlQuery &q) {
            RunPoint p;
            p.runId = q.value(0).toLongLong();
            p.startedAt = SqlValues::time(q.value(1));
            const QDateTime finished = SqlValues::time(q.value(2));
            if (p.startedAt.isValid() && finished.isValid())
                p.durationMs = p.startedAt.msecsTo(finished);
            p.status = enumFromString<RunStatus>(q.value(3).toString()).value_or(RunStatus::Failed);
            return p;
        });
}

QList<TaskRunHistoryQuery::DayCount> TaskRunHistoryQuery::perDay(const QList<RunPoint> &runs,
                                                                 const QDate &first, int days,
                                                                 const QTimeZone &zone) {
    QList<DayCount> counts;
    for (int i = 0; i < days; ++i)
        counts.append({first.addDays(i), 0, 0});
    for (const RunPoint &run : runs) {
        const qint64 index = first.daysTo(run.startedAt.toTimeZone(zone).date());
        if (index < 0 || index >= days)
            continue;
        DayCount &day = counts[index];
        if (run.status == RunStatus::Succeeded)
            ++day.succeeded;
        else if (run.isFailure())
            ++day.failed;
    }
    return counts;
}

} // namespace fleetcron
