// Jump hosts (ssh's ProxyJump) against two real sshd: the jump host on 127.0.0.1, the target in a
// network namespace of the test's own (ImpairedLink), listening on an address the test process
// itself has no route to. Only the jump host's login user gets a route there (policy routing by
// uid), so whatever reaches the target went through the jump host. Needs root (namespaces, a
// throw-away user); skips with the reason otherwise.
#include "ImpairedLink.h"

#include "ssh/SshCancelToken.h"
#include "ssh/SshCommand.h"
#include "ssh/SshPool.h"
#include "ssh/SshTarget.h"
#include "support/ProcessProbe.h"
#include "support/SshdFixture.h"
#include "support/TestUnixUser.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTest>

#include <memory>
#include <thread>

using namespace fleetcron;
using fleetcron::test::ImpairedLink;
using fleetcron::test::ProcessProbe;
using fleetcron::test::SshdFixture;
using fleetcron::test::TestUnixUser;

class TestJumpHosts : public QObject {
    Q_OBJECT

    std::unique_ptr<ImpairedLink> m_link;
    std::unique_ptr<SshdFixture> m_jump;   // 127.0.0.1, this namespace
    std::unique_ptr<SshdFixture> m_target; // behind the link
    // A plain /bin/sh user for both logins: the jump host's forwarding runs as this user, which
    // is what the route to the target is given to.
    std::unique_ptr<TestUnixUser> m_user;

    SshTarget jumpTarget() const {
        SshTarget t;
        t.serverId = 1;
        t.name = QStringLiteral("jump1");
        t.host = m_jump->host();
        t.port = m_jump->port();
        t.username = m_user->name();
        t.auth = AuthMethod::Key;
        t.keyPath = m_jump->clientKeyPath();
        t.pinnedHostKey = m_jump->hostKeyFingerprint();
        t.hostKeyPolicy = HostKeyPolicy::Strict;
        return t;
    }

    SshTarget innerTarget(bool throughJump = true) const {
        SshTarget t;
        t.serverId = 2;
        t.name = QStringLiteral("inner");
        t.host = m_target->host();
        t.port = m_target->port();
        t.username = m_user->name();
        t.auth = AuthMethod::Key;
        t.keyPath = m_target->clientKeyPath();
        t.pinnedHostKey = m_target->hostKeyFingerprint();
        t.hostKeyPolicy = HostKeyPolicy::Strict;
        t.connectTimeoutMs = 8000;
        if (throughJump)
            t.jumps.push_back(jumpTarget());
        return t;
    }

    static bool waitFor(const std::function<bool()> &condition, int timeoutMs) {
        QElapsedTimer t;
        t.start();
        while (!condition()) {
            if (t.elapsed() > timeoutMs)
                return false;
            QTest::qWait(20);
        }
        return true;
    }

private slots:
    void initTestCase() {
        if (const QString why = ImpairedLink::enterPrivateNamespace(); !why.isEmpty())
            QSKIP(qPrintable(why));
        m_link = std::make_unique<ImpairedLink>();
        if (!m_link->start())
            QSKIP(qPrintable(QStringLiteral("no link to a namespace: %1").arg(m_link->error())));
        m_user = std::make_unique<TestUnixUser>();
        QVERIFY2(m_user->isValid(), qPrintable(m_user->error()));
        if (const QString why = m_link->routeOnlyFor(m_user->uid()); !why.isEmpty())
            QSKIP(qPrintable(QStringLiteral("no per-user route: %1").arg(why)));

        SshdFixture::Options behind;
        behind.listenAddress = ImpairedLink::serverAddress();
        behind.networkNamespace = m_link->namespaceName();
        m_target = std::make_unique<SshdFixture>(behind);
        QVERIFY2(m_target->start(), qPrintable(m_target->error()));
        m_jump = std::make_unique<SshdFixture>();
        QVERIFY2(m_jump->start(), qPrintable(m_jump->error()));
        QVERIFY(m_jump->hostKeyFingerprint() != m_target->hostKeyFingerprint());
    }

    void cleanupTestCase() {
        m_jump.reset();
        m_target.reset();
        m_link.reset();
        m_user.reset();
    }

    void runsOnTheTargetThroughTheJumpHost() {
        SshPool pool;
        const SshExecResult r =
            pool.exec(innerTarget(), SshCommand::shell(QStringLiteral("echo $SSH_CONNECTION")));
        QVERIFY2(r.ok(), qPrintable(r.error));
        // The target's sshd saw the connection arrive on its own address, from the link.
        const QString seen = QString::fromUtf8(r.stdoutData).trimmed();
        QVERIFY2(seen.startsWith(ImpairedLink::clientAddress() + QLatin1Char(' ')),
                 qPrintable(seen));
        QVERIFY2(seen.contains(QLatin1Char(' ') + ImpairedLink::serverAddress() + QLatin1Char(' ')),
                 qPrintable(seen));
        QCOMPARE(r.hostKeyFingerprint, m_target->hostKeyFingerprint());
        QCOMPARE(pool.connectionsOpened(), 2); // the jump host's and the target's

        // The one-shot connection test takes the same way.
        const SshConnectResult tested = SshPool::testConnection(innerTarget());
        QVERIFY2(tested.ok(), qPrintable(tested.message));
        QCOMPARE(tested.hostKeyFingerprint, m_target->hostKeyFingerprint());
    }

    void theTargetIsUnreachableDirectly() {
        SshPool pool;
        SshTarget direct = innerTarget(false);
        direct.connectTimeoutMs = 3000;
        const SshExecResult r = pool.exec(direct, SshCommand::shell(QStringLiteral("true")));
        QCOMPARE(toString(r.status), toString(ExecutionStatus::Unreachable));
        QVERIFY(!r.commandStarted);
    }

    void aWrongHostKeyOnTheHopIsRejectedNamingTheHop() {
        SshPool pool;
        SshTarget inner = innerTarget();
        inner.jumps.front().pinnedHostKey = m_target->hostKeyFingerprint(); // not the hop's
        const int targetConnections = m_target->acceptedConnections();
        const SshExecResult r = pool.exec(inner, SshCommand::shell(QStringLiteral("true")));
        QCOMPARE(toString(r.status), toString(ExecutionStatus::HostKeyRejected));
        QVERIFY2(r.error.contains(QStringLiteral("through jump host jump1")), qPrintable(r.error));
        QVERIFY2(r.error.contains(QStringLiteral("host key for jump1 changed")),
                 qPrintable(r.error));
        QVERIFY2(r.error.contains(m_jump->hostKeyFingerprint()), qPrintable(r.error));
        QVERIFY(!r.commandStarted);
        // Nothing went on to the target.
        QCOMPARE(m_target->acceptedConnections(), targetConnections);

        // A wrong pin on the target itself names the target, not the hop.
        SshTarget wrongTarget = innerTarget();
        wrongTarget.pinnedHostKey = m_jump->hostKeyFingerprint();
        const SshExecResult t = pool.exec(wrongTarget, SshCommand::shell(QStringLiteral("true")));
        QCOMPARE(toString(t.status), toString(ExecutionStatus::HostKeyRejected));
        QVERIFY2(t.error.contains(QStringLiteral("host key for inner changed")),
                 qPrintable(t.error));
    }

    void aTimeoutKillsTheCommandOnTheTarget() {
        SshPool pool;
        const QString pf = m_target->sharedDirectory() + QStringLiteral("/jump-timeout.pid");
        QFile::remove(pf);
        const SshExecResult r = pool.exec(
            innerTarget(),
            SshCommand::shell(QStringLiteral("sleep 300 & echo $! > %1; wait").arg(pf), 3000));
        QCOMPARE(toString(r.status), toString(ExecutionStatus::TimedOut));
        const qint64 pid = ProcessProbe::waitForPidFile(pf, 1000);
        QVERIFY(pid > 0);
        QVERIFY2(ProcessProbe::waitUntilGone(pid, 10'000), "the command still runs on the target");
    }

    void aCancelKillsTheCommandOnTheTarget() {
        SshPool pool;
        const QString pf = m_target->sharedDirectory() + QStringLiteral("/jump-cancel.pid");
        QFile::remove(pf);
        SshCancelToken cancel;
        SshExecResult r;
        std::thread run([&] {
            r = pool.exec(
                innerTarget(),
                SshCommand::shell(QStringLiteral("sleep 300 & echo $! > %1; wait").arg(pf), 60'000),
                cancel);
        });
        const qint64 pid = ProcessProbe::waitForPidFile(pf, 20'000);
        cancel.cancel();
        run.join();
        QVERIFY(pid > 0);
        QCOMPARE(toString(r.status), toString(ExecutionStatus::Cancelled));
        QVERIFY2(ProcessProbe::waitUntilGone(pid, 10'000), "the command still runs on the target");
    }

    void aSecondTargetConnectionReusesTheWarmJumpSession() {
        SshPool::Options options;
        options.maintenanceIntervalMs = 50;
        SshPool pool(options);
        const int jumpConnections = m_jump->acceptedConnections();
        const SshExecResult first =
            pool.exec(innerTarget(), SshCommand::shell(QStringLiteral("true")));
        QVERIFY2(first.ok(), qPrintable(first.error));
        QCOMPARE(pool.connectionsOpened(), 2);
        QCOMPARE(pool.jumpSessionsReused(), 0);

        // The target's session goes (as after an edit of it); the jump host's stays warm.
        pool.forget(innerTarget().serverId);
        QVERIFY(waitFor([&] { return pool.openConnections() == 1; }, 10'000));

        const SshExecResult second =
            pool.exec(innerTarget(), SshCommand::shell(QStringLiteral("echo again")));
        QVERIFY2(second.ok(), qPrintable(second.error));
        QCOMPARE(second.stdoutData, QByteArray("again\n"));
        QVERIFY(!second.reusedConnection);     // a new session to the target…
        QCOMPARE(pool.connectionsOpened(), 3); // …and only that one
        QCOMPARE(pool.jumpSessionsReused(), 1);
        // The jump sshd accepted one TCP connection for both runs.
        QCOMPARE(m_jump->acceptedConnections(), jumpConnections + 1);

        // Commands on the jump host itself share that session too.
        const SshExecResult onJump =
            pool.exec(jumpTarget(), SshCommand::shell(QStringLiteral("true")));
        QVERIFY2(onJump.ok(), qPrintable(onJump.error));
        QVERIFY(onJump.reusedConnection);
        QCOMPARE(m_jump->acceptedConnections(), jumpConnections + 1);
    }
};

QTEST_GUILESS_MAIN(TestJumpHosts)
#include "TestJumpHosts.moc"
