#include "HttpReceiver.h"

#include <QTcpSocket>

namespace fleetcron::test {

HttpReceiver::HttpReceiver(QObject *parent)
    : QObject(parent) {
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadable(socket); });
            connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                m_buffers.remove(socket);
                socket->deleteLater();
            });
        }
    });
}

// The sockets are the server's children and go after this object's members: they must not call
// back into it on their way out.
HttpReceiver::~HttpReceiver() {
    const QList<QTcpSocket *> sockets = m_server.findChildren<QTcpSocket *>();
    for (QTcpSocket *socket : sockets)
        socket->disconnect(this);
}

bool HttpReceiver::listen() {
    m_clock.start();
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QString HttpReceiver::url(const QString &path) const {
    return QStringLiteral("http://127.0.0.1:%1%2").arg(port()).arg(path);
}

void HttpReceiver::onReadable(QTcpSocket *socket) {
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    for (;;) {
        const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return;
        const QList<QByteArray> lines = buffer.left(headEnd).split('\n');
        Request r;
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        r.method = first.value(0);
        r.path = first.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon > 0)
                r.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                 lines.at(i).mid(colon + 1).trimmed());
        }
        const qsizetype length = r.headers.value("content-length", "0").toLongLong();
        if (buffer.size() < headEnd + 4 + length)
            return;
        r.body = buffer.mid(headEnd + 4, length);
        buffer.remove(0, headEnd + 4 + length);
        r.atMs = m_clock.elapsed();
        m_requests.append(r);
        const int status = m_script.isEmpty() ? 200 : m_script.takeFirst();
        if (status != hang) {
            socket->write(QByteArrayLiteral("HTTP/1.1 ") + QByteArray::number(status) +
                          " X\r\nContent-Length: 0\r\n\r\n");
        }
        emit received();
    }
}

} // namespace fleetcron::test
