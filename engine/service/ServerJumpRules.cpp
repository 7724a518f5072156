#include "ServerJumpRules.h"

#include "NameOrId.h"
#include "store/ServerJumps.h"
#include "store/ServerRepository.h"

#include <QCoreApplication>
#include <QHash>

namespace fleetcron {
namespace {

const QString field = QStringLiteral("jump_hosts");

StoreError invalid(const QString &message) {
    return StoreError::invalid(message, field);
}

// The path from `from` back to `target` through configured jump hosts, if there is one.
bool pathBack(qint64 from, qint64 target, const QHash<qint64, QList<qint64>> &jumpsOf,
              QList<qint64> &path, int depth) {
    if (depth > ServerJumps::maxDepth * 4)
        return false;
    path << from;
    if (from == target)
        return true;
    for (qint64 next : jumpsOf.value(from)) {
        if (!path.contains(next) || next == target) {
            if (pathBack(next, target, jumpsOf, path, depth + 1))
                return true;
        }
    }
    path.removeLast();
    return false;
}

} // namespace

StoreResult<QList<qint64>> ServerJumpRules::resolve(ServerRepository &servers,
                                                    const QStringList &refs) {
    QList<qint64> ids;
    for (const QString &ref : refs) {
        if (ref.trimmed().isEmpty())
            continue;
        auto found = findByNameOrId(servers, ref);
        if (!found) {
            if (found.error().kind != StoreError::Kind::NotFound)
                return found.error();
            return invalid(QCoreApplication::translate(
                               "ServerService", "jump host '%1' is not a known server; add it "
                                                "first, then name it as a jump host")
                               .arg(ref.trimmed()));
        }
        ids << found->id;
    }
    return ids;
}

StoreResult<void> ServerJumpRules::check(ServerRepository &servers, const Server &server) {
    if (server.jumpIds.isEmpty())
        return {};
    if (server.jumpIds.size() > ServerJumps::maxDepth)
        return invalid(
            QCoreApplication::translate("ServerService", "%1 jump hosts are too many (at most %2)")
                .arg(server.jumpIds.size())
                .arg(ServerJumps::maxDepth));
    auto all = servers.list();
    if (!all)
        return all.error();
    QHash<qint64, Server> byId;
    QHash<qint64, QList<qint64>> jumpsOf;
    for (const Server &s : all.value()) {
        byId.insert(s.id, s);
        jumpsOf.insert(s.id, s.jumpIds);
    }
    const QString name = server.name.trimmed();
    for (int i = 0; i < server.jumpIds.size(); ++i) {
        const qint64 id = server.jumpIds.at(i);
        if (server.id != 0 && id == server.id)
            return invalid(QCoreApplication::translate("ServerService",
                                                       "server '%1' cannot be its own jump host")
                               .arg(name));
        if (!byId.contains(id))
            return invalid(
                QCoreApplication::translate("ServerService", "jump host %1 is not a known server")
                    .arg(id));
        if (server.jumpIds.indexOf(id) != i)
            return invalid(
                QCoreApplication::translate("ServerService", "jump host '%1' is named twice")
                    .arg(byId.value(id).name));
    }
    if (server.id == 0)
        return {}; // nothing jumps through a server that does not exist yet
    // With this edit in place: does any jump host lead back here?
    jumpsOf.insert(server.id, server.jumpIds);
    for (qint64 id : server.jumpIds) {
        QList<qint64> path{server.id};
        if (pathBack(id, server.id, jumpsOf, path, 0)) {
            QStringList names;
            for (qint64 step : path)
                names << (step == server.id ? name : byId.value(step).name);
            return invalid(
                QCoreApplication::translate("ServerService",
                                            "jump hosts of '%1' lead back to it (%2): a connection "
                                            "could never be made; remove one of them")
                    .arg(name, names.join(QStringLiteral(" → "))));
        }
    }
    return {};
}

} // namespace fleetcron
