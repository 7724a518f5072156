#pragma once

#include "SshConnectResult.h"

namespace fleetcron {

struct SshSessionPrivate;

// Logs a connected session in with the target's method (key file, agent or password, with
// keyboard-interactive for servers that hand passwords to PAM), after trying "none". Apart from
// connect so the host-key and handshake steps read in one place and the auth rules in another.
// Called with the session lock held.
class SshAuthenticator {
public:
    explicit SshAuthenticator(SshSessionPrivate &session);

    // On success the session's authMethod says what worked; on failure `r` gets the status
    // (AuthFailed, or Unreachable when the server hung up) and a message saying what was tried.
    bool authenticate(SshConnectResult &r);

private:
    bool keyboardInteractive();

    SshSessionPrivate &m_session;
};

} // namespace fleetcron
