#pragma once

#include "service/Actor.h"

#include <QHttpServerResponse>

class QHttpServerRequest;

namespace fleetcron {

class Services;

// /v1/api/tokens (admins only, see ApiAccess): list, create (the plain token in the answer,
// once) and revoke named API tokens through the TokenService.
class TokensController {
public:
    TokensController(Services &services, const Actor &actor);

    QHttpServerResponse list();
    QHttpServerResponse create(const QHttpServerRequest &req);
    QHttpServerResponse revoke(qint64 id);

private:
    Services &m_services;
    const Actor &m_actor; // the requesting token's, set for each request
};

} // namespace fleetcron
