#pragma once

#include "ssh/SshCancelToken.h"

#include <QString>

namespace fleetcron {

class SecretStore;
class SshPool;
struct Server;

// Stops a command left running on a server by an engine that died (SIGKILL, crash): its remote
// process group gets TERM, a moment to end, then KILL, over a connection of this engine's pool.
// Blocking (the SSH round trip): for recovery, which runs before the dead engine's work is
// marked interrupted, so "interrupted" means the command no longer runs.
class RemoteGroupStop {
public:
    // How long the group has to end after TERM before it gets KILL.
    static constexpr int termGraceMs = 2000;

    // Empty when the group is gone (stopped now, or ended before); otherwise why it may not be.
    static QString stop(SshPool &pool, SecretStore *secrets, const Server &server, qint64 pgid,
                        const SshCancelToken &cancel = {});
    // The shell line that does it on the server.
    static QString commandFor(qint64 pgid);
};

} // namespace fleetcron
