#pragma once

#include "SecretStore.h"

#include <QString>

#include <memory>

namespace fleetcron {

// Picks where secrets live: the keychain when a Secret Service answers, else a 0600 file.
// The choice can be forced, for a server whose keyring is not wanted or a test that needs a
// throw-away directory: the options win over the environment (FLEETCRON_SECRETS=auto|file|keychain,
// FLEETCRON_SECRETS_DIR=<directory for the file store>), which wins over the defaults.
class SecretStoreFactory {
public:
    struct Options {
        QString backend;       // "auto", "file", "keychain"; empty: FLEETCRON_SECRETS, else auto
        QString fileDirectory; // empty: FLEETCRON_SECRETS_DIR, else the config directory
        QString keychainService = QStringLiteral("fleetcron");
        int probeTimeoutMs = 1500;
    };

    struct Choice {
        std::unique_ptr<SecretStore> store; // null when error is set
        QString reason;                     // why this backend, for the log
        QString error;                      // a sentence an operator can act on
    };

    static Choice create(const Options &options);
};

} // namespace fleetcron
