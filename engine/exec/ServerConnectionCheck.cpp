#include "ServerConnectionCheck.h"

#include "SshTargetFactory.h"
#include "secrets/SecretStore.h"
#include "ssh/SshPool.h"

namespace fleetcron {

ServerConnectionCheck::Prepared
ServerConnectionCheck::prepare(const Server &server, const std::optional<QString> &typedSecret,
                               SecretStore *secrets) {
    Prepared prepared;
    if (typedSecret || server.id == 0) {
        prepared.target = SshTarget::fromServer(server, typedSecret.value_or(QString()));
        // The jump hosts are saved servers: their own secrets come from the store.
        for (const Server &jump : server.jumpChain) {
            SshTargetFactory::Result hop = SshTargetFactory::make(jump, secrets);
            if (prepared.error.isEmpty() && !hop.error.isEmpty())
                prepared.error = hop.error;
            prepared.target.jumps.push_back(hop.target);
        }
    } else {
        SshTargetFactory::Result made = SshTargetFactory::make(server, secrets);
        prepared.target = made.target;
        prepared.error = made.error;
    }
    // A test asks; it does not trust. With no pin the key is shown and pinned only if the
    // operator says so, so a strict server can be pinned from here as well.
    prepared.target.hostKeyPolicy = HostKeyPolicy::AcceptNew;
    return prepared;
}

SshConnectResult ServerConnectionCheck::connect(const SshTarget &target) {
    return SshPool::testConnection(target);
}

} // namespace fleetcron
