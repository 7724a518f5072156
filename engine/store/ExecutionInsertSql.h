#pragma once

#include <QByteArray>

namespace fleetcron::ExecutionInsertSql {

// The INSERT every path that records executions uses (ExecutionRepository and both store writer
// implementations), so they cannot drift apart. A row's placeholders, in bind order: run_id,
// run_id again (task_id is read from the run in the same statement, migration 18: the run is
// always stored first), server_id, attempt, started_at, ended_at, status, exit_code,
// exit_signal, error, stdout, stderr, stdout_truncated, stderr_truncated.
constexpr int placeholdersPerRow = 14;

// "INSERT INTO executions (…) VALUES (…), (…)" with `rows` rows, no RETURNING.
QByteArray text(int rows);

} // namespace fleetcron::ExecutionInsertSql
