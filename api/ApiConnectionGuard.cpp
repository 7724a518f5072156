#include "ApiConnectionGuard.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>

#include <sys/resource.h>
#include <sys/socket.h>

namespace fleetcron {
namespace {

// File descriptors kept for the rest of the daemon (database, SSH sessions, logs) when the
// connection limit is derived from the process's descriptor limit.
constexpr int reservedDescriptors = 256;

int connectionLimit(int wanted) {
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0 || limit.rlim_cur == RLIM_INFINITY)
        return wanted;
    return std::clamp(int(std::min<rlim_t>(limit.rlim_cur, 1 << 20)) - reservedDescriptors, 16,
                      wanted);
}

} // namespace

// Follows one connection's requests as their bytes arrive: where the headers end, how long the
// body is, so each limit is checked before QHttpServer has buffered what breaks it. Lives as a
// child of its socket.
class ApiConnectionGuard::Watch : public QObject {
public:
    Watch(ApiConnectionGuard &guard, QTcpSocket *socket)
        : QObject(socket)
        , m_limits(guard.m_limits)
        , m_http(guard.m_http)
        , m_socket(socket) {
        m_request.setSingleShot(true);
        m_idle.setSingleShot(true);
        connect(&m_request, &QTimer::timeout, this, [this] {
            refuse(408, "Request Timeout",
                   QCoreApplication::translate("ApiConnectionGuard",
                                               "the request did not arrive complete within %1 s")
                       .arg(m_limits.requestTimeoutMs / 1000));
        });
        connect(&m_idle, &QTimer::timeout, m_socket, &QTcpSocket::abort);
        // Connected before QHttpServer's handler, so each chunk is judged before it is parsed.
        connect(socket, &QTcpSocket::readyRead, this, &Watch::onReadyRead);
        connect(socket, &QTcpSocket::bytesWritten, this, &Watch::onWritten);
        m_request.start(m_limits.requestTimeoutMs);
        m_idle.start(m_limits.idleTimeoutMs);
    }

private:
    enum class State { Headers, Body, Refused };

    void onReadyRead() {
        m_idle.start(m_limits.idleTimeoutMs);
        if (m_state == State::Refused) {
            m_socket->readAll(); // drained, so the client reads the answer rather than a reset
            return;
        }
        scan(m_socket->peek(m_socket->bytesAvailable()));
    }

    void onWritten() {
        m_idle.start(m_limits.idleTimeoutMs);
        if (m_state == State::Refused && m_socket->bytesToWrite() == 0 && !m_halfClosed) {
            // The answer is out: say we are done, let the client stop sending, then close.
            m_halfClosed = true;
            ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
            QTimer::singleShot(2000, m_socket, &QTcpSocket::abort);
        }
    }

    void scan(const QByteArray &bytes) {
        qsizetype pos = 0;
        while (pos < bytes.size() && m_state != State::Refused) {
            if (m_state == State::Body) {
                const qint64 n = std::min<qint64>(m_bodyLeft, bytes.size() - pos);
                m_bodyLeft -= n;
                pos += n;
                if (m_bodyLeft == 0)
                    endRequest();
                continue;
            }
            if (m_head.isEmpty() && !m_request.isActive())
                m_request.start(m_limits.requestTimeoutMs);
            const qsizetype before = m_head.size();
            m_head.append(bytes.sliced(pos));
            const qsizetype end = m_head.indexOf("\r\n\r\n", std::max<qsizetype>(0, before - 3));
            if (end < 0 || end > m_limits.maxHeaderBytes) {
                if (m_head.size() > m_limits.maxHeaderBytes)
                    refuse(431, "Request Header Fields Too Large",
                           QCoreApplication::translate("ApiConnectionGuard",
                                                       "request line and headers over %1 bytes")
                               .arg(m_limits.maxHeaderBytes));
                return;
            }
            pos += end + 4 - before;
            const QByteArray head = m_head.left(end);
            m_head.clear();
            judge(head);
        }
    }

    void judge(const QByteArray &head) {
        const QList<QByteArray> lines = head.split('\n');
        if (lines.size() - 1 > m_limits.maxHeaders)
            return refuse(
                431, "Request Header Fields Too Large",
                QCoreApplication::translate("ApiConnectionGuard", "more than %1 header lines")
                    .arg(m_limits.maxHeaders));
        qint64 length = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            const QByteArray name = lines[i].left(colon).trimmed().toLower();
            const QByteArray value = lines[i].mid(colon + 1).trimmed();
            if (name == "transfer-encoding")
                return refuse(
                    411, "Length Required",
                    QCoreApplication::translate("ApiConnectionGuard",
                                                "send the body with a Content-Length; chunked "
                                                "transfer encoding is not accepted"));
            if (name != "content-length")
                continue;
            bool ok = false;
            length = value.toLongLong(&ok);
            if (!ok || length < 0)
                return refuse(400, "Bad Request",
                              QCoreApplication::translate("ApiConnectionGuard",
                                                          "Content-Length is not a byte count"));
            if (length > m_limits.maxBodyBytes)
                return refuse(
                    413, "Payload Too Large",
                    QCoreApplication::translate("ApiConnectionGuard", "request body over %1 bytes")
                        .arg(m_limits.maxBodyBytes));
        }
        m_bodyLeft = length;
        if (length > 0)
            m_state = State::Body;
        else
            endRequest();
    }

    void endRequest() {
        m_state = State::Headers;
        m_request.stop();
    }

    void refuse(int status, const char *reason, const QString &message) {
        if (m_state == State::Refused)
            return;
        m_state = State::Refused;
        m_request.stop();
        // QHttpServer sees nothing more of this connection; what it has seen of the refused
        // request stays incomplete and goes away with the socket.
        disconnect(m_socket, &QTcpSocket::readyRead, m_http, nullptr);
        m_socket->readAll();
        m_socket->write(refusal(status, reason, message));
    }

    const Limits &m_limits;
    QObject *m_http;
    QTcpSocket *m_socket;
    State m_state = State::Headers;
    QByteArray m_head;
    qint64 m_bodyLeft = 0;
    bool m_halfClosed = false;
    QTimer m_request;
    QTimer m_idle;
};

ApiConnectionGuard::ApiConnectionGuard(const Limits &limits, QObject *http, QObject *parent)
    : QTcpServer(parent)
    , m_limits([&] {
        Limits l = limits;
        l.maxConnections = connectionLimit(limits.maxConnections);
        return l;
    }())
    , m_http(http) {
    // Qt's default backlog of 50 drops the SYNs of a burst of clients, who then wait a second to
    // retry: a burst of requests would look like an unresponsive daemon.
    setListenBacklogSize(1024);
}

QByteArray ApiConnectionGuard::refusal(int status, const QByteArray &reason,
                                       const QString &message) {
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("error"), message}})
                                .toJson(QJsonDocument::Compact);
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason +
           "\r\nContent-Type: application/json\r\nContent-Length: " +
           QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
}

void ApiConnectionGuard::incomingConnection(qintptr descriptor) {
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    if (m_open >= m_limits.maxConnections) {
        // Refused at once rather than left waiting: the client learns why and may retry.
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        socket->write(
            refusal(503, "Service Unavailable",
                    QCoreApplication::translate("ApiConnectionGuard",
                                                "too many connections (limit %1); retry shortly")
                        .arg(m_limits.maxConnections)));
        socket->disconnectFromHost();
        return;
    }
    ++m_open;
    connect(socket, &QObject::destroyed, this, [this] { --m_open; });
    new Watch(*this, socket);
    addPendingConnection(socket);
}

} // namespace fleetcron
