// SshPool against real OpenSSH servers on 127.0.0.1: reuse, reconnect, channel limits, idle
// timeout and keepalive. Connections are counted from sshd's own log.
#include "ssh/SshPool.h"
#include "support/ProcessProbe.h"
#include "support/SshdFixture.h"
#include "support/TestUnixUser.h"

#include <QElapsedTimer>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>
#include <mutex>
#include <thread>
#include <unistd.h>
#include <vector>

using namespace fleetcron;
using namespace fleetcron::test;

class TestSshPool : public QObject {
    Q_OBJECT

    std::unique_ptr<SshdFixture> m_sshd;
    std::unique_ptr<TestUnixUser> m_user;

    // The non-root user: root's login shell here reads a heavy ~/.bashrc on every command.
    SshTarget target(const SshdFixture &sshd) const {
        SshTarget t;
        t.serverId = 7;
        t.name = QStringLiteral("db1");
        t.host = sshd.host();
        t.port = sshd.port();
        t.username = m_user->name();
        t.auth = AuthMethod::Key;
        t.keyPath = sshd.clientKeyPath();
        t.connectTimeoutMs = 5000;
        return t;
    }

    static bool waitFor(const std::function<bool()> &condition, int timeoutMs) {
        QElapsedTimer t;
        t.start();
        while (!condition()) {
            if (t.elapsed() > timeoutMs)
                return false;
            QThread::msleep(20);
        }
        return true;
    }

private slots:
    void initTestCase() {
        if (::geteuid() != 0)
            QSKIP("the sshd fixture and the throw-away user need root (CI runs tests as root)");
        m_sshd = std::make_unique<SshdFixture>();
        QVERIFY2(m_sshd->start(), qPrintable(m_sshd->error()));
        m_user = std::make_unique<TestUnixUser>();
        QVERIFY2(m_user->isValid(), qPrintable(m_user->error()));
    }

    void cleanupTestCase() {
        m_sshd.reset();
        m_user.reset();
    }

    void reusesOneConnection() {
        SshPool pool;
        const int before = m_sshd->acceptedConnections();
        const SshExecResult first =
            pool.exec(target(*m_sshd), SshCommand::shell(QStringLiteral("echo one")));
        QVERIFY2(first.ok(), qPrintable(first.error));
        QCOMPARE(first.stdoutData, QByteArray("one\n"));
        QVERIFY(!first.reusedConnection);
        QVERIFY(first.hostKeyNewlyPinned); // the caller stores it
        QCOMPARE(first.hostKeyFingerprint, m_sshd->hostKeyFingerprint());
        QCOMPARE(first.authMethod, QStringLiteral("publickey"));

        SshTarget pinned = target(*m_sshd);
        pinned.pinnedHostKey = first.hostKeyFingerprint;
        for (int i = 0; i < 5; ++i) {
            const SshExecResult again =
                pool.exec(pinned, SshCommand::shell(QStringLiteral("echo again")));
            QVERIFY2(again.ok(), qPrintable(again.error));
            QVERIFY(again.reusedConnection);
            QVERIFY(!again.hostKeyNewlyPinned);
        }
        QCOMPARE(pool.connectionsOpened(), 1);
        QCOMPARE(pool.openConnections(), 1);
        QCOMPARE(m_sshd->acceptedConnections() - before, 1); // sshd saw one TCP connection
    }

    void reconnectsAfterServerRestart() {
        SshPool pool;
        QVERIFY(pool.exec(target(*m_sshd), SshCommand::shell(QStringLiteral("true"))).ok());
        QVERIFY2(m_sshd->restart(), qPrintable(m_sshd->error()));
        const SshExecResult r =
            pool.exec(target(*m_sshd), SshCommand::shell(QStringLiteral("echo back")));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.stdoutData, QByteArray("back\n"));
        QVERIFY(!r.reusedConnection);
        QCOMPARE(pool.connectionsOpened(), 2);
    }

    void moreCommandsThanTheChannelLimit() {
        SshPool pool;
        SshTarget t = target(*m_sshd);
        t.channelLimit = 3;
        constexpr int commands = 8;
        std::vector<SshExecResult> results(commands);
        std::vector<std::thread> threads;
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < commands; ++i) {
            threads.emplace_back([&, i] {
                results[size_t(i)] = pool.exec(
                    t, SshCommand::shell(QStringLiteral("sleep 1; echo %1").arg(i), 20'000));
            });
        }
        for (std::thread &th : threads)
            th.join();
        for (int i = 0; i < commands; ++i) {
            QVERIFY2(results[size_t(i)].ok(), qPrintable(results[size_t(i)].error));
            QCOMPARE(results[size_t(i)].stdoutData, QByteArray::number(i) + '\n');
        }
        // 8 at once, 3 per connection: 3 connections, and they really ran side by side.
        QCOMPARE(pool.connectionsOpened(), 3);
        QVERIFY2(timer.elapsed() < 4000, qPrintable(QString::number(timer.elapsed())));
    }

    void channelsShareOneConnectionCleanly() {
        // One connection, four commands at once: two big outputs that must arrive whole, one
        // that times out and one that is cancelled. Their channels interleave on one socket.
        SshPool pool;
        const SshTarget t = target(*m_sshd);
        QVERIFY(pool.exec(t, SshCommand::shell(QStringLiteral("true"))).ok());
        SshCancelToken cancel;
        std::vector<SshExecResult> results(4);
        std::vector<std::thread> threads;
        threads.emplace_back([&] {
            results[0] = pool.exec(t, SshCommand::shell(QStringLiteral("seq 1 150000"), 30'000));
        });
        threads.emplace_back([&] {
            results[1] =
                pool.exec(t, SshCommand::shell(QStringLiteral("seq 1 150000 >&2"), 30'000));
        });
        threads.emplace_back(
            [&] { results[2] = pool.exec(t, SshCommand::shell(QStringLiteral("sleep 30"), 700)); });
        threads.emplace_back([&] {
            results[3] =
                pool.exec(t, SshCommand::shell(QStringLiteral("sleep 30"), 30'000), cancel);
        });
        QThread::msleep(500);
        cancel.cancel();
        for (std::thread &th : threads)
            th.join();
        QByteArray expected;
        for (int i = 1; i <= 150000; ++i)
            expected += QByteArray::number(i) + '\n';
        QVERIFY2(results[0].ok(), qPrintable(results[0].error));
        QVERIFY(results[0].stdoutData == expected);
        QVERIFY2(results[1].ok(), qPrintable(results[1].error));
        QVERIFY(results[1].stderrData == expected);
        QVERIFY(results[1].stdoutData.isEmpty());
        QCOMPARE(toString(results[2].status), toString(ExecutionStatus::TimedOut));
        QCOMPARE(toString(results[3].status), toString(ExecutionStatus::Cancelled));
        QCOMPARE(pool.connectionsOpened(), 1);
        QVERIFY(!ProcessProbe::isAlive(results[2].remoteProcessGroup));
        QVERIFY(!ProcessProbe::isAlive(results[3].remoteProcessGroup));

        SshCancelToken early;
        early.cancel();
        const SshExecResult never = pool.exec(t, SshCommand::shell(QStringLiteral("true")), early);
        QCOMPARE(toString(never.status), toString(ExecutionStatus::Cancelled));
        QVERIFY(!never.commandStarted);
    }

    void shortCommandsOnSharedConnectionsKeepTheirOutput() {
        // Many short commands at once on shared connections: a command's last bytes arrive
        // with its EOF, exit status and close, often taken in by another channel's read. Each
        // must still come back with its whole output (this once lost `tick` under CI load).
        SshPool pool;
        const SshTarget t = target(*m_sshd);
        constexpr int threadCount = 8;
        const int perThread = qEnvironmentVariableIntValue("FLEETCRON_SHORT_COMMANDS") > 0
                                  ? qEnvironmentVariableIntValue("FLEETCRON_SHORT_COMMANDS")
                                  : 60;
        std::atomic<int> lost{0};
        std::atomic<int> failed{0};
        QStringList examples;
        std::mutex examplesMutex;
        std::vector<std::thread> threads;
        for (int n = 0; n < threadCount; ++n) {
            threads.emplace_back([&, n] {
                for (int i = 0; i < perThread; ++i) {
                    const QByteArray word =
                        QByteArray("tick-") + QByteArray::number(n) + '-' + QByteArray::number(i);
                    const SshExecResult r = pool.exec(
                        t, SshCommand::shell(QStringLiteral("echo ") + QString::fromLatin1(word),
                                             30'000));
                    if (!r.ok()) {
                        ++failed;
                    } else if (r.stdoutData != word + '\n') {
                        ++lost;
                        std::lock_guard lock(examplesMutex);
                        if (examples.size() < 5)
                            examples << QStringLiteral("%1 came back as '%2'")
                                            .arg(QString::fromLatin1(word),
                                                 QString::fromLatin1(r.stdoutData));
                    }
                }
            });
        }
        for (std::thread &th : threads)
            th.join();
        qInfo("%d short commands, %d lost output, %d failed", threadCount * perThread, lost.load(),
              failed.load());
        QCOMPARE(failed.load(), 0);
        QVERIFY2(lost.load() == 0, qPrintable(examples.join(QStringLiteral("; "))));
    }

    void serverRefusingChannelsGetsAnotherConnection() {
        // A server allowing fewer sessions than the configured limit: the refused channel is
        // retried once on a fresh connection instead of failing the command.
        SshdFixture::Options options;
        options.maxSessions = 2;
        SshdFixture tight(options);
        QVERIFY2(tight.start(), qPrintable(tight.error()));
        SshPool pool;
        SshTarget t = target(tight);
        t.channelLimit = 8;
        std::vector<SshExecResult> results(3);
        std::vector<std::thread> threads;
        for (int i = 0; i < 3; ++i) {
            threads.emplace_back([&, i] {
                results[size_t(i)] =
                    pool.exec(t, SshCommand::shell(QStringLiteral("sleep 1"), 20'000));
            });
            QThread::msleep(150); // let the first connection exist before the others come
        }
        for (std::thread &th : threads)
            th.join();
        for (const SshExecResult &r : results)
            QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY(pool.connectionsOpened() >= 2);
    }

    void closesIdleConnections() {
        SshPool::Options o;
        o.idleTimeoutMs = 300;
        o.maintenanceIntervalMs = 50;
        SshPool pool(o);
        QVERIFY(pool.exec(target(*m_sshd), SshCommand::shell(QStringLiteral("true"))).ok());
        QCOMPARE(pool.openConnections(), 1);
        QVERIFY(waitFor([&] { return pool.openConnections() == 0; }, 3000));
        QVERIFY(pool.exec(target(*m_sshd), SshCommand::shell(QStringLiteral("true"))).ok());
        QCOMPARE(pool.connectionsOpened(), 2);
    }

    void keepaliveFindsDeadConnections() {
        SshdFixture sshd;
        QVERIFY2(sshd.start(), qPrintable(sshd.error()));
        SshPool::Options o;
        o.keepaliveIntervalMs = 100;
        o.maintenanceIntervalMs = 50;
        SshPool pool(o);
        QVERIFY(pool.exec(target(sshd), SshCommand::shell(QStringLiteral("true"))).ok());
        // Idle and probed: it stays.
        QThread::msleep(400);
        QCOMPARE(pool.openConnections(), 1);
        QVERIFY(
            pool.exec(target(sshd), SshCommand::shell(QStringLiteral("true"))).reusedConnection);
        // The server dies: the keepalive notices before any command needs the connection.
        sshd.killAll();
        QVERIFY(waitFor([&] { return pool.openConnections() == 0; }, 5000));
        QVERIFY2(sshd.start(), qPrintable(sshd.error()));
        const SshExecResult r = pool.exec(target(sshd), SshCommand::shell(QStringLiteral("true")));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(pool.connectionsOpened(), 2);
    }

    void connectFailuresComeBackAsStatuses() {
        SshPool pool;
        SshTarget t = target(*m_sshd);
        t.port = SshdFixture::freePort();
        SshExecResult r = pool.exec(t, SshCommand::shell(QStringLiteral("true")));
        QCOMPARE(toString(r.status), toString(ExecutionStatus::Unreachable));
        QVERIFY(!r.commandStarted);
        QVERIFY2(r.error.contains(QLatin1String("connection refused")), qPrintable(r.error));

        t = target(*m_sshd);
        t.pinnedHostKey = QStringLiteral("SHA256:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
        r = pool.exec(t, SshCommand::shell(QStringLiteral("true")));
        QCOMPARE(toString(r.status), toString(ExecutionStatus::HostKeyRejected));
        QVERIFY2(r.error.contains(m_sshd->hostKeyFingerprint()), qPrintable(r.error));
        QCOMPARE(pool.openConnections(), 0);

        const SshConnectResult c = SshPool::testConnection(target(*m_sshd));
        QVERIFY2(c.ok(), qPrintable(c.message));
        QCOMPARE(c.hostKeyFingerprint, m_sshd->hostKeyFingerprint());
    }

    void timeoutThroughThePoolKeepsTheConnection() {
        SshPool pool;
        const QString pf = m_sshd->sharedDirectory() + QStringLiteral("/pool-timeout.pid");
        QFile::remove(pf);
        const SshExecResult r = pool.exec(
            target(*m_sshd),
            SshCommand::shell(QStringLiteral("sleep 60 & echo $! > %1; wait").arg(pf), 800));
        QCOMPARE(toString(r.status), toString(ExecutionStatus::TimedOut));
        QVERIFY(ProcessProbe::waitUntilGone(ProcessProbe::waitForPidFile(pf, 1000), 3000));
        const SshExecResult next =
            pool.exec(target(*m_sshd), SshCommand::shell(QStringLiteral("true")));
        QVERIFY2(next.ok(), qPrintable(next.error));
        QVERIFY(next.reusedConnection);
    }
};

QTEST_GUILESS_MAIN(TestSshPool)
#include "TestSshPool.moc"
