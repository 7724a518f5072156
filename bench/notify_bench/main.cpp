// notify_bench: the webhook receiver for the notification lateness benchmark (issue 13). It
// listens on 127.0.0.1, reads each HTTP/1.1 request (keep-alive too), checks its HMAC-SHA256
// signature when given the secret, and answers 200, or never (--hang: a stuck endpoint).
// bench/notify_bench/run.sh drives it beside bench/scheduler_bench/run.sh.
//
//   notify_bench receive --port P --seconds S [--secret TEXT] [--hang]
//
// Prints key=value lines when the time is up: requests, per event, bad signatures.
#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QMessageAuthenticationCode>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <cstdio>

namespace {

struct Counts {
    qint64 requests = 0;
    qint64 badSignatures = 0;
    QMap<QByteArray, qint64> events;
};

void out(const QString &line) {
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

// Takes every complete request off the front of `buffer`; true for each one read.
bool takeRequest(QByteArray &buffer, QHash<QByteArray, QByteArray> &headers, QByteArray &body) {
    const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return false;
    headers.clear();
    const QList<QByteArray> lines = buffer.left(headEnd).split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0)
            headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                           lines.at(i).mid(colon + 1).trimmed());
    }
    const qsizetype length = headers.value("content-length", "0").toLongLong();
    if (buffer.size() < headEnd + 4 + length)
        return false;
    body = buffer.mid(headEnd + 4, length);
    buffer.remove(0, headEnd + 4 + length);
    return true;
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.value(1) != QStringLiteral("receive")) {
        std::fputs("usage: notify_bench receive --port P --seconds S [--secret TEXT] [--hang]\n",
                   stderr);
        return 2;
    }
    auto value = [&](const char *name) {
        const qsizetype i = args.indexOf(QString::fromLatin1(name));
        return i > 0 ? args.value(i + 1) : QString();
    };
    const int port = value("--port").toInt();
    const int seconds = value("--seconds").toInt();
    const QByteArray secret = value("--secret").toUtf8();
    const bool hang = args.contains(QStringLiteral("--hang"));
    if (port <= 0 || seconds <= 0) {
        std::fputs("notify_bench: --port and --seconds need positive numbers\n", stderr);
        return 2;
    }

    Counts counts;
    QTcpServer server;
    QHash<QTcpSocket *, QByteArray> buffers;
    QObject::connect(&server, &QTcpServer::newConnection, &server, [&] {
        while (QTcpSocket *socket = server.nextPendingConnection()) {
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [&, socket] {
                QByteArray &buffer = buffers[socket];
                buffer += socket->readAll();
                QHash<QByteArray, QByteArray> headers;
                QByteArray body;
                while (takeRequest(buffer, headers, body)) {
                    ++counts.requests;
                    ++counts.events[headers.value("x-fleetcron-event", "ping")];
                    if (!secret.isEmpty()) {
                        const QByteArray expected =
                            "sha256=" + QMessageAuthenticationCode::hash(body, secret,
                                                                         QCryptographicHash::Sha256)
                                            .toHex();
                        if (headers.value("x-fleetcron-signature") != expected)
                            ++counts.badSignatures;
                    }
                    if (!hang)
                        socket->write("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n");
                }
            });
            QObject::connect(socket, &QTcpSocket::disconnected, socket, [&, socket] {
                buffers.remove(socket);
                socket->deleteLater();
            });
        }
    });
    if (!server.listen(QHostAddress::LocalHost, quint16(port))) {
        std::fputs(qPrintable(QStringLiteral("notify_bench: cannot listen on 127.0.0.1:%1: %2\n")
                                  .arg(port)
                                  .arg(server.errorString())),
                   stderr);
        return 1;
    }
    QTimer::singleShot(seconds * 1000, &app, [&] {
        out(QStringLiteral("receiver_requests=%1").arg(counts.requests));
        for (auto it = counts.events.cbegin(); it != counts.events.cend(); ++it)
            out(QStringLiteral("receiver_event_%1=%2")
                    .arg(QString::fromUtf8(it.key()))
                    .arg(it.value()));
        out(QStringLiteral("receiver_bad_signatures=%1").arg(counts.badSignatures));
        app.quit();
    });
    return app.exec();
}
