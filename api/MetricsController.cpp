#include "MetricsController.h"

#include "service/Services.h"

namespace fleetcron {

MetricsController::MetricsController(Services &services)
    : m_services(services) {}

QHttpServerResponse MetricsController::metrics() {
    return QHttpServerResponse(MetricsService::contentType(), m_services.metrics.exposition());
}

} // namespace fleetcron
