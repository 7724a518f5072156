#include "SshSession.h"

#include "HostKeyCheck.h"
#include "SshAuthenticator.h"
#include "SshChannelRun.h"
#include "SshSessionPrivate.h"
#include "SshTime.h"

#include <libssh/libssh.h>

#include <algorithm>
#include <mutex>

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

SshConnectResult SshSession::connect(const SshTarget &target,
                                     const std::shared_ptr<SshSession> &via) {
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

    if (via) {
        QString why;
        d->tunnel = SshTunnel::open(via, *via->d, target.host, target.port, timeoutMs, why);
        if (!d->tunnel) {
            r.status = ExecutionStatus::Unreachable;
            r.message = QStringLiteral("cannot reach %1 through jump host %2: %3")
                            .arg(target.displayName(), via->target().displayName(), why);
            r.connectMs = msSince(started);
            d->close();
            return r;
        }
        socket_t fd = d->tunnel->sessionFd();
        ssh_options_set(s, SSH_OPTIONS_FD, &fd);
    }

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
    return SshChannelRun(*d, command, cancel).run();
}

} // namespace fleetcron
