#pragma once

#include "CsvWriter.h"
#include "model/ExecutionReportRow.h"

#include <QStringList>

#include <functional>

class QIODevice;

namespace fleetcron {

// The execution report as CSV, shared by `fleetcron export`, GET /v1/api/executions.csv and the
// console. Columns, in this order:
//   run_id, execution_id, task, server, host, trigger, scheduled_for, started_at, ended_at,
//   duration_ms, status, exit_code, error, stdout, stderr
// with times in ISO 8601 with milliseconds and the time's own UTC offset
// (2026-11-25T17:32:05.123+00:00), and empty cells for what is unknown.
//
// Rows are taken one at a time (writeRow, or writeAll pulling from a source that refills one row
// object), so a report of any size needs the memory of one row plus the CSV buffer.
class ExecutionReportWriter {
public:
    enum class Output { Included, Omitted }; // Omitted: `--no-output`, no stdout/stderr columns

    // Fills row with the next execution and returns true, or returns false at the end.
    using RowSource = std::function<bool(ExecutionReportRow &row)>;

    explicit ExecutionReportWriter(QIODevice *device, Output output = Output::Included);

    static QStringList header(Output output);

    // The header is written before the first row, or by finish() for an empty report.
    void writeRow(const ExecutionReportRow &row);
    // Header, every row the source gives, flush. False when the device failed.
    bool writeAll(const RowSource &next);
    // Writes the header if no row came, flushes. False (and errorString()) if the device failed.
    bool finish();

    bool hasError() const { return m_csv.hasError(); }
    QString errorString() const { return m_csv.errorString(); }
    qint64 rowsWritten() const { return m_rows; }

private:
    void writeHeaderOnce();
    void addTime(const QDateTime &time);

    CsvWriter m_csv;
    Output m_output;
    bool m_headerWritten = false;
    qint64 m_rows = 0;
};

} // namespace fleetcron
