#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QTemporaryDir>

#include <optional>

class QNetworkReply;

namespace fleetcron::test {

// One HTTP answer of the API, with its JSON read back.
struct ApiReply {
    int status = 0;
    QByteArray body;
    QByteArray allow; // the Allow header (405 answers)
    QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
    QJsonArray array() const { return QJsonDocument::fromJson(body).array(); }
    QString error() const { return object().value(QStringLiteral("error")).toString(); }
    QString field() const { return object().value(QStringLiteral("field")).toString(); }
};

// The real `fleetcron --daemon` (FLEETCRON_BINARY) on a throw-away SQLite database and a free
// loopback port, spoken to over HTTP as a script would: the API tests' shared fixture. The
// daemon is stopped (SIGTERM, then SIGKILL) when the fixture goes.
class ApiDaemon {
public:
    ApiDaemon();
    ~ApiDaemon();
    ApiDaemon(const ApiDaemon &) = delete;
    ApiDaemon &operator=(const ApiDaemon &) = delete;

    // Starts the daemon and waits for its "api listening" line; false with error() otherwise.
    bool start();
    void stop();
    QString error() const { return m_error; }

    // What the daemon and its CLI run with: database, secrets, config under the fixture's dir.
    QProcessEnvironment environment() const;
    QString dirPath(const QString &name) const { return m_dir.filePath(name); }
    // The token the daemon wrote to its config folder (read once the daemon runs).
    QByteArray storedToken() const;
    int port() const { return m_port; }
    QByteArray log() const { return m_log; }

    // Sends a request to `path` (from the root: "/v1/api/tasks", "/jobs") with the bearer
    // token (the stored one unless given) and returns at once; the reply finishes later.
    QNetworkReply *send(const QByteArray &verb, const QString &path, const QByteArray &body = {},
                        std::optional<QByteArray> token = std::nullopt);
    // The same, waiting for the answer (30 s at most).
    ApiReply call(const QByteArray &verb, const QString &path, const QByteArray &body = {},
                  std::optional<QByteArray> token = std::nullopt);
    ApiReply call(const QByteArray &verb, const QString &path, const QJsonObject &body) {
        return call(verb, path, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    // Every body the API sent so far, to look for a secret in.
    const QByteArray &responses() const { return m_responses; }

private:
    QTemporaryDir m_dir;
    QProcess m_daemon;
    QByteArray m_log;
    QByteArray m_responses;
    QNetworkAccessManager m_net;
    int m_port = 0;
    QByteArray m_token;
    QString m_error;
};

} // namespace fleetcron::test
