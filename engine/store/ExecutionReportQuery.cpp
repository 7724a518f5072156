#include "ExecutionReportQuery.h"

#include "Database.h"
#include "SqlValues.h"

#include <QSqlQuery>

namespace fleetcron {

ExecutionReportQuery::ExecutionReportQuery(Database &db)
    : m_db(db) {}

StoreResult<qint64> ExecutionReportQuery::forEach(const ExecutionRepository::Filter &filter,
                                                  bool withOutput, const Sink &sink) {
    // The same filter as every listing of executions: one spelling, one meaning of each field.
    QVariantList values;
    const QString where = ExecutionRepository::whereClause(filter, values);
    const QString output =
        withOutput ? QStringLiteral("e.stdout, e.stderr") : QStringLiteral("NULL, NULL");
    // `+e.server_id`: servers are joined to each execution, never the other way round. With
    // statistics for older indexes only (ANALYZE run before migration 17), SQLite looped over
    // the 50 servers through (server_id, id) and sorted all 10 million rows on disk.
    const QString sql =
        QStringLiteral("SELECT e.run_id, e.id, t.name, s.name, s.host, r.trigger, r.scheduled_for, "
                       "e.started_at, e.ended_at, e.status, e.exit_code, e.error, %1 "
                       "FROM executions e JOIN runs r ON r.id = e.run_id "
                       "JOIN tasks t ON t.id = r.task_id JOIN servers s ON s.id = +e.server_id "
                       "WHERE %2 ORDER BY e.id")
            .arg(output, where);
    auto q = m_db.exec(sql, values, QStringLiteral("read the execution report"));
    if (!q)
        return q.error();
    qint64 rows = 0;
    ExecutionReportRow row;
    while (q->next()) {
        row.runId = q->value(0).toLongLong();
        row.executionId = q->value(1).toLongLong();
        row.task = q->value(2).toString();
        row.server = q->value(3).toString();
        row.host = q->value(4).toString();
        row.trigger = q->value(5).toString();
        row.scheduledFor = SqlValues::time(q->value(6));
        row.startedAt = SqlValues::time(q->value(7));
        row.endedAt = SqlValues::time(q->value(8));
        row.durationMs.reset();
        row.status = q->value(9).toString();
        row.exitCode = SqlValues::optionalInt(q->value(10));
        row.error = q->value(11).toString();
        row.stdoutData = q->value(12).toByteArray();
        row.stderrData = q->value(13).toByteArray();
        ++rows;
        if (!sink(row))
            break;
    }
    return rows;
}

} // namespace fleetcron
