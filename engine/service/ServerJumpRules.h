#pragma once

#include "model/Server.h"
#include "store/StoreResult.h"

#include <QStringList>

namespace fleetcron {

class ServerRepository;

// The rules about a server's jump hosts, for ServerService: each is a known live server, none is
// the server itself or named twice, and following jump hosts never leads back to the server (a
// cycle could never connect). Checked before anything is saved.
class ServerJumpRules {
public:
    // Names or ids (as every face names a server) to ids, in order; an unknown one is an error
    // naming it.
    static StoreResult<QList<qint64>> resolve(ServerRepository &servers, const QStringList &refs);
    static StoreResult<void> check(ServerRepository &servers, const Server &server);
};

} // namespace fleetcron
