#include "RoundRobinCursor.h"

#include "Database.h"

#include <QSqlQuery>

namespace fleetcron {

RoundRobinCursor::RoundRobinCursor(Database &db)
    : m_db(db) {}

StoreResult<qint64> RoundRobinCursor::read(qint64 taskId) {
    auto rows = m_db.rows(QStringLiteral("SELECT rr_cursor FROM tasks WHERE id = ?"), {taskId},
                          QStringLiteral("read the round-robin turn of task %1").arg(taskId),
                          [](const QSqlQuery &q) { return q.value(0).toLongLong(); });
    if (!rows)
        return rows.error();
    return rows->isEmpty() ? 0 : rows->constFirst();
}

StoreResult<bool> RoundRobinCursor::advance(qint64 taskId, qint64 from, qint64 to) {
    auto changed = m_db.rowsChanged(
        QStringLiteral("UPDATE tasks SET rr_cursor = ? WHERE id = ? AND rr_cursor = ?"),
        {to, taskId, from}, QStringLiteral("move the round-robin turn of task %1").arg(taskId));
    if (!changed)
        return changed.error();
    return changed.value() == 1;
}

StoreResult<QHash<qint64, RoundRobinCursor::Load>>
RoundRobinCursor::loadOfOtherEngines(qint64 taskId, const QString &selfEngineId) {
    struct Row {
        qint64 serverId;
        Load load;
    };
    auto rows = m_db.rows(
        QStringLiteral("SELECT e.server_id, SUM(CASE WHEN r.task_id = ? THEN 1 ELSE 0 END), "
                       "COUNT(*) FROM executions e JOIN runs r ON r.id = e.run_id "
                       "WHERE e.status IN ('pending', 'running') AND r.engine_id <> ? "
                       "GROUP BY e.server_id"),
        {taskId, selfEngineId}, QStringLiteral("read the load on servers"), [](const QSqlQuery &q) {
            return Row{q.value(0).toLongLong(), {q.value(1).toInt(), q.value(2).toInt()}};
        });
    if (!rows)
        return rows.error();
    QHash<qint64, Load> load;
    for (const Row &row : rows.value())
        load.insert(row.serverId, row.load);
    return load;
}

} // namespace fleetcron
