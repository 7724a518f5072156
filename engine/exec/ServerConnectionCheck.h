#pragma once

#include "model/Server.h"
#include "ssh/SshConnectResult.h"
#include "ssh/SshTarget.h"

#include <QString>

#include <optional>

namespace fleetcron {

class SecretStore;

// The console's "Test connection": connects to a server as it is being edited, shows which key
// it presents and whether that matches the pin, and never pins anything itself (the operator
// decides, then the caller stores the fingerprint). Two steps because they belong on different
// threads: prepare() reads the secret store (engine thread), connect() does the SSH handshake
// (a worker thread, so the engine's timers are not held up by a slow host).
class ServerConnectionCheck {
public:
    struct Prepared {
        SshTarget target;
        QString error; // the secret could not be read
    };

    // `typedSecret` is what the dialog holds; unset means "the stored one" (for a saved server).
    static Prepared prepare(const Server &server, const std::optional<QString> &typedSecret,
                            SecretStore *secrets);

    // Connects and authenticates once, then disconnects. A key that differs from the pin is
    // refused with both fingerprints in the message; with no pin, the key offered is returned in
    // `hostKeyFingerprint` and `hostKeyNewlyPinned` is set, whatever the server's policy, so the
    // operator can look at it before anything is stored.
    static SshConnectResult connect(const SshTarget &target);
};

} // namespace fleetcron
