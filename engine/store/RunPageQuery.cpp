#include "RunPageQuery.h"

#include "Database.h"
#include "RunRepository.h"
#include "SqlValues.h"

#include <QSqlQuery>

namespace fleetcron {
namespace {

// Execution counts come from correlated sub-queries on executions_run: per page that is a
// few index probes per row, where a GROUP BY join would aggregate before the LIMIT.
const QString selectRuns = QStringLiteral(
    "SELECT r.id, r.task_id, r.scheduled_for, r.started_at, r.finished_at, r.trigger, r.status, "
    "r.engine_id, r.reason, t.name, "
    "(SELECT COUNT(*) FROM executions e WHERE e.run_id = r.id), "
    "(SELECT COUNT(*) FROM executions e WHERE e.run_id = r.id AND e.status NOT IN "
    "('succeeded', 'pending', 'running')), "
    "(SELECT COUNT(*) FROM executions e WHERE e.run_id = r.id AND e.status IN "
    "('pending', 'running')) "
    "FROM runs r JOIN tasks t ON t.id = r.task_id");

RunListRow rowFrom(const QSqlQuery &q) {
    RunListRow row;
    row.run = RunRepository::fromRow(q);
    row.taskName = q.value(9).toString();
    row.executions = q.value(10).toInt();
    row.unsuccessful = q.value(11).toInt();
    row.active = q.value(12).toInt();
    return row;
}

} // namespace

RunPageQuery::RunPageQuery(Database &db)
    : m_db(db) {}

QStringList RunPageQuery::conditions(const Filter &filter, QVariantList &values) const {
    SqlConditions where;
    where.addId(QStringLiteral("r.task_id = ?"), filter.taskId);
    if (filter.status)
        where.add(QStringLiteral("r.status = ?"), toString(*filter.status));
    where.addContains(QStringLiteral("t.name"), filter.taskNameContains, m_db.dialect());
    values << where.values();
    return where.conditions();
}

StoreResult<QList<RunListRow>> RunPageQuery::select(const QStringList &where, QVariantList values,
                                                    const QString &suffix, const QString &doing) {
    QString sql = selectRuns;
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QLatin1Char(' ') + suffix;
    return m_db.rows(sql, values, doing, rowFrom);
}

StoreResult<QList<RunListRow>> RunPageQuery::page(const Filter &filter, qint64 beforeId,
                                                  int limit) {
    QVariantList values;
    QStringList where = conditions(filter, values);
    if (beforeId > 0) {
        where << QStringLiteral("r.id < ?");
        values << beforeId;
    }
    values << qMax(1, limit);
    return select(where, values, QStringLiteral("ORDER BY r.id DESC LIMIT ?"),
                  QStringLiteral("list runs"));
}

StoreResult<QList<RunListRow>> RunPageQuery::newerThan(const Filter &filter, qint64 afterId,
                                                       int limit) {
    QVariantList values;
    QStringList where = conditions(filter, values);
    where << QStringLiteral("r.id > ?");
    values << afterId << qMax(1, limit);
    return select(where, values, QStringLiteral("ORDER BY r.id DESC LIMIT ?"),
                  QStringLiteral("list new runs"));
}

StoreResult<QList<RunListRow>> RunPageQuery::byIds(const QList<qint64> &ids) {
    if (ids.isEmpty())
        return QList<RunListRow>();
    QStringList marks;
    QVariantList values;
    for (qint64 id : ids) {
        marks << QStringLiteral("?");
        values << id;
    }
    return select({QStringLiteral("r.id IN (%1)").arg(marks.join(QLatin1Char(',')))}, values,
                  QStringLiteral("ORDER BY r.id DESC"), QStringLiteral("read runs"));
}

} // namespace fleetcron
