#pragma once

// The CLI and the API of one console test store: the real fleetcron binary run on its SQLite
// file, and a real daemon on that file answering on 127.0.0.1, for tests that check the three
// faces (console, CLI, API) give the same answer.
#include "ConsoleTestStore.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTimer>
#include <QUrlQuery>

namespace fleetcron::test {

class FaceHarness {
public:
    struct Reply {
        int status = 0;
        QJsonObject json;
    };

    explicit FaceHarness(ConsoleTestStore &store)
        : m_store(store) {}
    ~FaceHarness() { stopDaemon(); }

    QProcessEnvironment environment() const {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        const QString dir = m_store.dir();
        env.insert(QStringLiteral("FLEETCRON_DB"), m_store.path());
        env.insert(QStringLiteral("FLEETCRON_SECRETS"), QStringLiteral("file"));
        env.insert(QStringLiteral("FLEETCRON_SECRETS_DIR"), dir + QStringLiteral("/secrets"));
        env.insert(QStringLiteral("FLEETCRON_CONFIG_DIR"), dir + QStringLiteral("/conf"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir + QStringLiteral("/config"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), dir + QStringLiteral("/data"));
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        return env;
    }

    // The CLI's exit code (-1 when it did not end within a minute), its stdout and stderr.
    int cli(const QStringList &args, QString *out, QString *err = nullptr) const {
        QProcess p;
        p.setProcessEnvironment(environment());
        p.start(qEnvironmentVariable("FLEETCRON_BINARY"), args);
        if (!p.waitForStarted(10000) || !p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished();
            return -1;
        }
        *out = QString::fromUtf8(p.readAllStandardOutput());
        if (err)
            *err = QString::fromUtf8(p.readAllStandardError());
        return p.exitCode();
    }

    // Starts the daemon on a free port; the daemon's log when it did not come up.
    QString startDaemon() {
        const QString tokenPath = m_store.dir() + QStringLiteral("/token");
        m_daemon.setProcessEnvironment(environment());
        m_daemon.start(qEnvironmentVariable("FLEETCRON_BINARY"),
                       {QStringLiteral("--daemon"), QStringLiteral("--listen"),
                        QStringLiteral("127.0.0.1:0"), QStringLiteral("--api-token-file"),
                        tokenPath});
        if (!m_daemon.waitForStarted(10000))
            return QStringLiteral("the daemon did not start");
        QString log;
        static const QRegularExpression listening(
            QStringLiteral("api listening on 127\\.0\\.0\\.1:(\\d+)"));
        QRegularExpressionMatch match;
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 60000 && !match.hasMatch()) {
            m_daemon.waitForReadyRead(200);
            log += QString::fromUtf8(m_daemon.readAllStandardError());
            match = listening.match(log);
        }
        if (!match.hasMatch())
            return log.isEmpty() ? QStringLiteral("the daemon never listened") : log;
        m_base = QStringLiteral("http://127.0.0.1:") + match.captured(1);
        QFile tokenFile(tokenPath);
        if (!tokenFile.open(QIODevice::ReadOnly))
            return QStringLiteral("no token file at ") + tokenPath;
        m_token = tokenFile.readAll().trimmed();
        return {};
    }

    void stopDaemon() {
        if (m_daemon.state() == QProcess::NotRunning)
            return;
        m_daemon.terminate();
        if (!m_daemon.waitForFinished(30000)) {
            m_daemon.kill();
            m_daemon.waitForFinished();
        }
    }

    // GET `path` (under the daemon's base, e.g. "/v1/api/executions") with the admin token.
    Reply get(const QString &path, const QUrlQuery &query = {}) {
        QUrl url(m_base + path);
        url.setQuery(query);
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        request.setRawHeader("Authorization", "Bearer " + m_token);
        QNetworkReply *reply = m_net.get(request);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        loop.exec();
        Reply r{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                QJsonDocument::fromJson(reply->readAll()).object()};
        reply->deleteLater();
        return r;
    }

private:
    ConsoleTestStore &m_store;
    QProcess m_daemon;
    QString m_base;
    QByteArray m_token;
    QNetworkAccessManager m_net;
};

} // namespace fleetcron::test
