#include "ApiAbuseKit.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cmath>

namespace fleetcron::test {
namespace {

// Fills `reply` from what arrived so far; true once the response is whole.
bool parseReply(const QByteArray &data, HttpReply &reply) {
    const qsizetype end = data.indexOf("\r\n\r\n");
    if (end < 0 || !data.startsWith("HTTP/1."))
        return false;
    reply.status = data.mid(9, 3).toInt();
    static const QRegularExpression length(QStringLiteral("(?im)^content-length:\\s*(\\d+)\\s*$"));
    const auto m = length.match(QString::fromLatin1(data.left(end)));
    const qsizetype bodyLength = m.hasMatch() ? m.captured(1).toLongLong() : 0;
    reply.body = data.mid(end + 4, bodyLength);
    reply.complete = data.size() >= end + 4 + bodyLength;
    return reply.complete;
}

} // namespace

DaemonProcess::~DaemonProcess() {
    stop();
}

bool DaemonProcess::start(const QString &binary, QString *error) {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const auto at = [this](const char *name) { return m_dir.filePath(QLatin1String(name)); };
    env.insert(QStringLiteral("FLEETCRON_DB"), at("fleet.sqlite"));
    env.insert(QStringLiteral("FLEETCRON_SECRETS"), QStringLiteral("file"));
    env.insert(QStringLiteral("FLEETCRON_SECRETS_DIR"), at("secrets"));
    env.insert(QStringLiteral("FLEETCRON_CONFIG_DIR"), at("conf"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), at("config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), at("data"));
    m_process = std::make_unique<QProcess>();
    m_process->setProcessEnvironment(env);
    m_process->start(binary, {QStringLiteral("--daemon"), QStringLiteral("--listen"),
                              QStringLiteral("127.0.0.1:0")});
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 20'000 && !m_log.contains("daemon started") &&
           m_process->state() != QProcess::NotRunning) {
        m_process->waitForReadyRead(200);
        m_log += m_process->readAllStandardError();
    }
    const auto match = QRegularExpression(QStringLiteral("api listening on 127\\.0\\.0\\.1:(\\d+)"))
                           .match(QString::fromUtf8(m_log));
    QFile tokenFile(at("conf/api-token"));
    if (!match.hasMatch() || !tokenFile.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("the daemon did not start: %1").arg(QString::fromUtf8(m_log));
        return false;
    }
    m_port = quint16(match.captured(1).toUInt());
    m_token = tokenFile.readAll().trimmed();
    return true;
}

void DaemonProcess::stop() {
    if (!m_process)
        return;
    m_process->terminate();
    if (!m_process->waitForFinished(15'000)) {
        m_process->kill();
        m_process->waitForFinished(5000);
    }
    m_log += m_process->readAllStandardError();
    m_process.reset();
}

bool DaemonProcess::isRunning() const {
    return m_process && m_process->state() == QProcess::Running;
}

qint64 DaemonProcess::pid() const {
    return m_process ? m_process->processId() : 0;
}

qint64 DaemonProcess::rssKb() const {
    QFile status(QStringLiteral("/proc/%1/status").arg(pid()));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    static const QRegularExpression rss(QStringLiteral("VmRSS:\\s*(\\d+) kB"));
    return rss.match(QString::fromLatin1(status.readAll())).captured(1).toLongLong();
}

QByteArray DaemonProcess::log() {
    if (m_process)
        m_log += m_process->readAllStandardError();
    return m_log;
}

bool HttpReply::isJsonError() const {
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    return status >= 400 && complete && doc.isObject() &&
           doc.object().value(QStringLiteral("error")).isString() && !error().isEmpty();
}

QString HttpReply::error() const {
    return QJsonDocument::fromJson(body).object().value(QStringLiteral("error")).toString();
}

QByteArray httpRequest(const QByteArray &method, const QByteArray &path, const QByteArray &token,
                       const QByteArray &body, const QList<QByteArray> &extra) {
    QByteArray r = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    if (!token.isEmpty())
        r += "Authorization: Bearer " + token + "\r\n";
    for (const QByteArray &line : extra)
        r += line + "\r\n";
    if (!body.isEmpty() || method == "POST" || method == "PUT")
        r +=
            "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
            "\r\n";
    return r + "\r\n" + body;
}

HttpReply exchange(quint16 port, const QByteArray &raw, int timeoutMs, const QByteArray &bodyChunk,
                   qint64 bodyBytes) {
    HttpReply reply;
    QElapsedTimer t;
    t.start();
    QTcpSocket s;
    s.connectToHost(QHostAddress::LocalHost, port);
    if (!s.waitForConnected(timeoutMs))
        return reply;
    s.write(raw);
    QByteArray data;
    const auto take = [&] {
        data += s.readAll();
        return parseReply(data, reply);
    };
    for (qint64 sent = 0; sent < bodyBytes && !bodyChunk.isEmpty() && t.elapsed() < timeoutMs;) {
        if (take() || s.state() != QAbstractSocket::ConnectedState)
            break;
        const qint64 n = std::min<qint64>(bodyChunk.size(), bodyBytes - sent);
        s.write(bodyChunk.constData(), n);
        sent += n;
        s.waitForBytesWritten(200);
    }
    while (!take() && t.elapsed() < timeoutMs && s.state() == QAbstractSocket::ConnectedState)
        s.waitForReadyRead(int(std::max<qint64>(1, timeoutMs - t.elapsed())));
    reply.ms = double(t.nsecsElapsed()) / 1e6;
    return reply;
}

QList<HttpReply> concurrently(quint16 port, const QList<QByteArray> &raws, int timeoutMs) {
    const qsizetype n = raws.size();
    QList<HttpReply> out(n);
    std::vector<std::unique_ptr<QTcpSocket>> sockets(static_cast<size_t>(n));
    std::vector<QByteArray> data(static_cast<size_t>(n));
    std::vector<bool> finished(size_t(n), false);
    QElapsedTimer t;
    t.start();
    qsizetype done = 0;
    QEventLoop loop;
    const auto finish = [&](qsizetype i) {
        if (finished[size_t(i)])
            return;
        finished[size_t(i)] = true;
        out[i].ms = double(t.nsecsElapsed()) / 1e6;
        sockets[size_t(i)]->abort();
        if (++done == n)
            loop.quit();
    };
    for (qsizetype i = 0; i < n; ++i) {
        auto *s = (sockets[size_t(i)] = std::make_unique<QTcpSocket>()).get();
        QObject::connect(s, &QTcpSocket::connected, s, [s, &raws, i] { s->write(raws[i]); });
        QObject::connect(s, &QTcpSocket::readyRead, s, [&, s, i] {
            data[size_t(i)] += s->readAll();
            if (parseReply(data[size_t(i)], out[i]))
                finish(i);
        });
        QObject::connect(s, &QTcpSocket::disconnected, s, [&, i] { finish(i); });
        QObject::connect(s, &QTcpSocket::errorOccurred, s, [&, i] { finish(i); });
        s->connectToHost(QHostAddress::LocalHost, port);
    }
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (done < n)
        loop.exec();
    return out;
}

SlowConnections::~SlowConnections() {
    for (auto &s : m_sockets)
        s->abort();
}

bool SlowConnections::open(quint16 port, int n, const QByteArray &partial, int timeoutMs) {
    for (int i = 0; i < n; ++i) {
        auto s = std::make_unique<QTcpSocket>();
        QTcpSocket *raw = s.get();
        QObject::connect(raw, &QTcpSocket::connected, raw, [raw, partial] { raw->write(partial); });
        raw->connectToHost(QHostAddress::LocalHost, port);
        m_sockets.push_back(std::move(s));
    }
    QElapsedTimer t;
    t.start();
    QEventLoop loop;
    while (t.elapsed() < timeoutMs) {
        const bool all = std::all_of(m_sockets.begin(), m_sockets.end(), [](const auto &s) {
            return s->state() == QAbstractSocket::ConnectedState && s->bytesToWrite() == 0;
        });
        if (all)
            return true;
        loop.processEvents(QEventLoop::AllEvents, 20);
    }
    return false;
}

int SlowConnections::stillOpen() {
    QEventLoop().processEvents(QEventLoop::AllEvents, 20);
    return int(std::count_if(m_sockets.begin(), m_sockets.end(), [](const auto &s) {
        return s->state() == QAbstractSocket::ConnectedState;
    }));
}

QList<HttpReply> SlowConnections::replies() {
    QList<HttpReply> out;
    for (auto &s : m_sockets) {
        HttpReply r;
        parseReply(s->readAll(), r);
        out.append(r);
    }
    return out;
}

HealthProbe::~HealthProbe() {
    stop();
}

void HealthProbe::start(quint16 port, int intervalMs) {
    m_stop = false;
    m_thread.reset(QThread::create([this, port, intervalMs] {
        const QByteArray request = httpRequest("GET", "/v1/api/health", {});
        while (!m_stop) {
            const HttpReply r = exchange(port, request, 10'000);
            if (r.status == 200) {
                std::lock_guard lock(m_mutex);
                m_latencies.push_back(r.ms);
            } else {
                ++m_failures;
            }
            QThread::msleep(ulong(intervalMs));
        }
    }));
    m_thread->start();
}

void HealthProbe::stop() {
    m_stop = true;
    if (m_thread)
        m_thread->wait();
    m_thread.reset();
}

double HealthProbe::percentile(double p) const {
    std::lock_guard lock(m_mutex);
    if (m_latencies.empty())
        return 0;
    std::vector<double> sorted = m_latencies;
    std::sort(sorted.begin(), sorted.end());
    const auto rank = size_t(std::ceil(p / 100.0 * double(sorted.size())));
    return sorted[std::clamp<size_t>(rank, 1, sorted.size()) - 1];
}

int HealthProbe::answered() const {
    std::lock_guard lock(m_mutex);
    return int(m_latencies.size());
}

} // namespace fleetcron::test
