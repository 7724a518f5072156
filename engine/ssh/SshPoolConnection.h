#pragma once

// The pool's own bookkeeping of one pooled SSH connection (private to engine/ssh).

#include "SshConnectResult.h"
#include "SshTarget.h"

#include <QString>

#include <chrono>
#include <memory>
#include <vector>

namespace fleetcron {

class SshSession;

using SshPoolClock = std::chrono::steady_clock;

// One TCP connection. `active` counts the commands on it plus those waiting for it to connect;
// it never exceeds `limit`.
struct PooledConnection {
    enum class State { Connecting, Ready, Dead };

    qint64 serverId = 0;
    std::shared_ptr<SshSession> session;
    // The jump host's connection this one runs through (ProxyJump), and how many connections
    // run through this one: it stays open while any does, idle or not.
    std::shared_ptr<PooledConnection> via;
    int tunnels = 0;
    State state = State::Connecting;
    SshConnectResult connectResult;
    int active = 0;
    int limit = 1;
    bool maintaining = false;
    bool retired = false; // not handed out any more; closed once idle
    SshPoolClock::time_point lastUsed = SshPoolClock::now();
    SshPoolClock::time_point lastKeepalive = SshPoolClock::now();
};

using PooledConnectionPtr = std::shared_ptr<PooledConnection>;

// Connections are shared only between targets that would open the very same session: a changed
// address, user, key or secret must not reuse a session authenticated the old way. The pin is
// not part of it: pinning after first contact must not throw the fresh session away.
QString sshPoolKey(const SshTarget &t);

// Disconnects them, a connection deeper in a chain before the hops it runs through.
void closePooled(std::vector<PooledConnectionPtr> connections);

} // namespace fleetcron
