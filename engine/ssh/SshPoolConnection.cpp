#include "SshPoolConnection.h"

#include "SshSession.h"

#include <QCryptographicHash>
#include <QStringList>

#include <algorithm>

namespace fleetcron {
namespace {

// A connection deeper in a chain is closed before the hops it runs through.
int depthOf(const PooledConnectionPtr &c) {
    int depth = 0;
    for (const PooledConnection *v = c->via.get(); v; v = v->via.get())
        ++depth;
    return depth;
}

} // namespace

QString sshPoolKey(const SshTarget &t) {
    // The way there is part of it: the same server behind another chain is another session.
    QStringList chain;
    for (const SshTarget &hop : t.jumps)
        chain << sshPoolKey(hop);
    QCryptographicHash secret(QCryptographicHash::Sha256);
    secret.addData(t.password.toUtf8());
    secret.addData(QByteArrayView("\0", 1));
    secret.addData(t.keyPassphrase.toUtf8());
    return QStringList{QString::number(t.serverId),
                       t.host,
                       QString::number(t.port),
                       t.username,
                       toString(t.auth),
                       t.keyPath,
                       t.agentSocket,
                       toString(t.hostKeyPolicy),
                       QString::fromLatin1(secret.result().toHex())}
               .join(QLatin1Char('\x1f')) +
           (chain.isEmpty() ? QString() : QLatin1Char('\x1e') + chain.join(QLatin1Char('\x1d')));
}

void closePooled(std::vector<PooledConnectionPtr> connections) {
    std::stable_sort(connections.begin(), connections.end(),
                     [](const PooledConnectionPtr &a, const PooledConnectionPtr &b) {
                         return depthOf(a) > depthOf(b);
                     });
    for (const PooledConnectionPtr &c : connections) {
        if (c->session)
            c->session->disconnect();
    }
}

} // namespace fleetcron
