#pragma once

#include "ExecutionRepository.h"
#include "StoreResult.h"
#include "model/ExecutionReportRow.h"

#include <functional>

namespace fleetcron {

class Database;

// Feeds the execution report: executions matching a filter, oldest first, with their task,
// server and run joined in, one row at a time from a forward-only query, so a report of a
// million rows needs the memory of one.
class ExecutionReportQuery {
public:
    // Called for each row; return false to stop early (e.g. the output device failed).
    using Sink = std::function<bool(const ExecutionReportRow &row)>;

    explicit ExecutionReportQuery(Database &db);
    // The filter's limit and offset are ignored: a report has every matching row.
    // Returns the number of rows handed to the sink.
    StoreResult<qint64> forEach(const ExecutionRepository::Filter &filter, bool withOutput,
                                const Sink &sink);

private:
    Database &m_db;
};

} // namespace fleetcron
