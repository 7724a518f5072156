#pragma once

#include "SshCancelToken.h"
#include "SshCommand.h"
#include "SshConnectResult.h"
#include "SshExecResult.h"
#include "SshTarget.h"

#include <memory>

namespace fleetcron {

// Keeps authenticated sessions per server so a warm run costs a channel, not a handshake.
// A connection carries up to the server's channel limit of commands at once; more concurrent
// commands open more connections. Idle connections get keepalives and are closed after the idle
// timeout; a connection found dead is replaced once, transparently, when no command had started
// on it. Thread-safe: exec() is meant to be called from many worker threads at once.
// A target behind jump hosts gets its connection through a pooled connection to the last hop
// (itself through the hop before, …), which stays open as long as something runs through it.
class SshPool {
public:
    struct Options {
        int idleTimeoutMs = 5 * 60'000;
        int keepaliveIntervalMs = 30'000;
        int maintenanceIntervalMs = 1'000; // how often idle connections are looked at
    };

    SshPool();
    explicit SshPool(Options options);
    ~SshPool();
    SshPool(const SshPool &) = delete;
    SshPool &operator=(const SshPool &) = delete;

    // Runs a command on a pooled (or new) connection to `target` and waits for it. Connection
    // failures come back as the result's status and message (Unreachable, AuthFailed,
    // HostKeyRejected) with commandStarted false.
    SshExecResult exec(const SshTarget &target, const SshCommand &command,
                       const SshCancelToken &cancel = {});

    // Connects without pooling: what `server test` needs (fingerprint, auth that worked).
    static SshConnectResult testConnection(const SshTarget &target);

    // Closes every idle connection now (e.g. after a server's settings changed).
    void closeIdle();
    // Closes every connection to one server once its commands finish (re-pin, edit, remove).
    void forget(qint64 serverId);

    int openConnections() const;
    qint64 connectionsOpened() const; // over the pool's life
    // New connections that went through a jump host's connection that was open already.
    qint64 jumpSessionsReused() const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace fleetcron
