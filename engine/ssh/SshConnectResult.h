#pragma once

#include "model/Statuses.h"

#include <QString>

namespace fleetcron {

// How opening and authenticating a session went. On failure `status` is Unreachable,
// AuthFailed or HostKeyRejected and `message` says what to do about it.
struct SshConnectResult {
    ExecutionStatus status = ExecutionStatus::Unreachable;
    QString message;
    QString hostKeyFingerprint;      // "SHA256:…" as ssh-keygen -lf prints it, when one was seen
    bool hostKeyNewlyPinned = false; // accept-new trusted it: the caller stores the fingerprint
    QString authMethod; // what worked: publickey, password, keyboard-interactive, agent, none
    int connectMs = 0;

    bool ok() const { return status == ExecutionStatus::Succeeded; }
};

} // namespace fleetcron
