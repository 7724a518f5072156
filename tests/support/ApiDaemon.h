#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <optional>

class QNetworkReply;

namespace fleetcron::test {

// What an API request answered.
struct ApiReply {
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    QByteArray allow; // the Allow header (405 answers)
    QJsonObject object() const;
    QJsonArray array() const;
    QString error() const { return object().value(QStringLiteral("error")).toString(); }
    QString field() const { return object().value(QStringLiteral("field")).toString(); }
};

// Sends one request to the API on 127.0.0.1:`port` (HTTP/1.1; `path` from the server's root;
// `bearer` in the Authorization header unless empty; a JSON body unless empty); returns at once.
QNetworkReply *sendApiRequest(QNetworkAccessManager &net, int port, const QByteArray &verb,
                              const QString &path, const QByteArray &bearer,
                              const QByteArray &body = {});
// Waits for the reply (30 s at most), reads it and lets it go.
ApiReply waitForReply(QNetworkReply *reply);

// `fleetcron --daemon` (FLEETCRON_BINARY) in its own process with a fresh database, config and
// secret directory, listening on a free loopback port, and blocking HTTP calls to it. Stopped
// with SIGTERM (then SIGKILL) by its PID when the object goes away.
class ApiDaemon {
public:
    using Reply = ApiReply;

    ApiDaemon();
    ~ApiDaemon();
    ApiDaemon(const ApiDaemon &) = delete;
    ApiDaemon &operator=(const ApiDaemon &) = delete;

    // Starts it and waits until its API listens; false with error() set when it does not.
    bool start();
    void stop();
    QString error() const { return m_error; }
    QString log() const { return QString::fromUtf8(m_log); }
    QByteArray token() const { return m_token; }
    QProcessEnvironment environment() const;

    // `path` from the server's root ("/metrics", "/v1/api/tasks"); the daemon's token unless
    // another one is given (an empty one sends no Authorization header).
    Reply call(const QByteArray &verb, const QString &path, const QByteArray &body = {},
               std::optional<QByteArray> token = std::nullopt);
    Reply call(const QByteArray &verb, const QString &path, const QJsonObject &body);
    Reply get(const QString &path) { return call("GET", path); }
    Reply post(const QString &path, const QJsonObject &body = {});
    // POST that expects 201 and returns the new object's id (0 otherwise, with a warning).
    qint64 create(const QString &path, const QJsonObject &body);

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    QByteArray m_log;
    QByteArray m_token;
    QString m_error;
    int m_port = 0;
    QNetworkAccessManager m_net;
};

} // namespace fleetcron::test
