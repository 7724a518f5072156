#include "TokenService.h"

#include "AuditService.h"
#include "NameOrId.h"
#include "RunService.h"
#include "ServerService.h"
#include "TaskService.h"
#include "store/SqlValues.h"
#include "store/TokenRepository.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QRandomGenerator>

namespace fleetcron {
namespace {

const QByteArray prefix = "fct_";
// last_used_at is written at most this often per token: a busy client must not turn every read
// into a database write.
constexpr qint64 touchEveryMs = 60'000;

QByteArray randomHex(int bytes) {
    QByteArray raw(bytes, Qt::Uninitialized);
    for (int i = 0; i < bytes; ++i)
        raw[i] = static_cast<char>(QRandomGenerator::system()->bounded(256));
    return raw.toHex();
}

// SHA-256, not a slow password hash: the secret is 256 bits from the system's random source, so
// no guessing can reach it whatever the hash costs (bcrypt and the like exist to slow down the
// guessing of low-entropy passwords), and every API request checks it, so it must be cheap.
QByteArray hashOf(const QByteArray &token) {
    return QCryptographicHash::hash(token, QCryptographicHash::Sha256).toHex();
}

// A task is in scope when everything it may run on is: each tag it targets is one of the
// token's, and each server it names carries one of them. A task that also reaches other
// servers stays out, so a token for "web" never runs a command on a database server.
bool taskWithinTags(const AccessToken &token, const Task &task, ServerService &servers) {
    if (task.serverTags.isEmpty() && task.serverIds.isEmpty())
        return false; // it runs on every server, those without the token's tags too
    for (const QString &tag : task.serverTags)
        if (!token.tags.contains(tag))
            return false;
    for (qint64 serverId : task.serverIds) {
        auto server = servers.find(serverId, true);
        if (!server)
            return false;
        bool carries = false;
        for (const QString &tag : server->tags)
            carries = carries || token.tags.contains(tag);
        if (!carries)
            return false;
    }
    return true;
}

StoreError invalid(const QString &message, const char *field) {
    return StoreError::invalid(message, QString::fromLatin1(field));
}

} // namespace

TokenService::TokenService(Database &db, AuditService &audit, TaskService &tasks,
                           ServerService &servers, RunService &runs)
    : m_db(db)
    , m_audit(audit)
    , m_tasks(tasks)
    , m_servers(servers)
    , m_runs(runs) {}

StoreResult<TokenService::Created> TokenService::create(const Input &in, const Actor &actor) {
    const QString name = in.name.trimmed();
    if (!TokenRules::isValidName(name))
        return invalid(
            QCoreApplication::translate(
                "TokenService", "a token's name is 1 to 64 letters, digits, '.', '_' or '-'"),
            "name");
    if (name == legacyName())
        return invalid(QCoreApplication::translate(
                           "TokenService", "the name 'legacy' is kept for the old api-token file"),
                       "name");
    if (!TokenRules::isRole(in.role))
        return invalid(QCoreApplication::translate("TokenService", "unknown role '%1': expected %2")
                           .arg(in.role, TokenRules::roles().join(QStringLiteral(", "))),
                       "role");
    const QStringList tags = SqlValues::normalizedTags(in.tags);
    if (const auto bad = SqlValues::unstorableTag(tags))
        return invalid(
            QCoreApplication::translate("TokenService", "a tag cannot hold ',': '%1'").arg(*bad),
            "tags");
    AccessToken t;
    t.name = name;
    t.role = in.role;
    t.tags = tags;
    t.createdAt = QDateTime::currentDateTimeUtc();
    t.createdBy = actor.name;
    if (!in.expires.trimmed().isEmpty()) {
        QString error;
        const auto at = TokenRules::parseExpiry(in.expires, t.createdAt, &error);
        if (!at)
            return invalid(error, "expires");
        t.expiresAt = *at;
    }
    const QByteArray lookup = randomHex(8);
    const QByteArray secret = prefix + lookup + '_' + randomHex(32);
    auto saved = TokenRepository(m_db).create(t, QString::fromLatin1(lookup), hashOf(secret));
    if (!saved)
        return saved.error();
    m_audit.record(actor, {QStringLiteral("token.create"),
                           QStringLiteral("token"),
                           saved->id,
                           saved->name,
                           {},
                           json(saved.value())});
    return Created{saved.value(), QString::fromLatin1(secret)};
}

StoreResult<QList<AccessToken>> TokenService::list() {
    return TokenRepository(m_db).list();
}

StoreResult<AccessToken> TokenService::resolve(const QString &ref) {
    TokenRepository tokens(m_db);
    auto found = tokens.findByName(ref.trimmed());
    if (found)
        return found->token;
    if (found.error().kind != StoreError::Kind::NotFound)
        return found.error();
    bool isNumber = false;
    const qint64 id = ref.trimmed().toLongLong(&isNumber);
    if (isNumber && id > 0) {
        auto all = tokens.list();
        if (!all)
            return all.error();
        for (const AccessToken &t : all.value())
            if (t.id == id)
                return t;
    }
    return found.error();
}

StoreResult<AccessToken> TokenService::revoke(const QString &ref, const Actor &actor) {
    auto found = resolve(ref);
    if (!found)
        return found.error();
    if (found->isRevoked())
        return StoreError::make(
            StoreError::Kind::Conflict,
            QCoreApplication::translate("TokenService", "the token '%1' is already revoked")
                .arg(found->name),
            QStringLiteral("name"));
    AccessToken after = found.value();
    after.revokedAt = QDateTime::currentDateTimeUtc();
    if (auto done = TokenRepository(m_db).revoke(after.id, after.revokedAt); !done)
        return done.error();
    m_audit.record(actor, {QStringLiteral("token.revoke"), QStringLiteral("token"), after.id,
                           after.name, json(found.value()), json(after)});
    return after;
}

StoreResult<void> TokenService::adoptLegacy(const QByteArray &secret) {
    TokenRepository tokens(m_db);
    auto found = tokens.findByName(legacyName());
    if (found) {
        // Revoked stays revoked; a live one follows the file when it was replaced.
        if (found->token.isRevoked() || !found->token.legacy ||
            TokenRules::sameHash(found->secretHash, hashOf(secret)))
            return {};
        return tokens.setHash(found->token.id, hashOf(secret));
    }
    if (found.error().kind != StoreError::Kind::NotFound)
        return found.error();
    AccessToken t;
    t.name = legacyName();
    t.role = QStringLiteral("admin");
    t.createdBy = Actor::daemon().name;
    // Not audited: adopting the file is the daemon carrying on what the file already granted,
    // not anyone's change; revoking it later is audited like any revocation.
    auto saved = tokens.create(t, QString(), hashOf(secret));
    if (!saved)
        return saved.error();
    return {};
}

TokenService::Identity TokenService::identify(const QByteArray &presented) {
    Identity out;
    // "fct_<lookup>_<secret>": the row is found by its public part; the legacy token by hash.
    QString lookup;
    if (presented.startsWith(prefix)) {
        const qsizetype end = presented.indexOf('_', prefix.size());
        lookup = QString::fromLatin1(presented.mid(prefix.size(), end - prefix.size()));
        if (end < 0 || lookup.isEmpty()) {
            out.reason.clear(); // no such token: the face says so in its own words
            return out;
        }
    }
    TokenRepository tokens(m_db);
    auto rows = tokens.findByLookup(lookup);
    if (!rows) {
        out.unavailable = true;
        out.reason = rows.error().message;
        return out;
    }
    const QByteArray hash = hashOf(presented);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const TokenRepository::Stored &row : rows.value()) {
        if (!TokenRules::sameHash(row.secretHash, hash))
            continue;
        const AccessToken &t = row.token;
        if (t.isRevoked()) {
            out.reason = QCoreApplication::translate("TokenService", "the token '%1' was revoked")
                             .arg(t.name);
            return out;
        }
        if (t.isExpired(now)) {
            out.reason = QCoreApplication::translate("TokenService", "the token '%1' expired at %2")
                             .arg(t.name, t.expiresAt.toUTC().toString(Qt::ISODate));
            return out;
        }
        if (!t.lastUsedAt.isValid() || t.lastUsedAt.msecsTo(now) >= touchEveryMs)
            (void)tokens.touch(t.id, now); // a failed mark is no reason to refuse the request
        out.token = t;
        return out;
    }
    out.reason.clear(); // no such token: the face says so in its own words
    return out;
}

TokenService::Decision TokenService::authorize(const AccessToken &token, Permission needed,
                                               Target target, qint64 id) {
    if (!TokenRules::grants(token.role, needed))
        return {false, QCoreApplication::translate("TokenService",
                                                   "the token '%1' has the role %2; this needs %3")
                           .arg(token.name, token.role, TokenRules::roleFor(needed))};
    if (!token.isScoped())
        return {};
    const QString tags = token.tags.join(QStringLiteral(", "));
    bool inScope = false;
    switch (target) {
    case Target::TaskList:
    case Target::ServerList:
        return {}; // the face filters the list by taskInScope/serverInScope
    case Target::Task:
        inScope = taskInScope(token, id);
        break;
    case Target::Server:
        inScope = serverInScope(token, id);
        break;
    case Target::Run:
        if (auto run = m_runs.find(id))
            inScope = taskInScope(token, run->taskId);
        break;
    case Target::Execution:
        if (auto execution = m_runs.execution(id))
            if (auto run = m_runs.find(execution->runId))
                inScope = taskInScope(token, run->taskId);
        break;
    case Target::None:
        return {false, QCoreApplication::translate("TokenService",
                                                   "the token '%1' is limited to the tags %2; "
                                                   "this request is not about one of its tasks "
                                                   "or servers")
                           .arg(token.name, tags)};
    }
    if (inScope)
        return {};
    return {false,
            QCoreApplication::translate("TokenService", "the token '%1' is limited to the tags %2")
                .arg(token.name, tags)};
}

bool TokenService::taskInScope(const AccessToken &token, qint64 taskId) {
    if (!token.isScoped())
        return true;
    auto task = m_tasks.find(taskId);
    return task && taskWithinTags(token, task.value(), m_servers);
}

bool TokenService::serverInScope(const AccessToken &token, qint64 serverId) {
    if (!token.isScoped())
        return true;
    auto server = m_servers.find(serverId);
    if (!server)
        return false;
    for (const QString &tag : server->tags)
        if (token.tags.contains(tag))
            return true;
    return false;
}

QJsonObject TokenService::json(const AccessToken &t) {
    auto time = [](const QDateTime &at) {
        // As every API time: RFC 3339 in UTC with milliseconds.
        return at.isValid() ? QJsonValue(at.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
    };
    return {{QStringLiteral("id"), t.id},
            {QStringLiteral("name"), t.name},
            {QStringLiteral("role"), t.role},
            {QStringLiteral("tags"), QJsonArray::fromStringList(t.tags)},
            {QStringLiteral("expires_at"), time(t.expiresAt)},
            {QStringLiteral("created_at"), time(t.createdAt)},
            {QStringLiteral("created_by"), t.createdBy},
            {QStringLiteral("last_used_at"), time(t.lastUsedAt)},
            {QStringLiteral("revoked_at"), time(t.revokedAt)},
            {QStringLiteral("legacy"), t.legacy}};
}

} // namespace fleetcron
