#include "ServerService.h"

#include "AuditService.h"
#include "NameOrId.h"
#include "ServerJumpRules.h"
#include "exec/ServerConnectionCheck.h"
#include "exec/ServerSaver.h"
#include "exec/SshTargetFactory.h"
#include "model/ModelJson.h"
#include "secrets/SecretStore.h"
#include "ssh/SshPool.h"
#include "store/ExecutionRepository.h"
#include "store/ServerJumps.h"

#include <QCoreApplication>
#include <QHash>

#include <QCoreApplication>

namespace fleetcron {

ServerService::ServerService(Database &db, SecretStore *secrets, AuditService &audit, SshPool *pool)
    : m_db(db)
    , m_secrets(secrets)
    , m_audit(audit)
    , m_pool(pool) {}

StoreResult<QList<Server>> ServerService::list(const ServerRepository::Filter &filter) {
    return ServerRepository(m_db).list(filter);
}

StoreResult<QHash<qint64, QString>> ServerService::namesOf(const QList<qint64> &ids) {
    return ServerRepository(m_db).namesOf(ids);
}

StoreResult<Server> ServerService::find(qint64 id, bool includeDeleted) {
    return ServerRepository(m_db).find(id, includeDeleted);
}

StoreResult<Server> ServerService::resolve(const QString &ref) {
    return findByNameOrId(ServerRepository(m_db), ref);
}

StoreResult<QList<qint64>> ServerService::resolveJumps(const QStringList &refs) {
    ServerRepository servers(m_db);
    return ServerJumpRules::resolve(servers, refs);
}

StoreResult<Server> ServerService::withJumps(const Server &server, const QStringList &refs) {
    auto ids = resolveJumps(refs);
    if (!ids)
        return ids.error();
    auto all = list();
    if (!all)
        return all.error();
    QHash<qint64, QList<qint64>> jumpsOf;
    QHash<qint64, Server> records;
    for (const Server &s : all.value()) {
        jumpsOf.insert(s.id, s.jumpIds);
        records.insert(s.id, s);
    }
    Server s = server;
    s.jumpIds = ids.value();
    s.jumpChain = ServerJumps::chainOf(s.jumpIds, jumpsOf, records);
    return s;
}

QStringList ServerService::jumpHostNames(const Server &server) {
    // The chain ends with the configured hops, in their order.
    QStringList names = jumpChainNames(server);
    return names.mid(std::max<qsizetype>(0, names.size() - server.jumpIds.size()));
}

QStringList ServerService::jumpChainNames(const Server &server) {
    QStringList names;
    for (const Server &hop : server.jumpChain)
        names << hop.name;
    return names;
}

StoreResult<Server> ServerService::save(const Server &server, const std::optional<QString> &secret,
                                        const Actor &actor) {
    ServerRepository servers(m_db);
    if (auto jumps = ServerJumpRules::check(servers, server); !jumps)
        return jumps.error();
    std::optional<Server> before;
    if (server.id != 0) {
        auto found = find(server.id);
        if (!found)
            return found;
        before = found.value();
    }
    auto saved = ServerSaver(m_db, m_secrets).save(server, secret);
    if (!saved)
        return saved;
    // Sessions authenticated with the old address, user or secret must not run the next command.
    if (before && m_pool)
        m_pool->forget(server.id);
    AuditService::Change change{before ? QStringLiteral("server.update")
                                       : QStringLiteral("server.create"),
                                QStringLiteral("server"),
                                saved->id,
                                saved->name,
                                {},
                                {}};
    if (before)
        change.before = ModelJson::server(*before);
    change.after = ModelJson::server(saved.value());
    if (secret)
        change.after.insert(QStringLiteral("secret_changed"), true);
    m_audit.record(actor, change);
    return saved;
}

StoreResult<void> ServerService::refuseWhileRunning(const Server &server) {
    ExecutionRepository executions(m_db);
    qint64 active = 0;
    for (ExecutionStatus status : {ExecutionStatus::Running, ExecutionStatus::Pending}) {
        ExecutionRepository::Filter filter;
        filter.serverId = server.id;
        filter.status = status;
        auto n = executions.count(filter);
        if (!n)
            return n.error();
        active += n.value();
    }
    if (active == 0)
        return {};
    return StoreError::make(
        StoreError::Kind::Conflict,
        QCoreApplication::translate(
            "ServerService",
            "server '%1' has %2 execution(s) running or waiting; cancel their runs or "
            "wait for them to end, then remove it")
            .arg(server.name)
            .arg(active),
        QStringLiteral("server"));
}

StoreResult<void> ServerService::remove(qint64 id, const Actor &actor) {
    auto found = find(id);
    if (!found)
        return found.error();
    if (auto idle = refuseWhileRunning(found.value()); !idle)
        return idle;
    // Removing a jump host would leave the servers behind it with no way there.
    auto users = ServerRepository(m_db).jumpingThrough(id);
    if (!users)
        return users.error();
    if (!users->isEmpty()) {
        QStringList names;
        for (qint64 user : users.value()) {
            auto s = find(user);
            names << (s ? s->name : QString::number(user));
        }
        return StoreError::make(StoreError::Kind::Conflict,
                                QCoreApplication::translate("ServerService",
                                                            "server '%1' is the jump host of %2; "
                                                            "change their jump hosts first")
                                    .arg(found->name, names.join(QStringLiteral(", "))),
                                QStringLiteral("server"));
    }
    if (auto removed = ServerRepository(m_db).remove(id); !removed)
        return removed;
    // The row is gone for good from every face's point of view; so are its secret and sessions.
    const QString key = SshTargetFactory::secretKeyFor(found.value());
    if (!key.isEmpty() && m_secrets)
        (void)m_secrets->remove(key);
    if (m_pool)
        m_pool->forget(id);
    m_audit.record(actor, {QStringLiteral("server.delete"),
                           QStringLiteral("server"),
                           id,
                           found->name,
                           ModelJson::server(found.value()),
                           {}});
    return {};
}

StoreResult<Server> ServerService::pinHostKey(qint64 id, const QString &fingerprint,
                                              const Actor &actor) {
    const QString fp = fingerprint.trimmed();
    if (!fp.isEmpty() && !fp.startsWith(QStringLiteral("SHA256:")))
        return StoreError::make(
            StoreError::Kind::Invalid,
            QCoreApplication::translate("ServerService",
                                        "a host key fingerprint looks like SHA256:…, not '%1'")
                .arg(fp),
            QStringLiteral("host_key_sha256"));
    auto before = find(id);
    if (!before)
        return before;
    if (auto pinned = ServerRepository(m_db).setHostKey(id, fp); !pinned)
        return pinned.error();
    if (m_pool)
        m_pool->forget(id);
    auto after = find(id);
    if (after)
        m_audit.record(actor,
                       {QStringLiteral("server.pin"), QStringLiteral("server"), id, after->name,
                        ModelJson::server(before.value()), ModelJson::server(after.value())});
    return after;
}

ServerService::PreparedTest ServerService::prepareTest(const Server &server,
                                                       const std::optional<QString> &typedSecret,
                                                       TestMode mode) {
    PreparedTest prepared;
    prepared.mode = mode;
    if (mode == TestMode::Inspect) {
        auto check = ServerConnectionCheck::prepare(server, typedSecret, m_secrets);
        prepared.target = check.target;
        prepared.error = check.error;
    } else {
        auto made = SshTargetFactory::make(server, m_secrets);
        prepared.target = made.target;
        prepared.error = made.error;
    }
    return prepared;
}

SshConnectResult ServerService::runTest(const PreparedTest &prepared) {
    return ServerConnectionCheck::connect(prepared.target);
}

void ServerService::recordTest(qint64 serverId, const PreparedTest &prepared,
                               const SshConnectResult &result, const Actor &actor) {
    if (prepared.mode == TestMode::AsRun && result.hostKeyNewlyPinned && serverId > 0)
        (void)pinHostKey(serverId, result.hostKeyFingerprint, actor);
}

StoreResult<SshConnectResult> ServerService::test(qint64 id, const Actor &actor) {
    auto found = find(id);
    if (!found)
        return found.error();
    const PreparedTest prepared = prepareTest(found.value(), std::nullopt, TestMode::AsRun);
    if (!prepared.error.isEmpty())
        return StoreError::make(StoreError::Kind::Unavailable, prepared.error,
                                QStringLiteral("password"));
    const SshConnectResult result = runTest(prepared);
    recordTest(id, prepared, result, actor);
    return result;
}

} // namespace fleetcron
