#pragma once

#include "model/Statuses.h"

#include <QString>

namespace fleetcron {

// The decision about a server's host key: the pinned fingerprint is the truth; `accept-new`
// trusts the first key seen (the caller pins it) and rejects any change; `strict` refuses a
// server that has no pin yet. Pure logic, so every branch is tested without a server.
struct HostKeyCheck {
    bool accepted = false;
    bool newlyPinned = false; // accepted on first contact: the caller must store `offered`
    QString offered;          // "SHA256:…" the server presented
    QString message;          // why it was refused, empty when accepted

    static HostKeyCheck evaluate(HostKeyPolicy policy, const QString &pinned,
                                 const QString &offered, const QString &serverName);
};

} // namespace fleetcron
