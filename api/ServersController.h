#pragma once

#include "service/Actor.h"

#include <QHttpServerResponse>

class QHttpServerRequest;
class QHttpServerResponder;
class QObject;
class QThreadPool;

namespace fleetcron {

class Services;

// /v1/api/servers: list, read, create, edit, remove and test servers through ServerService,
// which keeps the secret in the secret store, closes pooled sessions on an edit or removal and
// refuses to remove a server while it runs something. Runs on the daemon's (engine's) thread,
// where the secret store lives; only the connection itself goes to the API's pool.
class ServersController {
public:
    ServersController(Services &services, const Actor &actor, QThreadPool &pool);

    QHttpServerResponse list(const QHttpServerRequest &req);
    QHttpServerResponse get(qint64 id);
    QHttpServerResponse create(const QHttpServerRequest &req);
    QHttpServerResponse update(qint64 id, const QHttpServerRequest &req);
    QHttpServerResponse remove(qint64 id);
    // Answers later: the secret is read here, the connection made on the pool (it may take the
    // whole connect timeout), and a key seen on first contact pinned back here. The answer is
    // dropped if `context` (the ApiServer) is gone by then.
    void test(qint64 id, QHttpServerResponder &&responder, QObject *context);

private:
    Services &m_services;
    const Actor &m_actor; // the requesting token's, set by ApiServer for each request
    QThreadPool &m_pool;
};

} // namespace fleetcron
