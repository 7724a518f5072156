#pragma once

#include "StoreResult.h"
#include "model/Server.h"

#include <QList>

#include <functional>

namespace fleetcron {

class Database;

// The server_jumps table, for ServerRepository: which servers a server is reached through.
// Rules about them (known servers, no cycles) are the service's; this stores and reads.
class ServerJumps {
public:
    // Reads server records by id, without their jump hosts (ServerRepository's select).
    using Loader = std::function<StoreResult<QList<Server>>(const QList<qint64> &ids)>;

    // Fills jumpIds and jumpChain of each server.
    static StoreResult<void> attach(Database &db, QList<Server> &servers, const Loader &load);
    // Replaces the server's jump hosts. Inside the caller's transaction.
    static StoreResult<void> save(Database &db, qint64 serverId, const QList<qint64> &jumpIds);
    // Ids of the live servers that name `jumpServerId` among their jump hosts.
    static StoreResult<QList<qint64>> usersOf(Database &db, qint64 jumpServerId);
    // The chain for configured `jumpIds`, given every server's configured jump hosts and the
    // records of the hops: the first hop's own chain, then the configured hops. Stops (and says
    // so in `loop`) when it meets a server twice or goes deeper than maxDepth.
    static std::vector<Server> chainOf(const QList<qint64> &jumpIds,
                                       const QHash<qint64, QList<qint64>> &jumpsOf,
                                       const QHash<qint64, Server> &records, bool *loop = nullptr);
    // Deeper than this is a mistake, or a cycle that slipped in other than through the service.
    static constexpr int maxDepth = 8;
};

} // namespace fleetcron
