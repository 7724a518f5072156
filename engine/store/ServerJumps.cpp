#include "ServerJumps.h"

#include "Database.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>

namespace fleetcron {
namespace {

void expand(const QList<qint64> &jumpIds, const QHash<qint64, QList<qint64>> &jumpsOf,
            const QHash<qint64, Server> &records, QSet<qint64> &onPath, int depth,
            std::vector<Server> &out, bool &loop) {
    if (jumpIds.isEmpty())
        return;
    if (depth > ServerJumps::maxDepth) {
        loop = true;
        return;
    }
    const qint64 first = jumpIds.first();
    if (!onPath.contains(first)) {
        onPath.insert(first);
        expand(jumpsOf.value(first), jumpsOf, records, onPath, depth + 1, out, loop);
        onPath.remove(first);
    } else {
        loop = true;
    }
    for (qint64 id : jumpIds) {
        Server hop = records.value(id);
        hop.id = id;
        hop.jumpIds.clear();
        hop.jumpChain.clear();
        out.push_back(hop);
    }
}

} // namespace

std::vector<Server> ServerJumps::chainOf(const QList<qint64> &jumpIds,
                                         const QHash<qint64, QList<qint64>> &jumpsOf,
                                         const QHash<qint64, Server> &records, bool *loop) {
    std::vector<Server> out;
    QSet<qint64> onPath;
    bool looped = false;
    expand(jumpIds, jumpsOf, records, onPath, 0, out, looped);
    if (loop)
        *loop = looped;
    return out;
}

StoreResult<void> ServerJumps::attach(Database &db, QList<Server> &servers, const Loader &load) {
    // The table is small (a row per hop of a server that has any), so it is read whole rather
    // than per server.
    auto rows = db.rows(QStringLiteral("SELECT server_id, jump_server_id FROM server_jumps "
                                       "ORDER BY server_id, position"),
                        {}, QStringLiteral("read jump hosts"), [](const QSqlQuery &q) {
                            return std::pair(q.value(0).toLongLong(), q.value(1).toLongLong());
                        });
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return {};
    QHash<qint64, QList<qint64>> jumpsOf;
    QList<qint64> hopIds;
    for (const auto &[server, jump] : rows.value()) {
        jumpsOf[server] << jump;
        if (!hopIds.contains(jump))
            hopIds << jump;
    }
    auto hops = load(hopIds);
    if (!hops)
        return hops.error();
    QHash<qint64, Server> records;
    for (const Server &s : hops.value())
        records.insert(s.id, s);
    for (Server &s : servers) {
        s.jumpIds = jumpsOf.value(s.id);
        s.jumpChain = chainOf(s.jumpIds, jumpsOf, records);
    }
    return {};
}

StoreResult<void> ServerJumps::save(Database &db, qint64 serverId, const QList<qint64> &jumpIds) {
    if (auto done =
            db.apply(QStringLiteral("DELETE FROM server_jumps WHERE server_id = ?"), {serverId},
                     QStringLiteral("clear the jump hosts of %1").arg(serverId));
        !done)
        return done;
    for (int i = 0; i < jumpIds.size(); ++i) {
        if (auto done = db.apply(QStringLiteral("INSERT INTO server_jumps (server_id, position, "
                                                "jump_server_id) VALUES (?, ?, ?)"),
                                 {serverId, i, jumpIds.at(i)},
                                 QStringLiteral("save the jump hosts of %1").arg(serverId));
            !done)
            return done;
    }
    return {};
}

StoreResult<QList<qint64>> ServerJumps::usersOf(Database &db, qint64 jumpServerId) {
    return db.rows(QStringLiteral("SELECT DISTINCT j.server_id FROM server_jumps j "
                                  "JOIN servers s ON s.id = j.server_id "
                                  "WHERE j.jump_server_id = ? AND s.deleted_at IS NULL"),
                   {jumpServerId},
                   QStringLiteral("find servers jumping through %1").arg(jumpServerId),
                   [](const QSqlQuery &q) { return q.value(0).toLongLong(); });
}

} // namespace fleetcron
