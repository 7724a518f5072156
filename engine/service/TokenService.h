#pragma once

#include "Actor.h"
#include "TokenRules.h"
#include "model/AccessToken.h"
#include "store/StoreResult.h"

#include <QJsonObject>

#include <optional>

namespace fleetcron {

class AuditService;
class Database;
class RunService;
class ServerService;
class TaskService;

// Named API tokens (issue 17), every rule said once: making, listing and revoking them, and
// for each API request who the token is and whether it may do what it asks. The database keeps
// only a SHA-256 of each token; the plain token is returned once, by create(). Every check
// reads the database, so a revocation or an expiry holds from the next request on, in a
// running daemon too.
class TokenService {
public:
    struct Input {
        QString name;
        QString role;
        QStringList tags;
        QString expires; // empty: never; else as TokenRules::parseExpiry
    };
    struct Created {
        AccessToken token;
        QString secret; // shown once, never stored
    };
    // Who a presented token is; `reason` says why not when `token` is unset (empty: no such
    // token). `unavailable`: the store could not be asked (a 503, not the client's fault).
    struct Identity {
        std::optional<AccessToken> token;
        QString reason;
        bool unavailable = false;
    };
    // What a request names, for tag-scoped tokens: nothing in particular (refused to them), one
    // task, server or run (its task), or a list of tasks or servers (filtered by the face).
    enum class Target { None, Task, Server, Run, Execution, TaskList, ServerList };
    struct Decision {
        bool allowed = true;
        QString reason;
    };

    // The name the old api-token file's token gets.
    static QString legacyName() { return QStringLiteral("legacy"); }

    TokenService(Database &db, AuditService &audit, TaskService &tasks, ServerService &servers,
                 RunService &runs);

    StoreResult<Created> create(const Input &input, const Actor &actor);
    StoreResult<QList<AccessToken>> list();
    // By name, or by id when `ref` is a number that names no token.
    StoreResult<AccessToken> resolve(const QString &ref);
    StoreResult<AccessToken> revoke(const QString &ref, const Actor &actor);
    // The old single token file keeps working as an admin token named "legacy" until that is
    // revoked: adopted on the daemon's start (its hash updated when the file changed), never
    // brought back once revoked.
    StoreResult<void> adoptLegacy(const QByteArray &secret);

    Identity identify(const QByteArray &presented);
    Decision authorize(const AccessToken &token, Permission needed, Target target, qint64 id);
    // For filtering lists: within the token's tags (always, for an unscoped token).
    bool taskInScope(const AccessToken &token, qint64 taskId);
    bool serverInScope(const AccessToken &token, qint64 serverId);

    // What every face shows of a token: never a secret or its hash.
    static QJsonObject json(const AccessToken &token);

private:
    Database &m_db;
    AuditService &m_audit;
    TaskService &m_tasks;
    ServerService &m_servers;
    RunService &m_runs;
};

} // namespace fleetcron
