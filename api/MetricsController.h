#pragma once

#include <QHttpServerResponse>

namespace fleetcron {

class Services;

// GET /metrics: the engine's metrics in the Prometheus text format (MetricsService renders them;
// docs/METRICS.md lists the names). Behind the same bearer token as the rest of the API:
// Prometheus sends it with `authorization: {credentials_file: ...}` in its scrape config.
class MetricsController {
public:
    explicit MetricsController(Services &services);

    QHttpServerResponse metrics();

private:
    Services &m_services;
};

} // namespace fleetcron
