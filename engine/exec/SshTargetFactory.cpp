#include "SshTargetFactory.h"

#include "model/Server.h"
#include "secrets/SecretStore.h"

namespace fleetcron {

QString SshTargetFactory::secretKeyFor(const Server &server) {
    switch (server.auth) {
    case AuthMethod::Password:
        return SecretStore::passwordKey(server.id);
    case AuthMethod::Key:
        return SecretStore::passphraseKey(server.id);
    case AuthMethod::Agent:
        break;
    }
    return {};
}

SshTargetFactory::Result SshTargetFactory::make(const Server &server, SecretStore *secrets) {
    Result result = makeOne(server, secrets);
    // Every hop with its own secret; the chain is spelled out already (Server::jumpChain).
    for (const Server &jump : server.jumpChain) {
        Result hop = makeOne(jump, secrets);
        if (result.error.isEmpty() && !hop.error.isEmpty())
            result.error = QStringLiteral("jump host %1: %2").arg(jump.name, hop.error);
        result.target.jumps.push_back(hop.target);
    }
    return result;
}

SshTargetFactory::Result SshTargetFactory::makeOne(const Server &server, SecretStore *secrets) {
    Result result;
    QString secret;
    const QString key = secretKeyFor(server);
    if (!key.isEmpty() && secrets) {
        const SecretResult read = secrets->read(key);
        if (read.failed()) {
            result.error =
                QStringLiteral("cannot read the %1 of %2 from the secret store: %3")
                    .arg(server.auth == AuthMethod::Password ? QStringLiteral("password")
                                                             : QStringLiteral("key passphrase"),
                         server.name, read.error);
        }
        secret = read.secret;
    }
    result.target = SshTarget::fromServer(server, secret);
    return result;
}

} // namespace fleetcron
