#pragma once

// Private to engine/ssh: it speaks libssh, which the engine's public headers must not need.

#include <libssh/callbacks.h>
#include <libssh/libssh.h>

#include <QString>

#include <optional>

namespace fleetcron {

// A channel with its callbacks, which must be installed before the channel is opened or the
// exit status can be missed, and removed before it is freed, because libssh keeps a freed
// channel alive until the server's close arrives and would call back into a dead stack frame.
// Every call is made with the session lock held.
class SshChannel {
public:
    // Everything the channel callbacks learn. libssh calls them from whichever thread is
    // processing packets for the session, always under the session lock.
    struct State {
        std::optional<int> exitStatus;
        QString exitSignal;
        bool eof = false;
        bool closed = false;

        bool exitKnown() const { return exitStatus.has_value() || !exitSignal.isEmpty(); }
    };

    explicit SshChannel(ssh_session session);
    ~SshChannel() { release(); }
    SshChannel(const SshChannel &) = delete;
    SshChannel &operator=(const SshChannel &) = delete;

    ssh_channel get() const { return m_channel; }
    explicit operator bool() const { return m_channel != nullptr; }

    void release();

    // Waits up to `waitMs` for the channel to have something to read, or — once its EOF has
    // arrived — for the exit status and close that follow. libssh's channel poll and read
    // functions stop processing packets after EOF, so without this the exit status can sit
    // unread in the socket forever.
    void wait(int waitMs);

    State state;

private:
    ssh_session m_session;
    ssh_channel m_channel;
    ssh_channel_callbacks_struct m_callbacks{};
};

} // namespace fleetcron
