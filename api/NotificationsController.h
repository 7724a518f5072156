#pragma once

#include "service/Actor.h"

#include <QHttpServerResponse>

class QHttpServerRequest;
class QHttpServerResponder;
class QThreadPool;

namespace fleetcron {

class Services;

// /v1/api/notifications: the notification rules (list, create, delete, test) and
// /v1/api/notifications/deliveries, the record of every delivery attempt; all through
// NotificationService, so a refusal says what the CLI says.
class NotificationsController {
public:
    NotificationsController(Services &services, const Actor &actor, QThreadPool &pool);

    QHttpServerResponse list();
    QHttpServerResponse create(const QHttpServerRequest &req);
    QHttpServerResponse remove(qint64 id);
    QHttpServerResponse deliveries(const QHttpServerRequest &req);
    // Sends a test event through the rule, on the pool (it waits for the receiver), and
    // answers {delivered, http_status, url, error}.
    void test(qint64 id, QHttpServerResponder &&responder, QObject *context);

private:
    Services &m_services;
    const Actor &m_actor; // the requesting token's, set by ApiServer for each request
    QThreadPool &m_pool;
};

} // namespace fleetcron
