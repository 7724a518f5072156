#pragma once

#include "SecretResult.h"

#include <QString>

namespace fleetcron {

// Where passwords and key passphrases live; the database never holds them. Every call blocks
// until the backend has answered (a keychain may take a while, a file store touches the disk), so
// callers are worker threads, never the GUI thread. Implementations are thread-safe: one store is
// shared by every worker of the engine.
class SecretStore {
public:
    virtual ~SecretStore() = default;

    // Saves or replaces the secret under key.
    virtual SecretResult store(const QString &key, const QString &secret) = 0;
    // Ok with the secret, NotFound when nothing is stored under key, or Failed with the reason.
    virtual SecretResult read(const QString &key) = 0;
    // Ok also when nothing was stored: removing is idempotent so a half-done delete can be redone.
    virtual SecretResult remove(const QString &key) = 0;

    // Names the backend for logs and `fleetcron` diagnostics ("keychain", "file /path").
    virtual QString description() const = 0;

    // Keys are spelled here once so the SSH code and the CLI cannot drift apart.
    static QString passwordKey(qint64 serverId);
    static QString passphraseKey(qint64 serverId);
    // Keys are short printable ASCII paths such as "server/7/password"; anything else is a bug in
    // the caller, refused before it reaches a backend that may mangle it.
    static bool isValidKey(const QString &key);
};

} // namespace fleetcron
