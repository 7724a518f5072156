#include "ExecutionInsertSql.h"

namespace fleetcron::ExecutionInsertSql {

QByteArray text(int rows) {
    // task_id is a copy of the run's: a task's executions page walks (task_id, id) like a
    // server's does, instead of probing every run of the task (16,158 for the busiest one at
    // 10 million executions) and sorting their executions.
    QByteArray sql("INSERT INTO executions (run_id, task_id, server_id, attempt, started_at, "
                   "ended_at, status, exit_code, exit_signal, error, stdout, stderr, "
                   "stdout_truncated, stderr_truncated) VALUES ");
    for (int i = 0; i < rows; ++i) {
        if (i > 0)
            sql += ", ";
        sql += "(?, (SELECT r.task_id FROM runs r WHERE r.id = ?), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
               "?, ?)";
    }
    return sql;
}

} // namespace fleetcron::ExecutionInsertSql
