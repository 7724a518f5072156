#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QObject>

#include <memory>

class QHttpServer;

namespace fleetcron {

class Database;
class Engine;
class SecretStore;

// The REST API (`/v1/api/...`) the daemon serves: servers, tasks, runs and executions as JSON.
// Every request but `GET /v1/api/health` needs `Authorization: Bearer <token>`. Handlers run on
// the thread the server lives on, which must be the engine's: they call the repositories and the
// engine directly and answer at once. The two slow ones, a server's connection test (up to the
// SSH connect timeout) and the CSV report (any number of rows), run on the API's own thread
// pool with their own database connections, so they never stall the daemon's thread.
class ApiServer : public QObject {
    Q_OBJECT
public:
    static constexpr qint64 maxBodyBytes = 1024 * 1024;

    ApiServer(Database &db, Engine &engine, SecretStore *secrets, const QByteArray &token,
              QObject *parent = nullptr);
    ~ApiServer() override;

    // Starts listening; returns the port (the chosen one when `port` is 0), 0 on failure.
    quint16 listen(const QHostAddress &address, quint16 port);

private:
    class Handlers;
    std::unique_ptr<QHttpServer> m_http;
    std::unique_ptr<Handlers> m_handlers;
};

} // namespace fleetcron
