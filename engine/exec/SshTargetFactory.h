#pragma once

#include "ssh/SshTarget.h"

#include <QString>

namespace fleetcron {

class SecretStore;
struct Server;

// Turns a stored server into what the SSH layer needs, with its secret (the password for
// password auth, the key passphrase for key auth) read from the secret store. Blocking: the
// keychain may take a while, so callers are worker threads.
class SshTargetFactory {
public:
    struct Result {
        SshTarget target;
        QString error; // the secret store failed; the server cannot be used now
    };
    // With the server's jump hosts (its jumpChain), each with its own secret.
    static Result make(const Server &server, SecretStore *secrets);
    // The secret-store key of the one secret the server's auth method needs, empty for agent.
    static QString secretKeyFor(const Server &server);

private:
    static Result makeOne(const Server &server, SecretStore *secrets);
};

} // namespace fleetcron
