#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QString>

#include <memory>

class QHttpServer;

namespace fleetcron {

class Services;

// One route the server answers: its method ("GET") and path as registered, with `<arg>` where an
// id goes ("/v1/api/tasks/<arg>"). api/openapi.json must list exactly these (TestOpenApi).
struct ApiRoute {
    QByteArray method;
    QString path;
};

// The REST API (`/v1/api/...`) the daemon serves, a face like the console: it routes each
// request to a controller that calls the services (as the token's Actor::api(name)) and maps
// their results and errors to JSON. Every request but `GET /v1/api/health` and the OpenAPI
// document needs `Authorization: Bearer <token>` of a live token whose role allows the route
// (ApiAccess, TokenService; docs/ACCESS.md).
//
// It lives on the daemon's thread, which is the engine's: the services' secret-store work
// belongs there. The two slow requests, a server's connection test (up to the SSH connect
// timeout) and the CSV report (any number of rows), do their slow part on the API's own thread
// pool, so the daemon keeps scheduling meanwhile.
class ApiServer : public QObject {
    Q_OBJECT
public:
    static constexpr qint64 maxBodyBytes = 1024 * 1024;

    ApiServer(Services &services, const QString &engineId, QObject *parent = nullptr);
    ~ApiServer() override;

    // Starts listening; returns the port (the chosen one when `port` is 0), 0 on failure.
    quint16 listen(const QHostAddress &address, quint16 port);

    // Every route registered, in registration order: the router's own record, not a copy.
    QList<ApiRoute> routes() const { return m_routes; }

signals:
    // A shared setting was changed through the API: the host re-reads what its engine applies.
    void settingsChanged();

private:
    void addRoutes();

    class Controllers;
    std::unique_ptr<QHttpServer> m_http;
    std::unique_ptr<Controllers> m_controllers;
    QList<ApiRoute> m_routes;
};

} // namespace fleetcron
