// api_abuse: how the daemon's REST API holds up under abuse, at more length than
// test_api_abuse can afford. Starts the real `fleetcron --daemon --listen 127.0.0.1:0`, probes
// GET /v1/api/health every 10 ms from a thread of its own, and for each phase prints the
// probe's p50/p99/max, failures, and the daemon's resident memory:
//   idle         nothing else
//   concurrent   --rounds × 1,000 concurrent GET /tasks
//   slowloris    500 half-open connections held until the daemon cuts them (10 s)
//   bodies       --bodies × a 100 MB upload, refused with 413
//   garbage      100k '[' bodies, invalid UTF-8, 1,000-header floods
//   tokens       --rounds × 2,000 concurrent wrong tokens
// then the token comparison alone (ApiToken::equals), wrong at the first byte vs the last,
// in ns per call: equal means no timing leak of where a guess goes wrong.

#include "ApiAbuseKit.h"
#include "api/ApiToken.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

#include <cstdio>
#include <functional>
#include <memory>

using namespace fleetcron;
using namespace fleetcron::test;

namespace {

void phase(DaemonProcess &daemon, const char *name, const std::function<void()> &load) {
    HealthProbe probe;
    probe.start(daemon.port(), 10);
    const qint64 rssBefore = daemon.rssKb();
    QElapsedTimer t;
    t.start();
    load();
    if (t.elapsed() < 2000)
        QThread::msleep(ulong(2000 - t.elapsed())); // enough probes for a percentile
    probe.stop();
    std::printf("%-11s %6.1f s  health p50 %6.1f ms  p99 %7.1f ms  max %7.1f ms  (%d probes, "
                "%d failed)  RSS %6lld -> %6lld KiB\n",
                name, double(t.elapsed()) / 1000, probe.percentile(50), probe.percentile(99),
                probe.percentile(100), probe.answered(), probe.failures(), rssBefore,
                daemon.rssKb());
    std::fflush(stdout);
}

double nsPerCompare(const QByteArray &expected, const QByteArray &given, int calls) {
    QElapsedTimer t;
    t.start();
    int equal = 0;
    for (int i = 0; i < calls; ++i)
        equal += ApiToken::equals(expected, given) ? 1 : 0;
    // The count goes into the result (as 0) so the calls cannot be optimised away.
    return double(t.nsecsElapsed()) / calls + (equal > calls ? 1 : 0);
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("REST API abuse benchmark"));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("rounds"), QStringLiteral("Rounds of floods."),
                      QStringLiteral("n"), QStringLiteral("5")});
    parser.addOption({QStringLiteral("bodies"), QStringLiteral("100 MB uploads."),
                      QStringLiteral("n"), QStringLiteral("5")});
    parser.process(app);
    const int rounds = parser.value(QStringLiteral("rounds")).toInt();
    const int bodies = parser.value(QStringLiteral("bodies")).toInt();

    DaemonProcess daemon;
    QString error;
    if (!daemon.start(QStringLiteral(FLEETCRON_BINARY_PATH), &error)) {
        std::fprintf(stderr, "api_abuse: %s\n", qPrintable(error));
        return 1;
    }
    const quint16 port = daemon.port();
    const QByteArray token = daemon.token();
    exchange(port, httpRequest("GET", "/v1/api/tasks", token));

    phase(daemon, "idle", [] {});
    phase(daemon, "concurrent", [&] {
        QList<QByteArray> requests(1000, httpRequest("GET", "/v1/api/tasks", token));
        for (int i = 0; i < rounds; ++i)
            concurrently(port, requests, 60'000);
    });
    phase(daemon, "slowloris", [&] {
        SlowConnections slow;
        slow.open(port, 500, "GET /v1/api/tasks HTTP/1.1\r\nHost: x\r\nX-Slo");
        QElapsedTimer t;
        t.start();
        while (slow.stillOpen() > 0 && t.elapsed() < 30'000)
            QThread::msleep(50);
    });
    phase(daemon, "bodies", [&] {
        const QByteArray head = "POST /v1/api/tasks HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " +
                                token + "\r\nContent-Length: 104857600\r\n\r\n";
        for (int i = 0; i < bodies; ++i)
            exchange(port, head, 60'000, QByteArray(1 << 20, 'x'), 100 << 20);
    });
    phase(daemon, "garbage", [&] {
        QList<QByteArray> flood;
        for (int i = 0; i < 1000; ++i)
            flood.append("X-F" + QByteArray::number(i) + ": y");
        for (int i = 0; i < 50; ++i) {
            exchange(port, httpRequest("POST", "/v1/api/tasks", token, QByteArray(100'000, '[')));
            exchange(port, httpRequest("POST", "/v1/api/tasks", token, "{\"name\":\"\xff\xfe\"}"));
            exchange(port, httpRequest("GET", "/v1/api/tasks", token, {}, flood));
        }
    });
    phase(daemon, "tokens", [&] {
        QList<QByteArray> requests;
        for (int i = 0; i < 2000; ++i)
            requests.append(
                httpRequest("GET", "/v1/api/tasks", QByteArray(64, char('a' + i % 26))));
        for (int i = 0; i < rounds; ++i)
            concurrently(port, requests, 60'000);
    });
    daemon.stop();

    QByteArray firstWrong = token;
    firstWrong[0] = firstWrong[0] == 'a' ? 'b' : 'a';
    QByteArray lastWrong = token;
    lastWrong[lastWrong.size() - 1] = lastWrong.back() == 'a' ? 'b' : 'a';
    constexpr int calls = 1'000'000;
    nsPerCompare(token, firstWrong, calls / 10); // warm-up
    for (int i = 0; i < 3; ++i)
        std::printf("ApiToken::equals: wrong first byte %.1f ns, wrong last byte %.1f ns, right "
                    "%.1f ns, short guess %.1f ns\n",
                    nsPerCompare(token, firstWrong, calls), nsPerCompare(token, lastWrong, calls),
                    nsPerCompare(token, token, calls), nsPerCompare(token, "abc", calls));
    return 0;
}
