#pragma once

#include "SshCancelToken.h"
#include "SshCommand.h"
#include "SshConnectResult.h"
#include "SshExecResult.h"
#include "SshTarget.h"

#include <memory>

namespace fleetcron {

struct SshSessionPrivate;

// One SSH connection to one server, authenticated, with its host key checked against the pin.
// Blocking: call it from worker threads, never the GUI thread. Several threads may exec on the
// same session at once — each on its own channel — because every libssh call is made under the
// session's lock, which is how libssh allows a session to be shared ("one thread at a time").
//
// A timed-out or cancelled command is really stopped: the command runs as `echo $$; …`, so we
// learn the remote shell's process group, and a second channel runs `kill -TERM -<pgid>`, then
// `kill -KILL -<pgid>`. OpenSSH ignores signal requests for root logins and closing a channel
// leaves the command running, so neither is relied on.
class SshSession {
public:
    SshSession();
    ~SshSession();
    SshSession(const SshSession &) = delete;
    SshSession &operator=(const SshSession &) = delete;

    // Connects, checks the host key, authenticates. On failure the session stays closed.
    // With `via`, the connection is made by that (connected) session's server, as ssh's
    // ProxyJump does: a direct-tcpip channel to target.host:port there, which is only as
    // reachable as it is from the jump host. `via` stays open at least as long as this session.
    SshConnectResult connect(const SshTarget &target,
                             const std::shared_ptr<SshSession> &via = nullptr);
    bool isConnected() const;
    void disconnect();

    // Runs one command on a new channel and waits for it to end, time out, or be cancelled.
    SshExecResult exec(const SshCommand &command, const SshCancelToken &cancel = {});

    // Probes the connection (keepalive@openssh.com) so an idle pooled session is neither
    // dropped by the server's ClientAlive checks nor found dead only when a command needs it.
    // False when the connection is gone.
    bool sendKeepalive();

    const SshTarget &target() const;
    QString hostKeyFingerprint() const;
    QString authMethod() const;
    int activeChannels() const;

    // ssh_init() once per process, before threads need it; called by the constructor too.
    static void initializeLibrary();

private:
    std::unique_ptr<SshSessionPrivate> d;
};

} // namespace fleetcron
