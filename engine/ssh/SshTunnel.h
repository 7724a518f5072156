#pragma once

// Private to engine/ssh: it speaks libssh, which the engine's public headers must not need.

#include <libssh/callbacks.h>
#include <libssh/libssh.h>

#include <QByteArray>
#include <QString>

#include <atomic>
#include <memory>
#include <thread>

namespace fleetcron {

class SshSession;
struct SshSessionPrivate;

// A TCP connection to the next hop, made by a jump host (a direct-tcpip channel, what OpenSSH's
// ProxyJump uses), handed to the next libssh session as a plain socket. libssh cannot run a
// session over a channel, so one end of a socketpair is the next session's socket
// (SSH_OPTIONS_FD) and a thread carries bytes between the other end and the channel.
//
// The thread takes the hop's session lock for every libssh call, like every other user of that
// session, so commands on the jump host and other tunnels through it go on alongside. Flow
// control both ways: it writes no more than the channel's window, and reads from the socket only
// what it could pass on, so a slow side holds the other back instead of growing a buffer.
class SshTunnel {
public:
    // Opens the channel to host:port through `hop` within `timeoutMs`. Null with `error` (the
    // jump host's words, e.g. "Connection refused") when the hop could not connect there.
    static std::unique_ptr<SshTunnel> open(const std::shared_ptr<SshSession> &hop,
                                           SshSessionPrivate &hopSession, const QString &host,
                                           int port, int timeoutMs, QString &error);
    ~SshTunnel();
    SshTunnel(const SshTunnel &) = delete;
    SshTunnel &operator=(const SshTunnel &) = delete;

    // The descriptor the next session uses as its socket; libssh closes it with that session.
    int sessionFd() const { return m_fds[0]; }

private:
    SshTunnel() = default;
    void pump();
    bool hopGone() const; // under the hop's lock
    void wakeUp();

    std::shared_ptr<SshSession> m_hop; // keeps the hop's session open while the tunnel is
    SshSessionPrivate *m_hopSession = nullptr;
    quint64 m_generation = 0; // of the hop's session when the channel was opened
    int m_hopFd = -1;         // the hop's TCP socket
    ssh_channel m_channel = nullptr;
    ssh_channel_callbacks_struct m_callbacks{};
    int m_fds[2] = {-1, -1};  // [0] the next session's, [1] ours
    int m_wake[2] = {-1, -1}; // the channel callbacks and the destructor wake the thread
    std::atomic_bool m_stopping{false};
    std::thread m_thread;
};

} // namespace fleetcron
