#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QTcpServer>

class QTcpSocket;

namespace fleetcron::test {

// A real HTTP/1.1 receiver on 127.0.0.1 for the notification tests: it reads each request
// (keep-alive too), keeps it, and answers with the next status of its script (200 when the
// script is used up), or never (hang), as a stuck webhook endpoint would.
class HttpReceiver : public QObject {
    Q_OBJECT
public:
    struct Request {
        QByteArray method;
        QByteArray path;
        QHash<QByteArray, QByteArray> headers; // names lowercased
        QByteArray body;
        qint64 atMs = 0; // since the receiver started
    };
    static constexpr int hang = -1;

    explicit HttpReceiver(QObject *parent = nullptr);
    ~HttpReceiver() override;
    bool listen();
    quint16 port() const { return m_server.serverPort(); }
    QString url(const QString &path = QStringLiteral("/hook")) const;

    void setScript(const QList<int> &statuses) { m_script = statuses; }
    const QList<Request> &requests() const { return m_requests; }
    void clear() { m_requests.clear(); }

signals:
    void received();

private:
    void onReadable(QTcpSocket *socket);

    QTcpServer m_server;
    QList<int> m_script;
    QList<Request> m_requests;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QElapsedTimer m_clock;
};

} // namespace fleetcron::test
