#pragma once

// Private to engine/ssh: it speaks libssh, which the engine's public headers must not need.

#include "SshTarget.h"
#include "SshTunnel.h"

#include <libssh/libssh.h>

#include <QByteArray>
#include <QString>

#include <atomic>
#include <mutex>

namespace fleetcron {

// What an SshSession holds: the libssh session, the lock every libssh call on it is made under,
// and what connect learned. Named, rather than SshSession::Impl, so the parts of a session that
// live in their own files can reach it without friends in the public header.
struct SshSessionPrivate {
    mutable std::mutex mutex;
    ssh_session session = nullptr;
    SshTarget target;
    QString fingerprint;
    QString authMethod;
    std::atomic_int channels{0};
    // Counts closes, so a tunnel through this session can tell its channel went with the
    // session it was opened on (ssh_free frees the channels too).
    quint64 generation = 0;
    // When this session runs through a jump host: the bytes' way there. Closed after the
    // session that uses it.
    std::unique_ptr<SshTunnel> tunnel;

    // Under the lock.
    bool alive() const {
        return session && ssh_is_connected(session) &&
               (ssh_get_status(session) & (SSH_CLOSED | SSH_CLOSED_ERROR)) == 0;
    }

    void close() {
        if (session) {
            ssh_disconnect(session);
            ssh_free(session);
            session = nullptr;
            ++generation;
        }
        tunnel.reset();
    }

    QString lastError() const { return QString::fromUtf8(ssh_get_error(session)).trimmed(); }

    // How a helper command went. NoAnswer: the server let the channel open or the exec request
    // go unanswered for the whole wait (stopped, cut off by a firewall): nothing more will get
    // through on this connection, so the caller stops trying instead of waiting on it.
    enum class Auxiliary { Succeeded, Failed, NoAnswer };

    // Runs a short helper command (the kill) on its own channel and waits for it, releasing the
    // session lock between polls so other channels keep flowing. Every step is bounded by
    // `waitMs`, the open and exec requests too, which would otherwise block for the connect
    // timeout. Called with the lock held.
    Auxiliary runAuxiliary(std::unique_lock<std::mutex> &lock, const QByteArray &commandLine,
                           int waitMs);

    // How long libssh's blocking requests (channel open, exec) may wait for the server.
    void setRequestTimeout(int ms);
};

} // namespace fleetcron
