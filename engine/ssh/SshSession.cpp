#include "SshSession.h"

#include "CappedOutputBuffer.h"
#include "HostKeyCheck.h"
#include "SshAuthenticator.h"
#include "SshChannel.h"
#include "SshSessionPrivate.h"
#include "SshTime.h"

#include <libssh/libssh.h>

#include <QFileInfo>
#include <QStringList>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

// libssh 0.10 exports ssh_send_keepalive (symbol version LIBSSH_4_5_0) but declares it only in a
// private header.
extern "C" int ssh_send_keepalive(ssh_session session);

namespace fleetcron {
namespace {

using sshtime::Clock;
using sshtime::msSince;
using sshtime::seconds;

QString unreachableMessage(const SshTarget &t, const QString &error, int elapsedMs) {
    const QString where =
        t.name.isEmpty() ? t.address() : QStringLiteral("%1 at %2").arg(t.name, t.address());
    const QString lower = error.toLower();
    QString why;
    if (lower.contains(QLatin1String("refused")))
        why = QStringLiteral("connection refused; check that sshd runs and listens on port %1")
                  .arg(t.port);
    else if (lower.contains(QLatin1String("timeout")) || lower.contains(QLatin1String("timed out")))
        why = QStringLiteral("no answer, timed out after %1; check the address, the firewall and "
                             "that the machine is up")
                  .arg(seconds(std::max(elapsedMs, t.connectTimeoutMs)));
    else if (lower.contains(QLatin1String("resolve")))
        why = QStringLiteral("the host name does not resolve (%1)").arg(error);
    else if (lower.contains(QLatin1String("unreachable")))
        why = QStringLiteral("no route to the host (%1)").arg(error);
    else
        why = error.isEmpty() ? QStringLiteral("the SSH handshake failed") : error;
    return QStringLiteral("cannot reach %1: %2").arg(where, why);
}

} // namespace

void SshSession::initializeLibrary() {
    static std::once_flag once;
    std::call_once(once, [] { ssh_init(); });
}

SshSession::SshSession()
    : d(std::make_unique<SshSessionPrivate>()) {
    initializeLibrary();
}

SshSession::~SshSession() {
    disconnect();
}

const SshTarget &SshSession::target() const {
    return d->target;
}

QString SshSession::hostKeyFingerprint() const {
    std::lock_guard lock(d->mutex);
    return d->fingerprint;
}

QString SshSession::authMethod() const {
    std::lock_guard lock(d->mutex);
    return d->authMethod;
}

int SshSession::activeChannels() const {
    return d->channels.load();
}

bool SshSession::isConnected() const {
    std::lock_guard lock(d->mutex);
    return d->alive();
}

void SshSession::disconnect() {
    std::lock_guard lock(d->mutex);
    d->close();
}

SshConnectResult SshSession::connect(const SshTarget &target) {
    std::lock_guard lock(d->mutex);
    d->close();
    d->target = target;
    d->fingerprint.clear();
    d->authMethod.clear();

    SshConnectResult r;
    const auto started = Clock::now();
    ssh_session s = ssh_new();
    if (!s) {
        r.message = QStringLiteral("cannot create an SSH session (out of memory?)");
        return r;
    }
    d->session = s;

    const QByteArray host = target.host.toUtf8();
    const QByteArray user = target.username.toUtf8();
    unsigned int port = unsigned(target.port);
    const int timeoutMs = std::max(target.connectTimeoutMs, 100);
    // Bounds connect, handshake, auth and other blocking requests. Reads never block (they use
    // explicit poll timeouts), so this cannot cut a command's output short.
    long timeoutSec = timeoutMs / 1000;
    long timeoutUsec = long(timeoutMs % 1000) * 1000;
    bool processConfig = false;
    int nodelay = 1;
    ssh_options_set(s, SSH_OPTIONS_HOST, host.constData());
    ssh_options_set(s, SSH_OPTIONS_PORT, &port);
    ssh_options_set(s, SSH_OPTIONS_USER, user.constData());
    ssh_options_set(s, SSH_OPTIONS_PROCESS_CONFIG, &processConfig);
    ssh_options_set(s, SSH_OPTIONS_TIMEOUT, &timeoutSec);
    ssh_options_set(s, SSH_OPTIONS_TIMEOUT_USEC, &timeoutUsec);
    ssh_options_set(s, SSH_OPTIONS_NODELAY, &nodelay);
    // The pin in the database is the truth; ~/.ssh/known_hosts of whoever runs the engine is not.
    ssh_options_set(s, SSH_OPTIONS_KNOWNHOSTS, "/dev/null");
    ssh_options_set(s, SSH_OPTIONS_GLOBAL_KNOWNHOSTS, "/dev/null");

    if (ssh_connect(s) != SSH_OK) {
        r.status = ExecutionStatus::Unreachable;
        r.message = unreachableMessage(target, d->lastError(), msSince(started));
        r.connectMs = msSince(started);
        d->close();
        return r;
    }

    ssh_key key = nullptr;
    if (ssh_get_server_publickey(s, &key) == SSH_OK) {
        unsigned char *hash = nullptr;
        size_t hashLen = 0;
        if (ssh_get_publickey_hash(key, SSH_PUBLICKEY_HASH_SHA256, &hash, &hashLen) == 0) {
            char *fp = ssh_get_fingerprint_hash(SSH_PUBLICKEY_HASH_SHA256, hash, hashLen);
            d->fingerprint = QString::fromLatin1(fp);
            ssh_string_free_char(fp);
            ssh_clean_pubkey_hash(&hash);
        }
        ssh_key_free(key);
    }
    r.hostKeyFingerprint = d->fingerprint;
    const HostKeyCheck check = HostKeyCheck::evaluate(target.hostKeyPolicy, target.pinnedHostKey,
                                                      d->fingerprint, target.displayName());
    if (!check.accepted) {
        r.status = ExecutionStatus::HostKeyRejected;
        r.message = check.message;
        r.connectMs = msSince(started);
        d->close();
        return r;
    }
    r.hostKeyNewlyPinned = check.newlyPinned;

    if (!SshAuthenticator(*d).authenticate(r)) {
        r.connectMs = msSince(started);
        d->close();
        return r;
    }
    r.status = ExecutionStatus::Succeeded;
    r.authMethod = d->authMethod;
    r.connectMs = msSince(started);
    return r;
}

bool SshSession::sendKeepalive() {
    std::lock_guard lock(d->mutex);
    if (!d->alive())
        return false;
    ssh_send_keepalive(d->session);
    return d->alive();
}

SshExecResult SshSession::exec(const SshCommand &command, const SshCancelToken &cancel) {
    SshExecResult r;
    const auto started = Clock::now();
    const QString name = d->target.displayName();
    const QString what = command.summary();
    const qint64 cap =
        command.maxOutputBytes > 0 ? command.maxOutputBytes : SshCommand::defaultMaxOutputBytes;
    CappedOutputBuffer out(cap);
    CappedOutputBuffer err(cap);

    if (cancel.isCancelled()) {
        r.status = ExecutionStatus::Cancelled;
        r.error = QStringLiteral("`%1` on %2 was cancelled before it started").arg(what, name);
        return r;
    }
    std::unique_lock lock(d->mutex);
    if (!d->alive()) {
        r.connectionLost = true;
        r.error =
            QStringLiteral("the connection to %1 is closed; `%2` was not started").arg(name, what);
        return r;
    }
    auto ch = std::make_unique<SshChannel>(d->session);
    if (!*ch || ssh_channel_open_session(ch->get()) != SSH_OK ||
        ssh_channel_request_exec(
            ch->get(),
            (QStringLiteral("echo $$; ") + command.remoteCommandLine()).toUtf8().constData()) !=
            SSH_OK) {
        const QString why = d->lastError();
        r.connectionLost = !d->alive();
        r.error = r.connectionLost
                      ? QStringLiteral("connection to %1 lost before `%2` could start: %3")
                            .arg(name, what, why)
                      : QStringLiteral("%1 refused a channel for `%2`: %3; too many sessions at "
                                       "once? (sshd MaxSessions)")
                            .arg(name, what, why);
        ch.reset();
        return r;
    }
    r.commandStarted = true;
    d->channels.fetch_add(1);
    struct ChannelCount {
        std::atomic_int &n;
        ~ChannelCount() { n.fetch_sub(1); }
    } channelCount{d->channels};

    bool lost = false;
    QString lostWhy;
    auto checkAlive = [&] {
        if (!lost && !d->alive()) {
            lost = true;
            lostWhy = d->lastError();
        }
    };

    if (command.isScript()) {
        constexpr qsizetype slice = 32 * 1024;
        for (qsizetype pos = 0; pos < command.script.size() && !lost; pos += slice) {
            const qsizetype n = std::min(slice, command.script.size() - pos);
            if (ssh_channel_write(ch->get(), command.script.constData() + pos, uint32_t(n)) < 0)
                checkAlive();
            // Let other channels on this session move between slices of a large script.
            lock.unlock();
            lock.lock();
        }
    }
    // A command must see the end of its stdin, or `cat` and friends wait forever.
    ssh_channel_send_eof(ch->get());
    lock.unlock();

    // The first stdout line is the remote shell's pid from the `echo $$;` prefix; it is taken
    // off before anyone sees the output.
    QByteArray pidLine;
    bool pidDone = false;
    auto deliver = [&](SshStream stream, QByteArrayView chunk) {
        if (chunk.isEmpty())
            return;
        (stream == SshStream::Stdout ? out : err).append(chunk);
        if (command.sink)
            command.sink(stream, chunk);
    };
    auto takeStdout = [&](QByteArrayView chunk) {
        if (pidDone) {
            deliver(SshStream::Stdout, chunk);
            return;
        }
        pidLine.append(chunk);
        const qsizetype nl = pidLine.indexOf('\n');
        if (nl < 0 && pidLine.size() <= 32)
            return;
        pidDone = true;
        bool ok = false;
        const qint64 pid = nl < 0 ? 0 : pidLine.left(nl).trimmed().toLongLong(&ok);
        if (ok && pid > 1) {
            r.remoteProcessGroup = pid;
            deliver(SshStream::Stdout, QByteArrayView(pidLine).sliced(nl + 1));
        } else {
            deliver(SshStream::Stdout, pidLine);
        }
        pidLine.clear();
    };

    // Reads what is there (a bounded amount, so other channels get the lock) and reports whether
    // the command is over. Called with the lock held.
    std::vector<char> buf(64 * 1024);
    QByteArray gotOut;
    QByteArray gotErr;
    auto pump = [&](int waitMs) -> bool {
        gotOut.clear();
        gotErr.clear();
        if (waitMs > 0)
            ch->wait(waitMs);
        // Whether the end was seen is taken before reading, never after: each read also
        // handles incoming packets, so a read of stderr can take in the last stdout bytes
        // together with EOF, exit status and close. Judged after the reads, that end would
        // leave those bytes unread (`echo tick` stored as exit 0 with no output, once in
        // thousands of runs under load). Seen before, everything sent ahead of it is already
        // buffered and the reads below take it.
        const bool endSeen = ch->state.closed || (ch->state.eof && ch->state.exitKnown());
        constexpr qsizetype perTurn = 512 * 1024;
        for (int stream = 0; stream < 2; ++stream) {
            QByteArray &got = stream == 0 ? gotOut : gotErr;
            while (got.size() < perTurn) {
                const int n = ssh_channel_read_nonblocking(ch->get(), buf.data(),
                                                           uint32_t(buf.size()), stream);
                if (n <= 0)
                    break;
                got.append(buf.data(), n);
            }
        }
        checkAlive();
        const bool drained = gotOut.isEmpty() && gotErr.isEmpty();
        return lost || (drained && endSeen);
    };
    auto hand = [&] {
        if (!gotOut.isEmpty())
            takeStdout(gotOut);
        if (!gotErr.isEmpty())
            deliver(SshStream::Stderr, gotErr);
    };

    enum class Stop { None, Timeout, Cancel } stop = Stop::None;
    const bool hasDeadline = command.timeoutMs > 0;
    const auto deadline = started + std::chrono::milliseconds(command.timeoutMs);
    for (;;) {
        if (cancel.isCancelled()) {
            stop = Stop::Cancel;
            break;
        }
        if (hasDeadline && Clock::now() >= deadline) {
            stop = Stop::Timeout;
            break;
        }
        lock.lock();
        const bool over = pump(10);
        lock.unlock();
        hand();
        if (over)
            break;
    }

    bool usedKill = false;
    if (stop != Stop::None && !lost) {
        // Without the pid line the command cannot be killed for sure (root logins ignore signal
        // requests); it comes first, as soon as the login shell runs, which can take seconds
        // when the shell reads a heavy rc file.
        const auto pidWait = Clock::now();
        bool over = false;
        while (!pidDone && !lost && !over && msSince(pidWait) < 10'000) {
            lock.lock();
            over = pump(10);
            lock.unlock();
            hand();
        }
        auto waitForEnd = [&](int ms) {
            const auto since = Clock::now();
            while (!over && msSince(since) < ms) {
                lock.lock();
                over = pump(10);
                lock.unlock();
                hand();
            }
        };
        if (!over) {
            const int grace = std::max(command.killGraceMs, 0);
            lock.lock();
            if (r.remoteProcessGroup > 1 && d->alive()) {
                d->runAuxiliary(lock,
                                QStringLiteral("kill -TERM -%1").arg(r.remoteProcessGroup).toUtf8(),
                                2000);
            } else {
                // No pid: the best we have, though root logins ignore it.
                ssh_channel_request_send_signal(ch->get(), "TERM");
            }
            lock.unlock();
            waitForEnd(grace);
            if (!over) {
                usedKill = true;
                lock.lock();
                if (r.remoteProcessGroup > 1 && d->alive())
                    d->runAuxiliary(
                        lock, QStringLiteral("kill -KILL -%1").arg(r.remoteProcessGroup).toUtf8(),
                        2000);
                else
                    ssh_channel_request_send_signal(ch->get(), "KILL");
                lock.unlock();
                waitForEnd(1000);
            }
        }
    }

    lock.lock();
    if (!pidDone && !pidLine.isEmpty()) {
        deliver(SshStream::Stdout, pidLine);
        pidLine.clear();
    }
    const SshChannel::State state = ch->state;
    ch.reset();
    checkAlive();
    lock.unlock();

    r.durationMs = msSince(started);
    r.stdoutData = out.data();
    r.stderrData = err.data();
    r.stdoutTruncated = out.truncated();
    r.stderrTruncated = err.truncated();
    r.stdoutBytes = out.totalBytes();
    r.stderrBytes = err.totalBytes();
    r.exitCode = state.exitSignal.isEmpty() ? state.exitStatus : std::nullopt;
    r.exitSignal = state.exitSignal;

    QString stopped;
    if (r.remoteProcessGroup > 1)
        stopped = QStringLiteral("process group %1 was stopped with %2")
                      .arg(r.remoteProcessGroup)
                      .arg(usedKill ? QStringLiteral("TERM, then KILL") : QStringLiteral("TERM"));
    else
        stopped = QStringLiteral("its process id never arrived, so it only got a signal request, "
                                 "which sshd ignores for root: it may still run there");
    if (stop == Stop::Timeout) {
        r.status = ExecutionStatus::TimedOut;
        r.error = QStringLiteral("`%1` on %2 timed out after %3; %4")
                      .arg(what, name, seconds(command.timeoutMs), stopped);
    } else if (stop == Stop::Cancel) {
        r.status = ExecutionStatus::Cancelled;
        r.error = QStringLiteral("`%1` on %2 was cancelled after %3; %4")
                      .arg(what, name, seconds(r.durationMs), stopped);
    } else if (lost) {
        r.status = ExecutionStatus::Failed;
        r.connectionLost = true;
        r.error = QStringLiteral("connection to %1 lost while running `%2`%3; the command may "
                                 "still be running there")
                      .arg(name, what,
                           lostWhy.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(lostWhy));
    } else if (!state.exitSignal.isEmpty()) {
        r.status = ExecutionStatus::Failed;
        r.error =
            QStringLiteral("`%1` on %2 was killed by signal %3").arg(what, name, r.exitSignal);
    } else if (!state.exitStatus) {
        r.status = ExecutionStatus::Failed;
        r.error = QStringLiteral("`%1` on %2 ended without an exit status (the server closed the "
                                 "channel); treated as failed")
                      .arg(what, name);
    } else if (*state.exitStatus != 0) {
        r.status = ExecutionStatus::Failed;
        r.error =
            QStringLiteral("`%1` on %2 exited with code %3").arg(what, name).arg(*state.exitStatus);
    } else {
        r.status = ExecutionStatus::Succeeded;
    }
    return r;
}

} // namespace fleetcron
