#pragma once

class QHttpServerRequest;
class QHttpServerResponder;
class QObject;
class QThreadPool;

namespace fleetcron {

class Services;

// GET /v1/api/executions.csv: the execution report (ReportService, the same CSV as the console's
// export and `fleetcron export`) with the filters of /executions.
class ReportController {
public:
    ReportController(Services &services, QThreadPool &pool);

    // The report is written to a temporary file on the API's pool (a million rows take seconds,
    // which the daemon's thread must not stall for), then streamed from it on this thread:
    // memory stays that of one row whatever the size. The answer is dropped if `context` (the
    // ApiServer) is gone by then.
    void executionsCsv(const QHttpServerRequest &req, QHttpServerResponder &&responder,
                       QObject *context);

private:
    Services &m_services;
    QThreadPool &m_pool;
};

} // namespace fleetcron
