#pragma once

#include <QString>

namespace fleetcron {

// Answers "is a Secret Service (GNOME Keyring, KWallet…) running on this session bus right now?"
// without starting one: D-Bus activation would launch a keyring daemon whose locked collection
// then waits for an unlock prompt nobody sees on a headless server. Blocks for at most timeoutMs,
// without an event loop, so it may run on any thread.
class SecretServiceProbe {
public:
    struct Answer {
        bool available = false;
        QString reason; // why not, or who answered
    };

    static Answer probe(int timeoutMs = 1500);
};

} // namespace fleetcron
