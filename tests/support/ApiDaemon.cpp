#include "ApiDaemon.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QTimer>

namespace fleetcron::test {

QJsonObject ApiReply::object() const {
    return QJsonDocument::fromJson(body).object();
}

QJsonArray ApiReply::array() const {
    return QJsonDocument::fromJson(body).array();
}

QNetworkReply *sendApiRequest(QNetworkAccessManager &net, int port, const QByteArray &verb,
                              const QString &path, const QByteArray &bearer,
                              const QByteArray &body) {
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path)));
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    if (!bearer.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + bearer);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    return net.sendCustomRequest(request, verb, body);
}

ApiReply waitForReply(QNetworkReply *reply) {
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    ApiReply r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    r.allow = reply->rawHeader("Allow");
    reply->deleteLater();
    return r;
}

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
    if (!m_dir.isValid() || qEnvironmentVariableIsEmpty("FLEETCRON_BINARY")) {
        m_error = QStringLiteral("no temporary directory, or FLEETCRON_BINARY unset");
        return false;
    }
    m_process.setProcessEnvironment(environment());
    m_process.start(
        qEnvironmentVariable("FLEETCRON_BINARY"),
        {QStringLiteral("--daemon"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
    if (!m_process.waitForStarted(10000)) {
        m_error = m_process.errorString();
        return false;
    }
    QElapsedTimer t;
    t.start();
    static const QRegularExpression listening(
        QStringLiteral("api listening on 127\\.0\\.0\\.1:(\\d+)"));
    QRegularExpressionMatch match;
    while (t.elapsed() < 20000 && !match.hasMatch()) {
        m_process.waitForReadyRead(200);
        m_log += m_process.readAllStandardError();
        match = listening.match(QString::fromUtf8(m_log));
    }
    QObject::connect(&m_process, &QProcess::readyReadStandardError, &m_process,
                     [this] { m_log += m_process.readAllStandardError(); });
    if (!match.hasMatch()) {
        m_error = QStringLiteral("the daemon did not start listening: ") + log();
        return false;
    }
    m_port = match.captured(1).toInt();
    QFile tokenFile(m_dir.filePath(QStringLiteral("conf/api-token")));
    if (!tokenFile.open(QIODevice::ReadOnly)) {
        m_error = QStringLiteral("no token file: ") + tokenFile.errorString();
        return false;
    }
    m_token = tokenFile.readAll().trimmed();
    return true;
}

void ApiDaemon::stop() {
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(15000))
        m_process.kill();
    m_process.waitForFinished(5000);
    m_log += m_process.readAllStandardError();
}

ApiDaemon::Reply ApiDaemon::call(const QByteArray &verb, const QString &path,
                                 const QByteArray &body, std::optional<QByteArray> token) {
    return waitForReply(sendApiRequest(m_net, m_port, verb, path, token.value_or(m_token), body));
}

ApiDaemon::Reply ApiDaemon::call(const QByteArray &verb, const QString &path,
                                 const QJsonObject &body) {
    return call(verb, path, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

ApiDaemon::Reply ApiDaemon::post(const QString &path, const QJsonObject &body) {
    return call("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

qint64 ApiDaemon::create(const QString &path, const QJsonObject &body) {
    const Reply r = post(path, body);
    if (r.status != 201) {
        qWarning("POST %s: %d %s", qPrintable(path), r.status, r.body.constData());
        return 0;
    }
    return r.object().value(QStringLiteral("id")).toInteger();
}

} // namespace fleetcron::test
