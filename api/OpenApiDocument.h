#pragma once

#include <QByteArray>
#include <QHttpServerResponse>

namespace fleetcron {

// GET /v1/api/openapi.json: the OpenAPI 3 description of this API, api/openapi.json in the
// repository, built into the program as a Qt resource. Served without a token, like health:
// it says nothing the repository does not, and Swagger UI or a client generator can fetch it.
// tests/e2e/api/TestOpenApi checks it against ApiServer::routes() in both directions.
class OpenApiDocument {
public:
    static QByteArray json();
    static QHttpServerResponse response();
};

} // namespace fleetcron
