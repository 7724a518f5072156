#pragma once

#include "Statuses.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <vector>

namespace fleetcron {

// A machine tasks run on. Passwords and key passphrases are not here: they live in the secret
// store under the server's id, never in the database.
struct Server {
    qint64 id = 0;
    QString name;
    QString host;
    int port = 22;
    QString username;
    AuthMethod auth = AuthMethod::Agent;
    QString keyPath;
    QString hostKeySha256; // "SHA256:…", empty until first contact
    HostKeyPolicy hostKeyPolicy = HostKeyPolicy::AcceptNew;
    QStringList tags;
    int maxParallel = 4;
    bool enabled = true;
    // Jump hosts (ssh's ProxyJump), first hop first, as configured: what is saved.
    QList<qint64> jumpIds;
    // Filled when read from the store: every server the connection goes through, first hop
    // first. The first configured hop is reached its own way (its own jump hosts come before
    // it), each further hop through the one before, as ssh -J does. Its entries' own jump
    // fields are empty. Ends with the configured hops, in their order.
    std::vector<Server> jumpChain;
    QDateTime createdAt;
    QDateTime updatedAt;
};

} // namespace fleetcron
