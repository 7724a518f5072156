// Integration tests for engine/ssh against real OpenSSH servers on 127.0.0.1 — no mocks.
#include "ssh/CappedOutputBuffer.h"
#include "ssh/HostKeyCheck.h"
#include "ssh/SshPool.h"
#include "ssh/SshSession.h"
#include "support/ProcessProbe.h"
#include "support/SshdFixture.h"
#include "support/TestSshAgent.h"
#include "support/TestUnixUser.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTcpServer>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>
#include <thread>
#include <unistd.h>

using namespace fleetcron;
using namespace fleetcron::test;

class TestSshSession : public QObject {
    Q_OBJECT

    std::unique_ptr<SshdFixture> m_sshd; // keys only; root and the test user
    std::unique_ptr<TestUnixUser> m_user;

    SshTarget keyTarget(const SshdFixture &sshd, const QString &user = QStringLiteral("root")) {
        SshTarget t;
        t.serverId = 1;
        t.name = QStringLiteral("web1");
        t.host = sshd.host();
        t.port = sshd.port();
        t.username = user;
        t.auth = AuthMethod::Key;
        t.keyPath = sshd.clientKeyPath();
        t.connectTimeoutMs = 5000;
        return t;
    }

    SshTarget userTarget() { return keyTarget(*m_sshd, m_user->name()); }

    // A pid file a remote command of any user can write, fresh for each use.
    QString pidFile(const QString &name) {
        const QString path = m_sshd->sharedDirectory() + QLatin1Char('/') + name;
        QFile::remove(path);
        return path;
    }

    static SshExecResult runOnce(const SshTarget &target, const SshCommand &command,
                                 const SshCancelToken &cancel = {}) {
        SshSession session;
        const SshConnectResult c = session.connect(target);
        if (!c.ok()) {
            SshExecResult r;
            r.status = c.status;
            r.error = c.message;
            return r;
        }
        return session.exec(command, cancel);
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

    // ---- pure logic ---------------------------------------------------------------------

    void cappedBufferKeepsHeadAndTail() {
        CappedOutputBuffer b(10);
        b.append("abc");
        QCOMPARE(b.data(), QByteArray("abc"));
        QVERIFY(!b.truncated());
        b.append("defgh");
        b.append("ij");
        QCOMPARE(b.data(), QByteArray("abcdefghij"));
        QVERIFY(!b.truncated());
        b.append("klmnopq");
        QVERIFY(b.truncated());
        QCOMPARE(b.totalBytes(), 17);
        QCOMPARE(b.data(), QByteArray("abcdemnopq"));
        b.append(QByteArray(1000, 'x') + "12345");
        QCOMPARE(b.data(), QByteArray("abcde12345"));
        QCOMPARE(b.totalBytes(), 1022);
    }

    void hostKeyDecisions() {
        const QString a = QStringLiteral("SHA256:aaa"), b = QStringLiteral("SHA256:bbb");
        auto c = HostKeyCheck::evaluate(HostKeyPolicy::AcceptNew, {}, a, QStringLiteral("web1"));
        QVERIFY(c.accepted && c.newlyPinned);
        c = HostKeyCheck::evaluate(HostKeyPolicy::AcceptNew, a, a, QStringLiteral("web1"));
        QVERIFY(c.accepted && !c.newlyPinned);
        c = HostKeyCheck::evaluate(HostKeyPolicy::AcceptNew, a, b, QStringLiteral("web1"));
        QVERIFY(!c.accepted);
        QCOMPARE(c.message, QStringLiteral("host key for web1 changed: expected SHA256:aaa, got "
                                           "SHA256:bbb; verify it, then re-pin the server"));
        c = HostKeyCheck::evaluate(HostKeyPolicy::Strict, {}, a, QStringLiteral("web1"));
        QVERIFY(!c.accepted);
        QVERIFY(c.message.contains(QLatin1String("strict")) && c.message.contains(a));
        c = HostKeyCheck::evaluate(HostKeyPolicy::Strict, a, a, QStringLiteral("web1"));
        QVERIFY(c.accepted);
    }

    void scriptInterpreterLines() {
        QCOMPARE(SshCommand::scriptFor(QStringLiteral("/bin/sh"), "x").remoteCommandLine(),
                 QStringLiteral("/bin/sh -s"));
        QCOMPARE(SshCommand::scriptFor(QStringLiteral("python3"), "x").remoteCommandLine(),
                 QStringLiteral("python3 -"));
        QCOMPARE(SshCommand::scriptFor(QStringLiteral("bash -s -- a"), "x").remoteCommandLine(),
                 QStringLiteral("bash -s -- a"));
    }

    // ---- auth -------------------------------------------------------------------------------

    void authWithKeyPinsOnFirstContact() {
        SshSession s;
        const SshConnectResult r = s.connect(keyTarget(*m_sshd));
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(r.authMethod, QStringLiteral("publickey"));
        QVERIFY(r.hostKeyNewlyPinned);
        QCOMPARE(r.hostKeyFingerprint, m_sshd->hostKeyFingerprint()); // same as ssh-keygen -lf
        QVERIFY(r.hostKeyFingerprint.startsWith(QLatin1String("SHA256:")));
    }

    void authWithEncryptedKey() {
        SshTarget t = keyTarget(*m_sshd);
        t.keyPath = m_sshd->encryptedClientKeyPath();
        t.keyPassphrase = SshdFixture::clientKeyPassphrase();
        SshSession s;
        SshConnectResult r = s.connect(t);
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(r.authMethod, QStringLiteral("publickey"));

        t.keyPassphrase = QStringLiteral("wrong");
        r = s.connect(t);
        QCOMPARE(toString(r.status), toString(ExecutionStatus::AuthFailed));
        QVERIFY2(r.message.contains(QLatin1String("passphrase")), qPrintable(r.message));
    }

    void authWithPassword() {
        SshdFixture::Options options;
        options.passwordAuthentication = true;
        SshdFixture sshd(options);
        QVERIFY2(sshd.start(), qPrintable(sshd.error()));
        SshTarget t = keyTarget(sshd, m_user->name());
        t.auth = AuthMethod::Password;
        t.password = m_user->password();
        SshSession s;
        SshConnectResult r = s.connect(t);
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(r.authMethod, QStringLiteral("password"));
        const SshExecResult e = s.exec(SshCommand::shell(QStringLiteral("id -un")));
        QCOMPARE(e.stdoutData.trimmed(), m_user->name().toUtf8());

        t.password = QStringLiteral("not the password");
        r = s.connect(t);
        QCOMPARE(toString(r.status), toString(ExecutionStatus::AuthFailed));
        QVERIFY2(r.message.contains(QLatin1String("tried password")), qPrintable(r.message));
        QVERIFY2(r.message.contains(QLatin1String("the server offers publickey, password")),
                 qPrintable(r.message));
    }

    void authWithKeyboardInteractive() {
        // Password logins handed to PAM: the server offers keyboard-interactive only.
        SshdFixture::Options options;
        options.keyboardInteractive = true;
        SshdFixture sshd(options);
        QVERIFY2(sshd.start(), qPrintable(sshd.error()));
        SshTarget t = keyTarget(sshd, m_user->name());
        t.auth = AuthMethod::Password;
        t.password = m_user->password();
        SshSession s;
        const SshConnectResult r = s.connect(t);
        QVERIFY2(r.ok(), qPrintable(r.message + QLatin1Char('\n') + sshd.log().right(1500)));
        QCOMPARE(r.authMethod, QStringLiteral("keyboard-interactive"));
        const SshExecResult e = s.exec(SshCommand::shell(QStringLiteral("id -un")));
        QVERIFY2(e.ok(), qPrintable(e.error));
        QCOMPARE(e.stdoutData.trimmed(), m_user->name().toUtf8());
    }

    void authWithAgent() {
        TestSshAgent agent(m_sshd->directory());
        QVERIFY2(agent.start(), qPrintable(agent.error()));
        QVERIFY2(agent.addKey(m_sshd->agentKeyPath()), qPrintable(agent.error()));
        SshTarget t = keyTarget(*m_sshd);
        t.auth = AuthMethod::Agent;
        t.keyPath.clear();
        t.agentSocket = agent.socketPath();
        SshSession s;
        const SshConnectResult r = s.connect(t);
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(r.authMethod, QStringLiteral("agent"));
    }

    void authFailureSaysWhatWasTried() {
        SshTarget t = keyTarget(*m_sshd);
        t.keyPath = m_sshd->strangerKeyPath();
        SshSession s;
        const SshConnectResult r = s.connect(t);
        QCOMPARE(toString(r.status), toString(ExecutionStatus::AuthFailed));
        QVERIFY2(r.message.startsWith(QLatin1String("authentication as root on web1 failed: "
                                                    "tried publickey with ")),
                 qPrintable(r.message));
        QVERIFY2(r.message.contains(QLatin1String("the server offers publickey")),
                 qPrintable(r.message));
        QVERIFY(!s.isConnected());

        // Password auth against a key-only server: nothing to try, and it says so.
        t.auth = AuthMethod::Password;
        t.password = QStringLiteral("x");
        const SshConnectResult p = s.connect(t);
        QCOMPARE(toString(p.status), toString(ExecutionStatus::AuthFailed));
        QVERIFY2(p.message.contains(QLatin1String("offers publickey")), qPrintable(p.message));
    }

    // ---- host keys --------------------------------------------------------------------------

    void hostKeyMismatchIsRejectedWithBothFingerprints() {
        SshTarget t = keyTarget(*m_sshd);
        const QString wrong =
            SshdFixture::fingerprintOf(m_sshd->strangerKeyPath() + QStringLiteral(".pub"));
        t.pinnedHostKey = wrong;
        SshSession s;
        const SshConnectResult r = s.connect(t);
        QCOMPARE(toString(r.status), toString(ExecutionStatus::HostKeyRejected));
        QCOMPARE(r.message, QStringLiteral("host key for web1 changed: expected %1, got %2; "
                                           "verify it, then re-pin the server")
                                .arg(wrong, m_sshd->hostKeyFingerprint()));
        QVERIFY(!s.isConnected());

        t.pinnedHostKey = m_sshd->hostKeyFingerprint();
        const SshConnectResult ok = s.connect(t);
        QVERIFY2(ok.ok(), qPrintable(ok.message));
        QVERIFY(!ok.hostKeyNewlyPinned);
    }

    void strictPolicyRefusesWithoutPin() {
        SshTarget t = keyTarget(*m_sshd);
        t.hostKeyPolicy = HostKeyPolicy::Strict;
        SshSession s;
        SshConnectResult r = s.connect(t);
        QCOMPARE(toString(r.status), toString(ExecutionStatus::HostKeyRejected));
        QVERIFY2(r.message.contains(m_sshd->hostKeyFingerprint()), qPrintable(r.message));
        t.pinnedHostKey = m_sshd->hostKeyFingerprint();
        r = s.connect(t);
        QVERIFY2(r.ok(), qPrintable(r.message));
    }

    // ---- exec ---------------------------------------------------------------------------------

    void stdoutStderrAndExitCodeStayApart() {
        const SshExecResult r =
            runOnce(userTarget(),
                    SshCommand::shell(QStringLiteral("echo out; echo err >&2; echo more; exit 3")));
        QCOMPARE(toString(r.status), toString(ExecutionStatus::Failed));
        QCOMPARE(r.exitCode, std::optional<int>(3));
        QCOMPARE(r.stdoutData, QByteArray("out\nmore\n")); // the pid line is gone
        QCOMPARE(r.stderrData, QByteArray("err\n"));
        QVERIFY(r.remoteProcessGroup > 1);
        QVERIFY2(r.error.contains(QLatin1String("exited with code 3")), qPrintable(r.error));
        QVERIFY(!r.stdoutTruncated && !r.stderrTruncated);

        const SshExecResult ok = runOnce(userTarget(), SshCommand::shell(QStringLiteral("true")));
        QCOMPARE(toString(ok.status), toString(ExecutionStatus::Succeeded));
        QCOMPARE(ok.exitCode, std::optional<int>(0));
        QVERIFY(ok.stdoutData.isEmpty());
        QVERIFY(ok.error.isEmpty());

        Execution e;
        r.applyTo(e);
        QCOMPARE(e.exitCode, std::optional<int>(3));
        QCOMPARE(e.stderrData, QByteArray("err\n"));
    }

    void exitSignalIsReported() {
        const SshExecResult r =
            runOnce(keyTarget(*m_sshd), SshCommand::shell(QStringLiteral("kill -TERM $$")));
        QCOMPARE(toString(r.status), toString(ExecutionStatus::Failed));
        QCOMPARE(r.exitSignal, QStringLiteral("TERM"));
        QVERIFY(!r.exitCode.has_value());
        QVERIFY2(r.error.contains(QLatin1String("signal TERM")), qPrintable(r.error));
    }

    void commandSeesEndOfStdin() {
        const SshExecResult r =
            runOnce(userTarget(), SshCommand::shell(QStringLiteral("cat; echo done"), 10'000));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.stdoutData, QByteArray("done\n"));
    }

    void scriptsGoOnStdin_data() {
        QTest::addColumn<QString>("interpreter");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("out");
        QTest::addColumn<int>("code");
        QTest::newRow("sh") << QStringLiteral("/bin/sh")
                            << QByteArray("x=4\nwhile [ $x -gt 1 ]; do echo $x; x=$((x-1)); done\n"
                                          "echo to-stderr >&2\nexit 5\n")
                            << QByteArray("4\n3\n2\n") << 5;
        QTest::newRow("python3") << QStringLiteral("python3")
                                 << QByteArray("import sys\nprint(6 * 7)\n"
                                               "print('py-err', file=sys.stderr)\nsys.exit(2)\n")
                                 << QByteArray("42\n") << 2;
    }

    void scriptsGoOnStdin() {
        QFETCH(QString, interpreter);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, out);
        QFETCH(int, code);
        const SshExecResult r =
            runOnce(userTarget(), SshCommand::scriptFor(interpreter, body, 20'000));
        QCOMPARE(r.stdoutData, out);
        QVERIFY2(!r.stderrData.isEmpty(), r.stderrData.constData());
        QCOMPARE(r.exitCode, std::optional<int>(code));
    }

    void sinkGetsChunksLive() {
        SshCommand c = SshCommand::shell(
            QStringLiteral("echo first; sleep 0.5; echo oops >&2; echo second"), 10'000);
        QByteArray seenOut, seenErr;
        QElapsedTimer sinceStart;
        qint64 firstAt = -1;
        c.sink = [&](SshStream s, QByteArrayView chunk) {
            if (firstAt < 0)
                firstAt = sinceStart.elapsed();
            (s == SshStream::Stdout ? seenOut : seenErr).append(chunk);
        };
        SshSession session;
        QVERIFY(session.connect(userTarget()).ok());
        sinceStart.start();
        const SshExecResult r = session.exec(c);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(seenOut, r.stdoutData);
        QCOMPARE(seenErr, QByteArray("oops\n"));
        QCOMPARE(seenOut, QByteArray("first\nsecond\n"));
        QVERIFY2(firstAt >= 0 && firstAt < 450, qPrintable(QString::number(firstAt)));
    }

    void largeOutputArrivesWhole() {
        const SshExecResult r =
            runOnce(userTarget(), SshCommand::shell(QStringLiteral("seq 1 100000"), 30'000));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QByteArray expected;
        for (int i = 1; i <= 100000; ++i)
            expected += QByteArray::number(i) + '\n';
        QCOMPARE(r.stdoutData.size(), expected.size());
        QVERIFY(r.stdoutData == expected);
        QVERIFY(!r.stdoutTruncated);
    }

    void outputCapKeepsHeadAndTail() {
        SshCommand c = SshCommand::shell(QStringLiteral("seq 1 300000; seq 1 5000 >&2"), 30'000);
        c.maxOutputBytes = 64 * 1024;
        const SshExecResult r = runOnce(userTarget(), c);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY(r.stdoutTruncated);
        QCOMPARE(r.stdoutData.size(), 64 * 1024);
        QVERIFY(r.stdoutData.startsWith("1\n2\n3\n"));
        QVERIFY(r.stdoutData.endsWith("299999\n300000\n"));
        QCOMPARE(r.stdoutBytes, qint64(1'988'895)); // what `seq 1 300000` prints
        QVERIFY(!r.stderrTruncated);                // each stream has its own cap
        QVERIFY(r.stderrData.endsWith("5000\n"));
    }

    void outputFloodKeepsMemoryBounded() {
        SshCommand c =
            SshCommand::shell(QStringLiteral("head -c 500000000 /dev/zero; printf END"), 90'000);
        const qint64 before = ProcessProbe::residentBytes();
        qint64 peak = before;
        qint64 chunks = 0;
        c.sink = [&](SshStream, QByteArrayView) {
            if (++chunks % 256 == 0)
                peak = std::max(peak, ProcessProbe::residentBytes());
        };
        const SshExecResult r = runOnce(userTarget(), c);
        peak = std::max(peak, ProcessProbe::residentBytes());
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.stdoutBytes, qint64(500'000'003));
        QVERIFY(r.stdoutTruncated);
        QCOMPARE(r.stdoutData.size(), qsizetype(SshCommand::defaultMaxOutputBytes));
        QVERIFY(r.stdoutData.endsWith("END"));
        QCOMPARE(r.stdoutData.at(0), '\0');
        qInfo("500 MB flood: RSS %lld MiB before, peak %lld MiB, %d ms", before >> 20, peak >> 20,
              r.durationMs);
        QVERIFY2(peak - before < 64 * 1024 * 1024,
                 qPrintable(QStringLiteral("RSS grew by %1 MiB").arg((peak - before) >> 20)));
    }

    // ---- stopping commands -----------------------------------------------------------------

    void timeoutKillsRemoteProcess_data() {
        QTest::addColumn<bool>("asRoot");
        QTest::newRow("root") << true;
        QTest::newRow("non-root") << false;
    }

    void timeoutKillsRemoteProcess() {
        QFETCH(bool, asRoot);
        const QString pf = pidFile(QStringLiteral("timeout-%1.pid").arg(asRoot));
        QElapsedTimer t;
        t.start();
        const SshExecResult r = runOnce(
            asRoot ? keyTarget(*m_sshd) : userTarget(),
            SshCommand::shell(QStringLiteral("sleep 60 & echo $! > %1; wait").arg(pf), 1500));
        QCOMPARE(toString(r.status), toString(ExecutionStatus::TimedOut));
        QVERIFY2(r.error.contains(QLatin1String("timed out after 1.5 s")), qPrintable(r.error));
        // Root's login shell here reads a heavy ~/.bashrc before it prints its pid: the kill
        // waits for that, so allow for it.
        QVERIFY2(t.elapsed() < (asRoot ? 12'000 : 6000), qPrintable(QString::number(t.elapsed())));
        const qint64 sleeper = ProcessProbe::waitForPidFile(pf, 1000);
        QVERIFY(sleeper > 0);
        QVERIFY2(ProcessProbe::waitUntilGone(sleeper, 3000), "the remote sleep still runs");
        QVERIFY(ProcessProbe::waitUntilGone(r.remoteProcessGroup, 3000));
    }

    void cancelKillsRemoteProcess_data() { timeoutKillsRemoteProcess_data(); }

    void cancelKillsRemoteProcess() {
        QFETCH(bool, asRoot);
        const QString pf = pidFile(QStringLiteral("cancel-%1.pid").arg(asRoot));
        SshCancelToken token;
        std::thread canceller([&] {
            ProcessProbe::waitForPidFile(pf, 5000);
            token.cancel();
        });
        QElapsedTimer t;
        t.start();
        const SshExecResult r = runOnce(
            asRoot ? keyTarget(*m_sshd) : userTarget(),
            SshCommand::shell(QStringLiteral("sleep 60 & echo $! > %1; wait").arg(pf), 30'000),
            token);
        canceller.join();
        QCOMPARE(toString(r.status), toString(ExecutionStatus::Cancelled));
        QVERIFY2(r.error.contains(QLatin1String("cancelled")), qPrintable(r.error));
        QVERIFY2(t.elapsed() < (asRoot ? 12'000 : 6000), qPrintable(QString::number(t.elapsed())));
        const qint64 sleeper = ProcessProbe::waitForPidFile(pf, 1000);
        QVERIFY2(ProcessProbe::waitUntilGone(sleeper, 3000), "the remote sleep still runs");
    }

    void commandIgnoringTermGetsKilled() {
        const QString pf = pidFile(QStringLiteral("stubborn.pid"));
        SshCommand c = SshCommand::shell(
            QStringLiteral("trap '' TERM; sleep 60 & echo $! > %1; wait; wait").arg(pf), 1000);
        c.killGraceMs = 500;
        const SshExecResult r = runOnce(userTarget(), c);
        QCOMPARE(toString(r.status), toString(ExecutionStatus::TimedOut));
        QVERIFY2(r.error.contains(QLatin1String("TERM, then KILL")), qPrintable(r.error));
        const qint64 sleeper = ProcessProbe::waitForPidFile(pf, 1000);
        QVERIFY2(ProcessProbe::waitUntilGone(sleeper, 3000), "the remote sleep survived KILL");
    }

    // ---- failures ---------------------------------------------------------------------------

    void closedPortIsUnreachable() {
        SshTarget t = keyTarget(*m_sshd);
        t.port = SshdFixture::freePort();
        t.connectTimeoutMs = 2000;
        QElapsedTimer timer;
        timer.start();
        SshSession s;
        const SshConnectResult r = s.connect(t);
        QCOMPARE(toString(r.status), toString(ExecutionStatus::Unreachable));
        QVERIFY(timer.elapsed() < 2000);
        QCOMPARE(r.message, QStringLiteral("cannot reach web1 at 127.0.0.1:%1: connection "
                                           "refused; check that sshd runs and listens on port %1")
                                .arg(t.port));
    }

    void silentServerTimesOut() {
        // Accepts TCP (the kernel does, into the backlog) but never says a word.
        QTcpServer mute;
        QVERIFY(mute.listen(QHostAddress::LocalHost, 0));
        SshTarget t = keyTarget(*m_sshd);
        t.port = mute.serverPort();
        t.connectTimeoutMs = 1500;
        QElapsedTimer timer;
        timer.start();
        SshSession s;
        const SshConnectResult r = s.connect(t);
        QCOMPARE(toString(r.status), toString(ExecutionStatus::Unreachable));
        QVERIFY2(timer.elapsed() >= 1400 && timer.elapsed() < 4000,
                 qPrintable(QString::number(timer.elapsed())));
        QVERIFY2(r.message.contains(QLatin1String("timed out after 1.5 s")), qPrintable(r.message));
    }

    void sshdKilledMidRunIsALostConnection() {
        SshdFixture sshd;
        QVERIFY2(sshd.start(), qPrintable(sshd.error()));
        SshSession s;
        QVERIFY(s.connect(keyTarget(sshd, m_user->name())).ok());
        std::atomic_bool started{false};
        SshCommand c = SshCommand::shell(QStringLiteral("echo started; sleep 30"), 20'000);
        c.sink = [&](SshStream, QByteArrayView) { started = true; };
        SshExecResult r;
        std::thread runner([&] { r = s.exec(c); });
        QElapsedTimer t;
        t.start();
        while (!started && t.elapsed() < 10'000)
            QThread::msleep(10);
        sshd.killAll(); // sshd and its session processes, SIGKILL, at once
        runner.join();
        QVERIFY(t.elapsed() < 10'000);
        QCOMPARE(toString(r.status), toString(ExecutionStatus::Failed));
        QVERIFY(r.connectionLost);
        QVERIFY(r.commandStarted);
        QCOMPARE(r.stdoutData, QByteArray("started\n"));
        QVERIFY2(r.error.startsWith(QLatin1String("connection to web1 lost while running `echo "
                                                  "started; sleep 30`")),
                 qPrintable(r.error));
        QVERIFY(!s.isConnected());
    }

    void missingExitStatusIsNeverSuccess() {
        // ChannelTimeout makes sshd close an idle session channel without an exit status.
        SshdFixture::Options options;
        options.extraConfig = QStringLiteral("ChannelTimeout *=1");
        SshdFixture sshd(options);
        QVERIFY2(sshd.start(), qPrintable(sshd.error()));
        const SshExecResult r = runOnce(keyTarget(sshd, m_user->name()),
                                        SshCommand::shell(QStringLiteral("sleep 4"), 15'000));
        qInfo("%s", qPrintable(r.error));
        QCOMPARE(toString(r.status), toString(ExecutionStatus::Failed));
        QVERIFY(!r.exitCode.has_value());
        QVERIFY2(r.error.contains(QLatin1String("without an exit status")), qPrintable(r.error));
    }
};

QTEST_GUILESS_MAIN(TestSshSession)
#include "TestSshSession.moc"
