#include "DaemonUnderTest.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>

namespace fleetcron::bench {

DaemonUnderTest::DaemonUnderTest(QString binary, QProcessEnvironment environment)
    : m_binary(std::move(binary))
    , m_environment(std::move(environment)) {}

DaemonUnderTest::~DaemonUnderTest() {
    stop();
}

bool DaemonUnderTest::start() {
    m_process.setProcessEnvironment(m_environment);
    m_process.start(m_binary, {QStringLiteral("--daemon"), QStringLiteral("--listen"),
                               QStringLiteral("127.0.0.1:0")});
    QByteArray log;
    QElapsedTimer waited;
    waited.start();
    // A daemon on 10 million executions may take a while to open its database.
    while (waited.elapsed() < 120000 && !log.contains("api listening on") &&
           m_process.state() != QProcess::NotRunning) {
        m_process.waitForReadyRead(200);
        log += m_process.readAllStandardError();
    }
    static const QRegularExpression listening(
        QStringLiteral("api listening on 127\\.0\\.0\\.1:(\\d+)"));
    const auto match = listening.match(QString::fromUtf8(log));
    QFile tokenFile(QDir(m_environment.value(QStringLiteral("FLEETCRON_CONFIG_DIR")))
                        .filePath(QStringLiteral("api-token")));
    if (!match.hasMatch() || !tokenFile.open(QIODevice::ReadOnly)) {
        m_error = QStringLiteral("the daemon did not start:\n") + QString::fromUtf8(log);
        stop();
        return false;
    }
    m_port = match.captured(1).toInt();
    m_token = tokenFile.readAll().trimmed();
    // Its log is not measured, but must not fill the pipe.
    QObject::connect(&m_process, &QProcess::readyReadStandardError, &m_process,
                     [this] { m_process.readAllStandardError(); });
    return true;
}

void DaemonUnderTest::stop() {
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(15000)) {
        m_process.kill();
        m_process.waitForFinished();
    }
}

double DaemonUnderTest::peakRssMb() const {
    QFile status(QStringLiteral("/proc/%1/status").arg(m_process.processId()));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

DaemonUnderTest::Answer DaemonUnderTest::get(const QString &path, bool keepBody) {
    QNetworkRequest request(
        QUrl(QStringLiteral("http://127.0.0.1:%1/v1/api%2").arg(m_port).arg(path)));
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setRawHeader("Authorization", "Bearer " + m_token);
    QElapsedTimer clock;
    clock.start();
    QNetworkReply *reply = m_net.get(request);
    Answer answer;
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::readyRead, &loop, [&] {
        if (!keepBody)
            answer.bytes += reply->readAll().size();
    });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    answer.body = reply->readAll();
    answer.bytes += answer.body.size();
    if (!keepBody)
        answer.body.clear();
    answer.ms = clock.nsecsElapsed() / 1e6;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->deleteLater();
    return answer;
}

} // namespace fleetcron::bench
