#include "SshSessionPrivate.h"

#include "SshChannel.h"
#include "SshTime.h"

#include <algorithm>

namespace fleetcron {

using sshtime::Clock;
using sshtime::msSince;

void SshSessionPrivate::setRequestTimeout(int ms) {
    long sec = ms / 1000;
    long usec = long(ms % 1000) * 1000;
    ssh_options_set(session, SSH_OPTIONS_TIMEOUT, &sec);
    ssh_options_set(session, SSH_OPTIONS_TIMEOUT_USEC, &usec);
}

SshSessionPrivate::Auxiliary SshSessionPrivate::runAuxiliary(std::unique_lock<std::mutex> &lock,
                                                             const QByteArray &commandLine,
                                                             int waitMs) {
    SshChannel ch(session);
    const auto started = Clock::now();
    setRequestTimeout(waitMs);
    const bool opened = ch && ssh_channel_open_session(ch.get()) == SSH_OK &&
                        ssh_channel_request_exec(ch.get(), commandLine.constData()) == SSH_OK;
    setRequestTimeout(std::max(target.connectTimeoutMs, 100));
    if (!opened)
        return msSince(started) >= waitMs ? Auxiliary::NoAnswer : Auxiliary::Failed;
    ssh_channel_send_eof(ch.get());
    char sink[4096];
    while (alive() && !ch.state.closed && !(ch.state.eof && ch.state.exitKnown()) &&
           msSince(started) < waitMs) {
        ch.wait(10);
        while (ssh_channel_read_nonblocking(ch.get(), sink, sizeof sink, 0) > 0) {
        }
        while (ssh_channel_read_nonblocking(ch.get(), sink, sizeof sink, 1) > 0) {
        }
        lock.unlock();
        lock.lock();
    }
    return ch.state.exitStatus == 0 ? Auxiliary::Succeeded : Auxiliary::Failed;
}

} // namespace fleetcron
