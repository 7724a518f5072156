#pragma once

#include <QHttpServerResponse>

class QHttpServerRequest;

namespace fleetcron {

class Services;

// GET /v1/api/audit: who changed what through which face (AuditService), newest first.
class AuditController {
public:
    explicit AuditController(Services &services);

    // ?since=ISO 8601&limit=N&kind=server|task|run|setting&before_id=N (the next page).
    QHttpServerResponse list(const QHttpServerRequest &req);

private:
    Services &m_services;
};

} // namespace fleetcron
