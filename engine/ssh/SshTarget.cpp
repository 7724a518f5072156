#include "SshTarget.h"

namespace fleetcron {

SshTarget SshTarget::fromServer(const Server &server, const QString &secret) {
    SshTarget t;
    t.serverId = server.id;
    t.name = server.name;
    t.host = server.host;
    t.port = server.port;
    t.username = server.username;
    t.auth = server.auth;
    t.keyPath = server.keyPath;
    t.pinnedHostKey = server.hostKeySha256;
    t.hostKeyPolicy = server.hostKeyPolicy;
    if (server.auth == AuthMethod::Password)
        t.password = secret;
    else if (server.auth == AuthMethod::Key)
        t.keyPassphrase = secret;
    return t;
}

QString SshTarget::displayName() const {
    if (!name.isEmpty())
        return name;
    return QStringLiteral("%1@%2").arg(username, address());
}

QString SshTarget::address() const {
    // Bracket IPv6 literals so the port stays readable.
    if (host.contains(QLatin1Char(':')))
        return QStringLiteral("[%1]:%2").arg(host).arg(port);
    return QStringLiteral("%1:%2").arg(host).arg(port);
}

SshTarget SshTarget::lastHop() const {
    SshTarget hop = jumps.back();
    hop.jumps.assign(jumps.begin(), jumps.end() - 1);
    return hop;
}

} // namespace fleetcron
