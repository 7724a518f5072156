#pragma once

#include "model/Server.h"
#include "store/StoreResult.h"

#include <QString>

#include <optional>

namespace fleetcron {

class Database;
class SecretStore;

// Saves a server together with its secret (the password for password auth, the key passphrase
// for key auth) the way every face must: the secret goes to the secret store, never to the
// database, and a failure on either side leaves both as they were. Blocking (the keychain may
// take a while): call it on the engine thread or a worker, never the GUI thread.
class ServerSaver {
public:
    ServerSaver(Database &db, SecretStore *secrets);

    // Creates the server when `server.id` is 0, else updates it. `secret` unset keeps the stored
    // secret; a new server with password auth needs one.
    StoreResult<Server> save(const Server &server, const std::optional<QString> &secret);

private:
    StoreResult<Server> create(const Server &server, const std::optional<QString> &secret);
    StoreResult<Server> update(const Server &server, const std::optional<QString> &secret);
    StoreError noSecretStore() const;

    Database &m_db;
    SecretStore *m_secrets;
};

} // namespace fleetcron
