#include "TokenRepository.h"

#include "Database.h"
#include "SqlValues.h"

#include <QSqlQuery>

namespace fleetcron {
namespace {

const QString columns =
    QStringLiteral("id, name, role, tags, expires_at, created_at, created_by, last_used_at, "
                   "revoked_at, lookup, secret_hash");

TokenRepository::Stored storedFrom(const QSqlQuery &q) {
    TokenRepository::Stored s;
    AccessToken &t = s.token;
    t.id = q.value(0).toLongLong();
    t.name = q.value(1).toString();
    t.role = q.value(2).toString();
    t.tags = SqlValues::splitTags(q.value(3).toString());
    t.expiresAt = SqlValues::time(q.value(4));
    t.createdAt = SqlValues::time(q.value(5));
    t.createdBy = q.value(6).toString();
    t.lastUsedAt = SqlValues::time(q.value(7));
    t.revokedAt = SqlValues::time(q.value(8));
    s.lookup = q.value(9).toString();
    s.secretHash = q.value(10).toString().toLatin1();
    t.legacy = s.lookup.isEmpty();
    return s;
}

AccessToken tokenFrom(const QSqlQuery &q) {
    return storedFrom(q).token;
}

StoreError notFound(qint64 id) {
    return StoreError::notFound(QStringLiteral("token"), id);
}

} // namespace

TokenRepository::TokenRepository(Database &db)
    : m_db(db) {}

StoreResult<AccessToken> TokenRepository::create(const AccessToken &input, const QString &lookup,
                                                 const QByteArray &secretHash) {
    AccessToken t = input;
    if (!t.createdAt.isValid())
        t.createdAt = QDateTime::currentDateTimeUtc();
    auto id = m_db.insert(
        QStringLiteral("INSERT INTO api_tokens (name, lookup, secret_hash, role, tags, "
                       "expires_at, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {SqlValues::text(t.name), SqlValues::text(lookup), QString::fromLatin1(secretHash),
         SqlValues::text(t.role), SqlValues::joinTags(t.tags), SqlValues::time(t.expiresAt),
         SqlValues::time(t.createdAt), SqlValues::text(t.createdBy)},
        QStringLiteral("save token '%1'").arg(t.name));
    if (!id)
        return id.error().kind == StoreError::Kind::Duplicate
                   ? StoreError::nameTaken(QStringLiteral("token"), t.name)
                   : id.error();
    t.id = id.value();
    t.legacy = lookup.isEmpty();
    return t;
}

StoreResult<QList<AccessToken>> TokenRepository::list() {
    return m_db.rows(QStringLiteral("SELECT %1 FROM api_tokens ORDER BY name").arg(columns), {},
                     QStringLiteral("read tokens"), tokenFrom);
}

StoreResult<TokenRepository::Stored> TokenRepository::findByName(const QString &name) {
    return firstOr(
        m_db.rows(QStringLiteral("SELECT %1 FROM api_tokens WHERE name = ?").arg(columns), {name},
                  QStringLiteral("read token '%1'").arg(name), storedFrom),
        StoreError::notFoundNamed(QStringLiteral("token"), name));
}

StoreResult<QList<TokenRepository::Stored>> TokenRepository::findByLookup(const QString &lookup) {
    return m_db.rows(
        QStringLiteral("SELECT %1 FROM api_tokens WHERE lookup = ? ORDER BY id").arg(columns),
        {SqlValues::text(lookup)}, QStringLiteral("read tokens"), storedFrom);
}

StoreResult<void> TokenRepository::revoke(qint64 id, const QDateTime &at) {
    return m_db.change(QStringLiteral("UPDATE api_tokens SET revoked_at = ? WHERE id = ?"),
                       {SqlValues::time(at), id}, QStringLiteral("revoke token %1").arg(id),
                       notFound(id));
}

StoreResult<void> TokenRepository::setHash(qint64 id, const QByteArray &secretHash) {
    return m_db.change(QStringLiteral("UPDATE api_tokens SET secret_hash = ? WHERE id = ?"),
                       {QString::fromLatin1(secretHash), id},
                       QStringLiteral("update token %1").arg(id), notFound(id));
}

StoreResult<void> TokenRepository::touch(qint64 id, const QDateTime &at) {
    return m_db.change(QStringLiteral("UPDATE api_tokens SET last_used_at = ? WHERE id = ?"),
                       {SqlValues::time(at), id}, QStringLiteral("mark token %1 used").arg(id),
                       notFound(id));
}

} // namespace fleetcron
