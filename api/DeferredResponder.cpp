#include "DeferredResponder.h"

#include <QHttpServerResponse>
#include <QIODevice>
#include <QTcpSocket>

namespace fleetcron {

DeferredResponder::DeferredResponder(QHttpServerResponder &&responder)
    : m_responder(std::move(responder))
    , m_socket(m_responder.socket()) {}

bool DeferredResponder::connected() const {
    // The request goes away when the socket disconnects, before the socket itself is deleted:
    // both must be checked.
    return m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
}

void DeferredResponder::send(const QHttpServerResponse &response) {
    if (connected())
        response.write(std::move(m_responder));
}

void DeferredResponder::send(QIODevice *device, const QByteArray &mimeType) {
    if (!connected()) {
        delete device;
        return;
    }
    m_responder.write(device, mimeType);
}

} // namespace fleetcron
