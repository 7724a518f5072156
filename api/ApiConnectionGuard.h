#pragma once

#include <QByteArray>
#include <QTcpServer>

namespace fleetcron {

// The listening socket of the REST API, with the limits QHttpServer (Qt 6.4) lacks. QHttpServer
// keeps every connection as long as the client likes and buffers a whole request, body and
// headers, before anyone sees it: one client could hold every file descriptor with idle
// connections (slowloris) or make the daemon allocate a 100 MB body. This server hands QHttpServer
// only connections it watches: it reads the framing of each request as the bytes arrive (ahead
// of QHttpServer, without consuming them) and answers with a JSON 4xx/503 and closes the
// connection when a request breaks a limit, before the bytes are buffered.
class ApiConnectionGuard : public QTcpServer {
    Q_OBJECT
public:
    struct Limits {
        qint64 maxBodyBytes = 1024 * 1024;
        int maxHeaderBytes = 32 * 1024; // request line and headers together
        int maxHeaders = 100;
        int maxConnections = 2048;
        // A request must be complete (headers and body) this long after its first byte.
        int requestTimeoutMs = 10'000;
        // A connection with no traffic either way for this long is closed.
        int idleTimeoutMs = 60'000;
    };

    // `http` is the QHttpServer the connections go on to: its reads are cut off from a
    // connection once it is answered here.
    ApiConnectionGuard(const Limits &limits, QObject *http, QObject *parent = nullptr);

    const Limits &limits() const { return m_limits; }
    int openConnections() const { return m_open; }

    // The raw HTTP/1.1 response for a refusal: JSON {"error": …}, Connection: close.
    static QByteArray refusal(int status, const QByteArray &reason, const QString &message);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    class Watch;
    const Limits m_limits;
    QObject *m_http;
    int m_open = 0;
};

} // namespace fleetcron
