#include "SshSessionPrivate.h"

#include "SshChannel.h"
#include "SshTime.h"

namespace fleetcron {

using sshtime::Clock;
using sshtime::msSince;

bool SshSessionPrivate::runAuxiliary(std::unique_lock<std::mutex> &lock,
                                     const QByteArray &commandLine, int waitMs) {
    SshChannel ch(session);
    if (!ch || ssh_channel_open_session(ch.get()) != SSH_OK)
        return false;
    if (ssh_channel_request_exec(ch.get(), commandLine.constData()) != SSH_OK)
        return false;
    ssh_channel_send_eof(ch.get());
    const auto started = Clock::now();
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
    return ch.state.exitStatus == 0;
}

} // namespace fleetcron
