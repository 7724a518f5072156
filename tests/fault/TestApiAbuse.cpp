// The daemon's REST API under abuse, against the real `fleetcron --daemon`: 1,000 concurrent
// requests, 500 slow half-open connections, a 100 MB body, 100k nested brackets, invalid UTF-8,
// header floods, wrong tokens at speed. It must stay responsive (/health answered fast from
// another thread all along), keep its memory, and answer every bad request with a 4xx JSON
// error. bench/api_abuse measures the same at length for docs/RELIABILITY.md.
#include "ApiAbuseKit.h"

#include <QTest>

using namespace fleetcron::test;

class TestApiAbuse : public QObject {
    Q_OBJECT

    DaemonProcess m_daemon;
    HealthProbe m_probe;
    qint64 m_rssAtStart = 0;

    quint16 port() const { return m_daemon.port(); }
    QByteArray token() const { return m_daemon.token(); }

    static void verifyJsonError(const HttpReply &r, int status) {
        QVERIFY2(r.status == status, qPrintable(QStringLiteral("status %1, expected %2: %3")
                                                    .arg(r.status)
                                                    .arg(status)
                                                    .arg(QString::fromUtf8(r.body.left(300)))));
        QVERIFY2(r.isJsonError(), r.body.left(300).constData());
    }

private slots:
    void initTestCase() {
        QString error;
        QVERIFY2(m_daemon.start(qEnvironmentVariable("FLEETCRON_BINARY"), &error),
                 qPrintable(error));
        // Warm up: the first requests allocate what every later one reuses.
        QCOMPARE(exchange(port(), httpRequest("GET", "/v1/api/tasks", token())).status, 200);
        m_rssAtStart = m_daemon.rssKb();
        m_probe.start(port());
    }

    void thousandConcurrentRequestsAllAnswered() {
        QList<QByteArray> requests;
        for (int i = 0; i < 1000; ++i)
            requests.append(
                httpRequest("GET", i % 2 ? "/v1/api/tasks" : "/v1/api/servers", token()));
        const QList<HttpReply> replies = concurrently(port(), requests, 60'000);
        int ok = 0;
        for (const HttpReply &r : replies)
            ok += r.status == 200 ? 1 : 0;
        QCOMPARE(ok, 1000);
    }

    void slowHalfOpenConnectionsAreCutAndHealthStaysFast() {
        SlowConnections slow;
        QVERIFY(slow.open(port(), 500, "GET /v1/api/tasks HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slo"));
        // While they hang, the daemon answers everyone else.
        const HttpReply meanwhile = exchange(port(), httpRequest("GET", "/v1/api/tasks", token()));
        QCOMPARE(meanwhile.status, 200);
        QVERIFY2(meanwhile.ms < 1000, qPrintable(QString::number(meanwhile.ms)));
        // The request timeout (10 s) closes them, each with a 408 it can read.
        QVERIFY(QTest::qWaitFor([&] { return slow.stillOpen() == 0; }, 15'000));
        int timedOut = 0;
        for (const HttpReply &r : slow.replies())
            timedOut += r.status == 408 && r.isJsonError() ? 1 : 0;
        QCOMPARE(timedOut, 500);
    }

    void hundredMegabyteBodyRefusedBeforeItIsRead() {
        const qint64 before = m_daemon.rssKb();
        const QByteArray head = "POST /v1/api/tasks HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                "Authorization: Bearer " +
                                token() +
                                "\r\nContent-Type: application/json\r\n"
                                "Content-Length: 104857600\r\n\r\n";
        const HttpReply r = exchange(port(), head, 30'000, QByteArray(1 << 20, 'x'), 100 << 20);
        verifyJsonError(r, 413);
        // Also without a token: the size is judged before anything else.
        const HttpReply anonymous =
            exchange(port(),
                     httpRequest("POST", "/v1/api/tasks", {})
                         .replace("Content-Length: 0", "Content-Length: 104857600"),
                     30'000, QByteArray(1 << 20, 'x'), 100 << 20);
        verifyJsonError(anonymous, 413);
        const qint64 grewKb = m_daemon.rssKb() - before;
        qInfo("RSS after two 100 MB bodies: %+lld KiB", grewKb);
        QVERIFY2(grewKb < 16 * 1024, qPrintable(QString::number(grewKb)));
    }

    void deepNestingIsABadRequest() {
        const HttpReply arrays = exchange(
            port(), httpRequest("POST", "/v1/api/tasks", token(), QByteArray(100'000, '[')));
        verifyJsonError(arrays, 400);
        QByteArray objects;
        for (int i = 0; i < 50'000; ++i)
            objects += "{\"a\":";
        verifyJsonError(exchange(port(), httpRequest("POST", "/v1/api/tasks", token(), objects)),
                        400);
    }

    void invalidUtf8IsABadRequest() {
        const QByteArray body = "{\"name\":\"bad\xff\xfe\xc3\x28\",\"command\":\"true\","
                                "\"schedule\":\"@every 1h\"}";
        verifyJsonError(exchange(port(), httpRequest("POST", "/v1/api/tasks", token(), body)), 400);
        verifyJsonError(exchange(port(), httpRequest("GET", "/v1/api/tasks/\xff\xfe", token())),
                        404);
        verifyJsonError(exchange(port(), httpRequest("GET", "/v1/api/tasks", "\xff\xfe\x80token")),
                        401);
    }

    void headerFloodsAreRefused() {
        QList<QByteArray> many;
        for (int i = 0; i < 1000; ++i)
            many.append("X-Flood-" + QByteArray::number(i) + ": y");
        verifyJsonError(exchange(port(), httpRequest("GET", "/v1/api/tasks", token(), {}, many)),
                        431);
        verifyJsonError(exchange(port(), httpRequest("GET", "/v1/api/tasks", token(), {},
                                                     {"X-Big: " + QByteArray(100'000, 'b')})),
                        431);
        verifyJsonError(exchange(port(), httpRequest("POST", "/v1/api/tasks", token(), {},
                                                     {"Transfer-Encoding: chunked"})),
                        411);
    }

    void wrongTokensAtSpeedAreAllRefused() {
        QList<QByteArray> requests;
        const QByteArray good = token();
        for (int i = 0; i < 2000; ++i) {
            QByteArray wrong = good;
            wrong[i % wrong.size()] = wrong[i % wrong.size()] == 'a' ? 'b' : 'a';
            requests.append(httpRequest("GET", "/v1/api/tasks", i % 3 ? wrong : wrong.left(5)));
        }
        // 500 at a time: 2,000 at once would meet the connection limit (503) instead.
        int refused = 0;
        for (int from = 0; from < requests.size(); from += 500)
            for (const HttpReply &r : concurrently(port(), requests.mid(from, 500), 60'000))
                refused += r.status == 401 && r.isJsonError() ? 1 : 0;
        QCOMPARE(refused, 2000);
        QCOMPARE(exchange(port(), httpRequest("GET", "/v1/api/tasks", good)).status, 200);
    }

    // Checked last, over everything above.
    void stayedResponsiveWithBoundedMemory() {
        m_probe.stop();
        const double p99 = m_probe.percentile(99);
        const qint64 grewKb = m_daemon.rssKb() - m_rssAtStart;
        qInfo("/health under abuse: %d answered, %d failed, p50 %.1f ms, p99 %.1f ms, max %.1f "
              "ms; RSS %+lld KiB",
              m_probe.answered(), m_probe.failures(), m_probe.percentile(50), p99,
              m_probe.percentile(100), grewKb);
        QVERIFY(m_probe.answered() > 50);
        QCOMPARE(m_probe.failures(), 0);
        QVERIFY2(p99 < 1000, qPrintable(QString::number(p99)));
        QVERIFY2(grewKb < 64 * 1024, qPrintable(QString::number(grewKb)));
        QVERIFY(m_daemon.isRunning());
        QCOMPARE(exchange(port(), httpRequest("GET", "/v1/api/health", {})).status, 200);
    }

    void cleanupTestCase() {
        m_probe.stop();
        m_daemon.stop();
    }
};

QTEST_GUILESS_MAIN(TestApiAbuse)
#include "TestApiAbuse.moc"
