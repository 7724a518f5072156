#pragma once

#include "Statuses.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

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
    QDateTime createdAt;
    QDateTime updatedAt;
};

} // namespace fleetcron
