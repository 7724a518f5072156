#pragma once

#include <QByteArray>
#include <QHttpServerResponder>
#include <QPointer>

class QHttpServerResponse;
class QIODevice;
class QTcpSocket;

namespace fleetcron {

// A responder kept for an answer that is computed later, on a thread pool. Qt 6.4's
// QHttpServerResponder holds a reference to its request and a plain pointer to its socket,
// which both die when the client hangs up first (QHttpServer's own QFuture<...> routes then
// write through them and crash the daemon). This one answers only while the connection is
// still there, and otherwise drops the answer. Use it on the HTTP server's thread only.
class DeferredResponder {
public:
    explicit DeferredResponder(QHttpServerResponder &&responder);

    // Whether the client is still connected, so the answer has somewhere to go.
    bool connected() const;

    void send(const QHttpServerResponse &response);
    // Streams `device` (owned from here) as the body; deleted unsent when the client is gone.
    void send(QIODevice *device, const QByteArray &mimeType);

private:
    QHttpServerResponder m_responder;
    QPointer<QTcpSocket> m_socket;
};

} // namespace fleetcron
