#pragma once

#include <QByteArray>
#include <QList>
#include <QProcess>
#include <QString>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>

#include <atomic>
#include <memory>
#include <mutex>
#include <vector>

namespace fleetcron::test {

// What the abuse test and bench/api_abuse share: the real daemon, raw HTTP on loopback (so a
// request can be as wrong as an attacker likes), many connections at once, slow connections,
// and a /health probe that measures latency from a thread of its own.

// `fleetcron --daemon --listen 127.0.0.1:0` on a fresh database and config directory; stopped
// by its PID when this goes away.
class DaemonProcess {
public:
    DaemonProcess() = default;
    ~DaemonProcess();
    DaemonProcess(const DaemonProcess &) = delete;
    DaemonProcess &operator=(const DaemonProcess &) = delete;

    // `binary`: the fleetcron program. False with `error` when it did not come up.
    bool start(const QString &binary, QString *error);
    void stop();
    bool isRunning() const;

    quint16 port() const { return m_port; }
    QByteArray token() const { return m_token; }
    qint64 pid() const;
    // Resident memory now (VmRSS), in KiB.
    qint64 rssKb() const;
    QByteArray log();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    QByteArray m_log;
    quint16 m_port = 0;
    QByteArray m_token;
};

struct HttpReply {
    int status = 0; // 0: no response
    QByteArray body;
    bool complete = false;
    double ms = 0; // from connecting to the whole response

    // A 4xx/5xx with a JSON object body that says what was wrong: {"error": "…"}.
    bool isJsonError() const;
    QString error() const;
};

// A request as bytes; `extra` are whole header lines ("Name: value").
QByteArray httpRequest(const QByteArray &method, const QByteArray &path, const QByteArray &token,
                       const QByteArray &body = {}, const QList<QByteArray> &extra = {});

// Sends `raw` on a new connection and waits for one response (blocking; any thread).
// `bodyChunk`/`bodyBytes`: after `raw`, keep sending `bodyChunk` until `bodyBytes` have gone or
// the server has answered (how a client uploads a large body).
HttpReply exchange(quint16 port, const QByteArray &raw, int timeoutMs = 15'000,
                   const QByteArray &bodyChunk = {}, qint64 bodyBytes = 0);

// Every request on its own connection, all at once (connections opened together, requests
// written as each connects); waits for every response or the timeout.
QList<HttpReply> concurrently(quint16 port, const QList<QByteArray> &raws, int timeoutMs);

// Connections that send `partial` (an unfinished request) and then nothing: slowloris.
class SlowConnections {
public:
    ~SlowConnections();
    // Opens `n` and waits until all are connected and have sent their bytes.
    bool open(quint16 port, int n, const QByteArray &partial, int timeoutMs = 15'000);
    // How many the server has not closed yet (runs the event loop briefly).
    int stillOpen();
    // What the server sent on those it closed.
    QList<HttpReply> replies();

private:
    std::vector<std::unique_ptr<QTcpSocket>> m_sockets;
};

// GET /v1/api/health every `intervalMs` from a thread of its own (a QThread: sockets need its
// event dispatcher even when used blocking), each on a new connection.
class HealthProbe {
public:
    ~HealthProbe();
    void start(quint16 port, int intervalMs = 20);
    void stop();
    // Latency of the p-th percentile (0..100) in ms, of the answered probes; failures apart.
    double percentile(double p) const;
    int answered() const;
    int failures() const { return m_failures.load(); }

private:
    std::unique_ptr<QThread> m_thread;
    std::atomic_bool m_stop{false};
    std::atomic_int m_failures{0};
    mutable std::mutex m_mutex;
    std::vector<double> m_latencies;
};

} // namespace fleetcron::test
