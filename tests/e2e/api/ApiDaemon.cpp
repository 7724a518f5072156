#include "ApiDaemon.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QTimer>

namespace fleetcron::test {

ApiDaemon::ApiDaemon() = default;

ApiDaemon::~ApiDaemon() {
    stop();
}

QProcessEnvironment ApiDaemon::environment() const {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("FLEETCRON_DB"), m_dir.filePath(QStringLiteral("fleet.sqlite")));
    env.insert(QStringLiteral("FLEETCRON_SECRETS"), QStringLiteral("file"));
    env.insert(QStringLiteral("FLEETCRON_SECRETS_DIR"), m_dir.filePath(QStringLiteral("secrets")));
    env.insert(QStringLiteral("FLEETCRON_CONFIG_DIR"), m_dir.filePath(QStringLiteral("conf")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    return env;
}

bool ApiDaemon::start() {
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("no temporary directory");
        return false;
    }
    m_daemon.setProcessEnvironment(environment());
    m_daemon.start(
        qEnvironmentVariable("FLEETCRON_BINARY"),
        {QStringLiteral("--daemon"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
    if (!m_daemon.waitForStarted(10000)) {
        m_error = QStringLiteral("the daemon did not start: %1").arg(m_daemon.errorString());
        return false;
    }
    QElapsedTimer t;
    t.start();
    const QRegularExpression listening(QStringLiteral("api listening on 127\\.0\\.0\\.1:(\\d+)"));
    QRegularExpressionMatch match;
    while (t.elapsed() < 15000 && !match.hasMatch()) {
        m_daemon.waitForReadyRead(200);
        m_log += m_daemon.readAllStandardError();
        match = listening.match(QString::fromUtf8(m_log));
    }
    if (!match.hasMatch()) {
        m_error = QStringLiteral("no 'api listening' line: %1").arg(QString::fromUtf8(m_log));
        return false;
    }
    m_port = match.captured(1).toInt();
    QObject::connect(&m_daemon, &QProcess::readyReadStandardError, &m_daemon,
                     [this] { m_log += m_daemon.readAllStandardError(); });
    m_token = storedToken();
    return m_port > 0;
}

void ApiDaemon::stop() {
    if (m_daemon.state() == QProcess::NotRunning)
        return;
    m_daemon.terminate();
    if (!m_daemon.waitForFinished(15000))
        m_daemon.kill();
    m_daemon.waitForFinished(5000);
    m_log += m_daemon.readAllStandardError();
}

QByteArray ApiDaemon::storedToken() const {
    QFile file(m_dir.filePath(QStringLiteral("conf/api-token")));
    return file.open(QIODevice::ReadOnly) ? file.readAll().trimmed() : QByteArray();
}

QNetworkReply *ApiDaemon::send(const QByteArray &verb, const QString &path, const QByteArray &body,
                               std::optional<QByteArray> token) {
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path)));
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    const QByteArray bearer = token.value_or(m_token);
    if (!bearer.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + bearer);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    return m_net.sendCustomRequest(request, verb, body);
}

ApiReply ApiDaemon::call(const QByteArray &verb, const QString &path, const QByteArray &body,
                         std::optional<QByteArray> token) {
    QNetworkReply *reply = send(verb, path, body, token);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    loop.exec();
    ApiReply r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.allow = reply->rawHeader("Allow");
    m_responses += r.body;
    reply->deleteLater();
    return r;
}

} // namespace fleetcron::test
