#include "RunRepository.h"

#include "Database.h"
#include "SqlValues.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>

namespace fleetcron {
namespace {

const QString columns = QStringLiteral(
    "id, task_id, scheduled_for, started_at, finished_at, trigger, status, engine_id, "
    "parent_run_id, reason, start_delay_ms");

const QString finalStatuses =
    QStringLiteral("('succeeded', 'failed', 'partial', 'skipped', 'cancelled', 'interrupted')");

} // namespace

Run RunRepository::fromRow(const QSqlQuery &q) {
    Run r;
    r.id = q.value(0).toLongLong();
    r.taskId = q.value(1).toLongLong();
    r.scheduledFor = SqlValues::time(q.value(2));
    r.startedAt = SqlValues::time(q.value(3));
    r.finishedAt = SqlValues::time(q.value(4));
    r.trigger = enumFromString<RunTrigger>(q.value(5).toString()).value_or(RunTrigger::Schedule);
    r.status = enumFromString<RunStatus>(q.value(6).toString()).value_or(RunStatus::Pending);
    r.engineId = q.value(7).toString();
    r.parentRunId = q.value(8).toLongLong();
    r.reason = q.value(9).toString();
    r.startDelayMs = q.value(10).toLongLong();
    return r;
}

RunRepository::RunRepository(Database &db)
    : m_db(db) {}

StoreResult<Run> RunRepository::create(const Run &input) {
    Run r = input;
    // Every run has a scheduled time (a manual run is scheduled for when it was asked), so
    // "newest first" orders the same on every backend and the (task, time) index serves it.
    if (!r.scheduledFor.isValid())
        r.scheduledFor = r.startedAt.isValid() ? r.startedAt : QDateTime::currentDateTimeUtc();
    auto id = m_db.insert(
        QStringLiteral("INSERT INTO runs (task_id, scheduled_for, started_at, finished_at, "
                       "trigger, status, engine_id, parent_run_id, reason, start_delay_ms) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {r.taskId, SqlValues::time(r.scheduledFor), SqlValues::time(r.startedAt),
         SqlValues::time(r.finishedAt), toString(r.trigger), toString(r.status), r.engineId,
         r.parentRunId > 0 ? QVariant(r.parentRunId) : SqlValues::nullInt64(), r.reason,
         r.startDelayMs},
        QStringLiteral("record a run of task %1").arg(r.taskId));
    if (!id) {
        if (id.error().kind == StoreError::Kind::UnknownReference)
            return StoreError::make(
                StoreError::Kind::UnknownReference,
                QCoreApplication::translate("RunRepository", "unknown task id %1").arg(r.taskId),
                QStringLiteral("task_id"));
        if (id.error().kind == StoreError::Kind::Duplicate && r.parentRunId > 0)
            return StoreError::make(
                StoreError::Kind::Duplicate,
                QCoreApplication::translate("RunRepository", "run %1 has already started task %2")
                    .arg(r.parentRunId)
                    .arg(r.taskId),
                QStringLiteral("parent_run_id"));
        if (id.error().kind == StoreError::Kind::Duplicate)
            return StoreError::make(
                StoreError::Kind::Duplicate,
                QCoreApplication::translate("RunRepository",
                                            "task %1 already has a scheduled run for %2")
                    .arg(r.taskId)
                    .arg(r.scheduledFor.toUTC().toString(Qt::ISODateWithMs)),
                QStringLiteral("scheduled_for"));
        return id.error();
    }
    r.id = id.value();
    // No notice here: a claim is the hottest path there is, and the run's first result batch
    // (StoreWriter) follows within milliseconds with its own.
    return r;
}

StoreResult<QList<Run>> RunRepository::createMany(const QList<Run> &input) {
    // Ten rows (100 values) per statement. Qt's SQLite driver names every `?` (:f0, :f1, ...)
    // and SQLite looks each name up in a list of those before it: the cost of a statement grows
    // with the square of its values (30 % of the scheduler's CPU at 500 rows a statement).
    constexpr qsizetype chunk = 10;
    QList<Run> out = input;
    for (qsizetype from = 0; from < out.size(); from += chunk) {
        const qsizetype to = std::min(out.size(), from + chunk);
        QStringList rows;
        QVariantList values;
        QHash<qint64, qsizetype> byTask; // one run per task in a claim pass
        for (qsizetype i = from; i < to; ++i) {
            Run &r = out[i];
            if (!r.scheduledFor.isValid())
                r.scheduledFor =
                    r.startedAt.isValid() ? r.startedAt : QDateTime::currentDateTimeUtc();
            rows << QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            values << r.taskId << SqlValues::time(r.scheduledFor) << SqlValues::time(r.startedAt)
                   << SqlValues::time(r.finishedAt) << toString(r.trigger) << toString(r.status)
                   << r.engineId
                   << (r.parentRunId > 0 ? QVariant(r.parentRunId) : SqlValues::nullInt64())
                   << r.reason << r.startDelayMs;
            byTask.insert(r.taskId, i);
        }
        // RETURNING (SQLite 3.35+, PostgreSQL) in no promised order: matched back by task.
        qsizetype matched = 0;
        auto read = m_db.read(
            QStringLiteral("INSERT INTO runs (task_id, scheduled_for, started_at, finished_at, "
                           "trigger, status, engine_id, parent_run_id, reason, start_delay_ms) "
                           "VALUES %1 RETURNING id, task_id")
                .arg(rows.join(QLatin1Char(','))),
            values, QStringLiteral("record %1 runs").arg(to - from), [&](QSqlQuery &q) {
                while (q.next()) {
                    const auto it = byTask.constFind(q.value(1).toLongLong());
                    if (it == byTask.constEnd())
                        continue;
                    out[it.value()].id = q.value(0).toLongLong();
                    ++matched;
                }
            });
        if (!read)
            return read.error();
        if (matched != to - from)
            return StoreError::make(StoreError::Kind::Internal,
                                    QStringLiteral("cannot record %1 runs: %2 ids came back")
                                        .arg(to - from)
                                        .arg(matched));
    }
    return out;
}

StoreResult<void> RunRepository::change(const QString &sql, const QVariantList &values,
                                        qint64 runId, const QString &doing) {
    return m_db.change(sql, values, doing, StoreError::notFound(QStringLiteral("run"), runId));
}

StoreResult<void> RunRepository::setStatus(qint64 runId, RunStatus status) {
    return change(QStringLiteral("UPDATE runs SET status = ? WHERE id = ?"),
                  {toString(status), runId}, runId, QStringLiteral("update run %1").arg(runId));
}

StoreResult<void> RunRepository::setReason(qint64 runId, const QString &reason) {
    return change(QStringLiteral("UPDATE runs SET reason = ? WHERE id = ?"), {reason, runId}, runId,
                  QStringLiteral("note why run %1 did not run").arg(runId));
}

StoreResult<QString> RunRepository::reason(qint64 runId) {
    auto rows = m_db.rows(QStringLiteral("SELECT reason FROM runs WHERE id = ?"), {runId},
                          QStringLiteral("read why run %1 did not run").arg(runId),
                          [](const QSqlQuery &q) { return q.value(0).toString(); });
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return StoreError::notFound(QStringLiteral("run"), runId);
    return rows->constFirst();
}

StoreResult<void> RunRepository::markStarted(qint64 runId, const QDateTime &startedAt) {
    return change(QStringLiteral("UPDATE runs SET status = 'running', started_at = ? WHERE id = ?"),
                  {SqlValues::time(startedAt), runId}, runId,
                  QStringLiteral("start run %1").arg(runId));
}

StoreResult<void> RunRepository::finish(qint64 runId, RunStatus status,
                                        const QDateTime &finishedAt) {
    return change(QStringLiteral("UPDATE runs SET status = ?, finished_at = ? WHERE id = ?"),
                  {toString(status), SqlValues::time(finishedAt), runId}, runId,
                  QStringLiteral("finish run %1").arg(runId));
}

StoreResult<QList<Run>> RunRepository::select(const QString &where, const QVariantList &values,
                                              const QString &doing) {
    return m_db.rows(QStringLiteral("SELECT %1 FROM runs %2").arg(columns, where), values, doing,
                     fromRow);
}

StoreResult<Run> RunRepository::find(qint64 id) {
    return firstOr(
        select(QStringLiteral("WHERE id = ?"), {id}, QStringLiteral("read run %1").arg(id)),
        StoreError::notFound(QStringLiteral("run"), id));
}

StoreResult<QList<Run>> RunRepository::listForTask(qint64 taskId, int limit, int offset) {
    Filter f;
    f.taskId = taskId;
    f.limit = limit;
    f.offset = offset;
    return list(f);
}

StoreResult<QList<Run>> RunRepository::list(const Filter &filter) {
    SqlConditions where({QStringLiteral("1 = 1")});
    where.addId(QStringLiteral("task_id = ?"), filter.taskId);
    if (filter.status)
        where.add(QStringLiteral("status = ?"), toString(*filter.status));
    where.addRange(QStringLiteral("scheduled_for"), filter.from, filter.to);
    QVariantList values = where.values();
    if (filter.afterRunId > 0) {
        // The first term is a range the (task_id, scheduled_for) and (scheduled_for, id)
        // indexes start from; the second drops the cursor's own time's newer ids.
        const QString cursorTime =
            QStringLiteral("(SELECT c.scheduled_for FROM runs c WHERE c.id = ?)");
        where.add(QStringLiteral("scheduled_for <= %1 AND (scheduled_for < %1 OR id < ?)")
                      .arg(cursorTime));
        values << filter.afterRunId << filter.afterRunId << filter.afterRunId;
    }
    values << qMax(0, filter.limit) << qMax(0, filter.offset);
    return select(QStringLiteral("WHERE %1 ORDER BY scheduled_for DESC, id DESC LIMIT ? OFFSET ?")
                      .arg(where.joined()),
                  values, QStringLiteral("list runs"));
}

StoreResult<std::optional<Run>> RunRepository::latestCompleted(qint64 taskId) {
    auto found = select(QStringLiteral("WHERE task_id = ? AND status IN %1 "
                                       "ORDER BY finished_at DESC, id DESC LIMIT 1")
                            .arg(finalStatuses),
                        {taskId}, QStringLiteral("read the last run of task %1").arg(taskId));
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<Run>();
    return std::optional<Run>(found->first());
}

StoreResult<int> RunRepository::countActive(qint64 taskId, const QDateTime &staleBefore) {
    QString sql = QStringLiteral(
        "SELECT COUNT(*) FROM runs r WHERE r.task_id = ? AND r.status IN ('pending', 'running')");
    QVariantList values{taskId};
    if (staleBefore.isValid()) {
        sql += QStringLiteral(" AND NOT EXISTS (SELECT 1 FROM engines e WHERE e.id = r.engine_id "
                              "AND e.heartbeat_at < ?)");
        values << SqlValues::time(staleBefore);
    }
    auto q = m_db.exec(sql, values, QStringLiteral("count active runs of task %1").arg(taskId));
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toInt() : 0;
}

StoreResult<QHash<qint64, int>> RunRepository::countActiveByTask(const QList<qint64> &taskIds,
                                                                 const QDateTime &staleBefore) {
    QHash<qint64, int> counts;
    if (taskIds.isEmpty())
        return counts;
    QStringList marks;
    QVariantList values;
    for (qint64 id : taskIds) {
        marks << QStringLiteral("?");
        values << id;
    }
    QString sql = QStringLiteral("SELECT r.task_id, COUNT(*) FROM runs r WHERE r.task_id IN (%1) "
                                 "AND r.status IN ('pending', 'running')")
                      .arg(marks.join(QLatin1Char(',')));
    if (staleBefore.isValid()) {
        sql += QStringLiteral(" AND NOT EXISTS (SELECT 1 FROM engines e WHERE e.id = r.engine_id "
                              "AND e.heartbeat_at < ?)");
        values << SqlValues::time(staleBefore);
    }
    sql += QStringLiteral(" GROUP BY r.task_id");
    auto read =
        m_db.read(sql, values, QStringLiteral("count active runs of %1 tasks").arg(taskIds.size()),
                  [&counts](QSqlQuery &q) {
                      while (q.next())
                          counts.insert(q.value(0).toLongLong(), q.value(1).toInt());
                  });
    if (!read)
        return read.error();
    return counts;
}

StoreResult<int> RunRepository::pruneEndedBefore(const QDateTime &before, int limit) {
    return m_db.rowsChanged(
        QStringLiteral("DELETE FROM runs WHERE id IN (SELECT id FROM runs WHERE status NOT IN "
                       "('pending', 'running') AND COALESCE(finished_at, scheduled_for) < ? "
                       "ORDER BY id LIMIT ?)"),
        {SqlValues::time(before), limit}, QStringLiteral("delete old runs"));
}

StoreResult<int> RunRepository::pruneBeyondNewest(int keep, int limit) {
    // Window functions exist on both backends (SQLite 3.25+, PostgreSQL).
    return m_db.rowsChanged(
        QStringLiteral("DELETE FROM runs WHERE id IN (SELECT id FROM (SELECT id, status, "
                       "ROW_NUMBER() OVER (PARTITION BY task_id ORDER BY scheduled_for DESC, "
                       "id DESC) AS newest FROM runs) ranked WHERE newest > ? AND status NOT "
                       "IN ('pending', 'running') LIMIT ?)"),
        {keep, limit}, QStringLiteral("delete runs beyond the newest %1 per task").arg(keep));
}

} // namespace fleetcron
