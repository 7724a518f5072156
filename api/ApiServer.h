#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QObject>
#include <QString>

#include <memory>

class QHttpServer;

namespace fleetcron {

class Services;

// The REST API (`/v1/api/...`) the daemon serves, a face like the console: it routes each
// request to a controller that calls the services (as Actor::api()) and maps their results and
// errors to JSON. Every request but `GET /v1/api/health` needs `Authorization: Bearer <token>`.
//
// It lives on the daemon's thread, which is the engine's: the services' secret-store work
// belongs there. The two slow requests, a server's connection test (up to the SSH connect
// timeout) and the CSV report (any number of rows), do their slow part on the API's own thread
// pool, so the daemon keeps scheduling meanwhile.
class ApiServer : public QObject {
    Q_OBJECT
public:
    static constexpr qint64 maxBodyBytes = 1024 * 1024;

    ApiServer(Services &services, const QString &engineId, const QByteArray &token,
              QObject *parent = nullptr);
    ~ApiServer() override;

    // Starts listening; returns the port (the chosen one when `port` is 0), 0 on failure.
    quint16 listen(const QHostAddress &address, quint16 port);

signals:
    // A shared setting was changed through the API: the host re-reads what its engine applies.
    void settingsChanged();

private:
    void addRoutes();

    class Controllers;
    std::unique_ptr<QHttpServer> m_http;
    std::unique_ptr<Controllers> m_controllers;
};

} // namespace fleetcron
