#include "SshChannelRun.h"

#include "SshChannel.h"
#include "SshSessionPrivate.h"

#include <libssh/libssh.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <utility>

namespace fleetcron {
namespace {

using sshtime::Clock;
using sshtime::msSince;
using sshtime::seconds;

// How long stopping a command (the kill channel's open, exec and answer) may wait for the
// server. A server that answers at all does so in a few round trips; one that is stopped or cut
// off would otherwise hold the timed-out execution for the connect timeout, twice. The wait
// scales with how long this server took to start the command (two round trips, plus its own
// load), so a 500 ms link still gets its kill through while a silent server on a fast link
// is given up on well within the second a timeout is allowed to overrun. A kill that misses
// the wait is not lost: the command is stopped once the server answers again.
constexpr int stopAnswerMinMs = 300;
constexpr int stopAnswerMaxMs = 750;

int stopAnswerLimit(qint64 openedInMs) {
    return int(std::clamp<qint64>(openedInMs * 3 + 100, stopAnswerMinMs, stopAnswerMaxMs));
}

qint64 outputCap(const SshCommand &command) {
    return command.maxOutputBytes > 0 ? command.maxOutputBytes : SshCommand::defaultMaxOutputBytes;
}

} // namespace

SshChannelRun::SshChannelRun(SshSessionPrivate &session, const SshCommand &command,
                             const SshCancelToken &cancel)
    : m_session(session)
    , m_command(command)
    , m_cancel(cancel)
    , m_started(command.startedAt != Clock::time_point{} ? command.startedAt : Clock::now())
    , m_name(session.target.displayName())
    , m_what(command.summary())
    , m_out(outputCap(command))
    , m_err(outputCap(command))
    , m_lock(session.mutex, std::defer_lock)
    , m_buf(64 * 1024) {}

SshChannelRun::~SshChannelRun() = default;

SshExecResult SshChannelRun::run() {
    if (m_cancel.isCancelled()) {
        m_result.status = ExecutionStatus::Cancelled;
        m_result.error =
            QStringLiteral("`%1` on %2 was cancelled before it started").arg(m_what, m_name);
        return std::move(m_result);
    }
    m_lock.lock();
    if (!openChannel()) {
        m_lock.unlock();
        return std::move(m_result);
    }
    m_result.commandStarted = true;
    m_session.channels.fetch_add(1);
    struct ChannelCount {
        std::atomic_int &n;
        ~ChannelCount() { n.fetch_sub(1); }
    } channelCount{m_session.channels};

    sendInput();
    m_lock.unlock();

    const Stop stop = readUntilEnd();
    if (stop != Stop::None && !m_lost)
        stopRemote();
    return finish(stop);
}

// Called with the lock held. False, with the result saying why, when nothing was started.
bool SshChannelRun::openChannel() {
    if (!m_session.alive()) {
        m_result.connectionLost = true;
        m_result.error = QStringLiteral("the connection to %1 is closed; `%2` was not started")
                             .arg(m_name, m_what);
        return false;
    }
    m_channel = std::make_unique<SshChannel>(m_session.session);
    // On a pooled connection to a server that went silent, opening waits for no more than the
    // task has left, not the connect timeout on top of it.
    const int connectLimit = std::max(m_session.target.connectTimeoutMs, 100);
    const int limit = std::min(connectLimit, std::max(m_command.msLeft(), 100));
    const auto opening = Clock::now();
    m_session.setRequestTimeout(limit);
    const bool opened =
        *m_channel && ssh_channel_open_session(m_channel->get()) == SSH_OK &&
        ssh_channel_request_exec(
            m_channel->get(),
            (QStringLiteral("echo $$; ") + m_command.remoteCommandLine()).toUtf8().constData()) ==
            SSH_OK;
    m_session.setRequestTimeout(connectLimit);
    m_stopAnswerMs = stopAnswerLimit(msSince(opening));
    if (!opened && msSince(opening) >= limit) {
        m_result.status = ExecutionStatus::Unreachable;
        m_result.connectionLost = true; // the pool must not hand this connection out again
        m_result.error = QStringLiteral("cannot reach %1: it stopped answering (no reply within "
                                        "%2 to starting `%3` on an open connection); nothing "
                                        "was started there")
                             .arg(m_name, seconds(limit), m_what);
        m_channel.reset();
        return false;
    }
    if (!opened) {
        const QString why = m_session.lastError();
        m_result.connectionLost = !m_session.alive();
        m_result.error = m_result.connectionLost
                             ? QStringLiteral("connection to %1 lost before `%2` could start: %3")
                                   .arg(m_name, m_what, why)
                             : QStringLiteral("%1 refused a channel for `%2`: %3; too many "
                                              "sessions at once? (sshd MaxSessions)")
                                   .arg(m_name, m_what, why);
        m_channel.reset();
        return false;
    }
    return true;
}

// Called with the lock held.
void SshChannelRun::sendInput() {
    if (m_command.isScript()) {
        constexpr qsizetype slice = 32 * 1024;
        for (qsizetype pos = 0; pos < m_command.script.size() && !m_lost; pos += slice) {
            const qsizetype n = std::min(slice, m_command.script.size() - pos);
            if (ssh_channel_write(m_channel->get(), m_command.script.constData() + pos,
                                  uint32_t(n)) < 0)
                checkAlive();
            // Let other channels on this session move between slices of a large script.
            m_lock.unlock();
            m_lock.lock();
        }
    }
    // A command must see the end of its stdin, or `cat` and friends wait forever.
    ssh_channel_send_eof(m_channel->get());
}

SshChannelRun::Stop SshChannelRun::readUntilEnd() {
    const bool hasDeadline = m_command.timeoutMs > 0;
    const auto deadline = m_started + std::chrono::milliseconds(m_command.timeoutMs);
    for (;;) {
        if (m_cancel.isCancelled())
            return Stop::Cancel;
        if (hasDeadline && Clock::now() >= deadline)
            return Stop::Timeout;
        if (turn(10))
            return Stop::None;
    }
}

void SshChannelRun::stopRemote() {
    // Without the pid line the command cannot be killed for sure (root logins ignore signal
    // requests); it comes first, as soon as the login shell runs, which can take seconds
    // when the shell reads a heavy rc file.
    const auto pidWait = Clock::now();
    bool over = false;
    while (!m_pidDone && !m_lost && !over && msSince(pidWait) < 10'000)
        over = turn(10);
    if (over)
        return;
    if (!signalRemote("TERM") || waitForEnd(std::max(m_command.killGraceMs, 0)))
        return;
    m_usedKill = true;
    if (signalRemote("KILL"))
        waitForEnd(1000);
}

// The kill runs on a second channel because OpenSSH ignores signal requests for root logins.
// False when the server did not answer it: then nothing else will get through either.
bool SshChannelRun::signalRemote(const char *signal) {
    m_lock.lock();
    if (m_result.remoteProcessGroup > 1 && m_session.alive()) {
        const auto answer = m_session.runAuxiliary(
            m_lock,
            QStringLiteral("kill -%1 -%2")
                .arg(QLatin1String(signal), QString::number(m_result.remoteProcessGroup))
                .toUtf8(),
            m_stopAnswerMs);
        m_unanswered = answer == SshSessionPrivate::Auxiliary::NoAnswer;
    } else {
        // No pid: the best we have, though root logins ignore it.
        ssh_channel_request_send_signal(m_channel->get(), signal);
    }
    m_lock.unlock();
    return !m_unanswered;
}

// True once the command is over; false when `ms` passed first.
bool SshChannelRun::waitForEnd(int ms) {
    const auto since = Clock::now();
    bool over = false;
    while (!over && msSince(since) < ms)
        over = turn(10);
    return over;
}

// The output is handed on only after the lock is released, so the sink never holds up the
// session's other channels.
bool SshChannelRun::turn(int waitMs) {
    m_lock.lock();
    const bool over = pump(waitMs);
    m_lock.unlock();
    hand();
    return over;
}

// Reads what is there (a bounded amount, so other channels get the lock) and reports whether
// the command is over. Called with the lock held.
bool SshChannelRun::pump(int waitMs) {
    m_gotOut.clear();
    m_gotErr.clear();
    if (waitMs > 0)
        m_channel->wait(waitMs);
    // Whether the end was seen is taken before reading, never after: each read also
    // handles incoming packets, so a read of stderr can take in the last stdout bytes
    // together with EOF, exit status and close. Judged after the reads, that end would
    // leave those bytes unread (`echo tick` stored as exit 0 with no output, once in
    // thousands of runs under load). Seen before, everything sent ahead of it is already
    // buffered and the reads below take it.
    const bool endSeen =
        m_channel->state.closed || (m_channel->state.eof && m_channel->state.exitKnown());
    constexpr qsizetype perTurn = 512 * 1024;
    for (int stream = 0; stream < 2; ++stream) {
        QByteArray &got = stream == 0 ? m_gotOut : m_gotErr;
        while (got.size() < perTurn) {
            const int n = ssh_channel_read_nonblocking(m_channel->get(), m_buf.data(),
                                                       uint32_t(m_buf.size()), stream);
            if (n <= 0)
                break;
            got.append(m_buf.data(), n);
        }
    }
    checkAlive();
    const bool drained = m_gotOut.isEmpty() && m_gotErr.isEmpty();
    return m_lost || (drained && endSeen);
}

void SshChannelRun::hand() {
    if (!m_gotOut.isEmpty())
        takeStdout(m_gotOut);
    if (!m_gotErr.isEmpty())
        deliver(SshStream::Stderr, m_gotErr);
}

void SshChannelRun::takeStdout(QByteArrayView chunk) {
    if (m_pidDone) {
        deliver(SshStream::Stdout, chunk);
        return;
    }
    m_pidLine.append(chunk);
    const qsizetype nl = m_pidLine.indexOf('\n');
    if (nl < 0 && m_pidLine.size() <= 32)
        return;
    m_pidDone = true;
    bool ok = false;
    const qint64 pid = nl < 0 ? 0 : m_pidLine.left(nl).trimmed().toLongLong(&ok);
    if (ok && pid > 1) {
        m_result.remoteProcessGroup = pid;
        if (m_command.onProcessGroup)
            m_command.onProcessGroup(pid);
        deliver(SshStream::Stdout, QByteArrayView(m_pidLine).sliced(nl + 1));
    } else {
        deliver(SshStream::Stdout, m_pidLine);
    }
    m_pidLine.clear();
}

void SshChannelRun::deliver(SshStream stream, QByteArrayView chunk) {
    if (chunk.isEmpty())
        return;
    (stream == SshStream::Stdout ? m_out : m_err).append(chunk);
    if (m_command.sink)
        m_command.sink(stream, chunk);
}

// Called with the lock held.
void SshChannelRun::checkAlive() {
    if (!m_lost && !m_session.alive()) {
        m_lost = true;
        m_lostWhy = m_session.lastError();
    }
}

SshExecResult SshChannelRun::finish(Stop stop) {
    m_lock.lock();
    // A pid line that never ended is output after all; it is handed on once the lock is
    // released, as SshCommand promises its sink.
    QByteArray leftover;
    if (!m_pidDone)
        leftover.swap(m_pidLine);
    const SshChannel::State state = m_channel->state;
    // A server that did not answer the kill (stopped, cut off) will not answer the channel's
    // close either: closing it in blocking mode waited on it for seconds after the timeout.
    // The session is given up on anyway, so the close is sent without waiting.
    const bool silent = m_unanswered || m_lost;
    if (silent)
        ssh_set_blocking(m_session.session, 0);
    m_channel.reset();
    if (silent)
        ssh_set_blocking(m_session.session, 1);
    checkAlive();
    m_lock.unlock();
    deliver(SshStream::Stdout, leftover);

    SshExecResult &r = m_result;
    r.durationMs = msSince(m_started);
    r.stdoutData = m_out.data();
    r.stderrData = m_err.data();
    r.stdoutTruncated = m_out.truncated();
    r.stderrTruncated = m_err.truncated();
    r.stdoutBytes = m_out.totalBytes();
    r.stderrBytes = m_err.totalBytes();
    r.exitCode = state.exitSignal.isEmpty() ? state.exitStatus : std::nullopt;
    r.exitSignal = state.exitSignal;

    QString stopped;
    if (m_unanswered) {
        // The session is of no further use: the pool must not hand it out again.
        r.connectionLost = true;
        stopped = QStringLiteral("the server did not answer the kill of process group %1 within "
                                 "%2 (stopped, or the network cut off), so the command may "
                                 "still run there")
                      .arg(r.remoteProcessGroup)
                      .arg(seconds(m_stopAnswerMs));
    } else if (r.remoteProcessGroup > 1)
        stopped = QStringLiteral("process group %1 was stopped with %2")
                      .arg(r.remoteProcessGroup)
                      .arg(m_usedKill ? QStringLiteral("TERM, then KILL") : QStringLiteral("TERM"));
    else
        stopped = QStringLiteral("its process id never arrived, so it only got a signal request, "
                                 "which sshd ignores for root: it may still run there");
    if (stop == Stop::Timeout) {
        r.status = ExecutionStatus::TimedOut;
        r.error = QStringLiteral("`%1` on %2 timed out after %3; %4")
                      .arg(m_what, m_name, seconds(m_command.timeoutMs), stopped);
    } else if (stop == Stop::Cancel) {
        r.status = ExecutionStatus::Cancelled;
        r.error = QStringLiteral("`%1` on %2 was cancelled after %3; %4")
                      .arg(m_what, m_name, seconds(r.durationMs), stopped);
    } else if (m_lost) {
        r.status = ExecutionStatus::Failed;
        r.connectionLost = true;
        r.error =
            QStringLiteral("connection to %1 lost while running `%2`%3; the command may "
                           "still be running there")
                .arg(m_name, m_what,
                     m_lostWhy.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(m_lostWhy));
    } else if (!state.exitSignal.isEmpty()) {
        r.status = ExecutionStatus::Failed;
        r.error =
            QStringLiteral("`%1` on %2 was killed by signal %3").arg(m_what, m_name, r.exitSignal);
    } else if (!state.exitStatus) {
        r.status = ExecutionStatus::Failed;
        r.error = QStringLiteral("`%1` on %2 ended without an exit status (the server closed the "
                                 "channel); treated as failed")
                      .arg(m_what, m_name);
    } else if (*state.exitStatus != 0) {
        r.status = ExecutionStatus::Failed;
        r.error = QStringLiteral("`%1` on %2 exited with code %3")
                      .arg(m_what, m_name)
                      .arg(*state.exitStatus);
    } else {
        r.status = ExecutionStatus::Succeeded;
    }
    return std::move(m_result);
}

} // namespace fleetcron
