#include "ServerRepository.h"

#include "ChangeNotifier.h"
#include "Database.h"
#include "SqlValues.h"
#include "Transaction.h"

#include <QDateTime>
#include <QSqlQuery>

namespace fleetcron {
namespace {

const QString columns = QStringLiteral(
    "id, name, host, port, username, auth, key_path, host_key_sha256, host_key_policy, tags, "
    "max_parallel, enabled, created_at, updated_at");

Server serverFrom(const QSqlQuery &q) {
    Server s;
    s.id = q.value(0).toLongLong();
    s.name = q.value(1).toString();
    s.host = q.value(2).toString();
    s.port = q.value(3).toInt();
    s.username = q.value(4).toString();
    s.auth = enumFromString<AuthMethod>(q.value(5).toString()).value_or(AuthMethod::Agent);
    s.keyPath = q.value(6).toString();
    s.hostKeySha256 = q.value(7).toString();
    s.hostKeyPolicy =
        enumFromString<HostKeyPolicy>(q.value(8).toString()).value_or(HostKeyPolicy::AcceptNew);
    s.tags = SqlValues::splitTags(q.value(9).toString());
    s.maxParallel = q.value(10).toInt();
    s.enabled = q.value(11).toInt() != 0;
    s.createdAt = SqlValues::time(q.value(12));
    s.updatedAt = SqlValues::time(q.value(13));
    return s;
}

StoreError duplicateName(const QString &name) {
    return StoreError::make(StoreError::Kind::Duplicate,
                            QStringLiteral("a server named '%1' already exists").arg(name),
                            QStringLiteral("name"));
}

StoreError notFound(qint64 id) {
    return StoreError::make(StoreError::Kind::NotFound,
                            QStringLiteral("unknown server id %1").arg(id), QStringLiteral("id"));
}

} // namespace

ServerRepository::ServerRepository(Database &db)
    : m_db(db) {}

StoreResult<void> ServerRepository::validate(const Server &s) const {
    auto invalid = [](const QString &message, const QString &field) {
        return StoreError::make(StoreError::Kind::Invalid, message, field);
    };
    if (s.name.trimmed().isEmpty())
        return invalid(QStringLiteral("a server needs a name"), QStringLiteral("name"));
    if (s.host.trimmed().isEmpty())
        return invalid(QStringLiteral("server '%1' needs a host name or address").arg(s.name),
                       QStringLiteral("host"));
    if (s.port < 1 || s.port > 65535)
        return invalid(QStringLiteral("port %1 is out of range 1–65535").arg(s.port),
                       QStringLiteral("port"));
    if (s.maxParallel < 1)
        return invalid(QStringLiteral("max parallel must be at least 1, not %1").arg(s.maxParallel),
                       QStringLiteral("max_parallel"));
    for (const QString &tag : s.tags) {
        if (tag.contains(QLatin1Char(',')))
            return invalid(QStringLiteral("tag '%1' contains a comma").arg(tag),
                           QStringLiteral("tags"));
    }
    return {};
}

StoreResult<Server> ServerRepository::create(const Server &input) {
    if (auto v = validate(input); !v)
        return v.error();
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    Server s = input;
    s.name = s.name.trimmed();
    s.tags = SqlValues::normalizedTags(s.tags);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    s.createdAt = now;
    s.updatedAt = now;
    QSqlQuery q(conn.value());
    auto done = m_db.run(
        q,
        QStringLiteral("INSERT INTO servers (name, host, port, username, auth, key_path, "
                       "host_key_sha256, host_key_policy, tags, max_parallel, enabled, "
                       "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)") +
            m_db.dialect().insertReturningId(),
        {s.name, s.host.trimmed(), s.port, s.username, toString(s.auth), s.keyPath, s.hostKeySha256,
         toString(s.hostKeyPolicy), SqlValues::joinTags(s.tags), s.maxParallel,
         SqlValues::flag(s.enabled), SqlValues::time(now), SqlValues::time(now)},
        QStringLiteral("add server '%1'").arg(s.name));
    if (!done) {
        if (done.error().kind == StoreError::Kind::Duplicate)
            return duplicateName(s.name);
        return done.error();
    }
    s.id = m_db.dialect().insertReturnsRow() ? (q.next() ? q.value(0).toLongLong() : 0)
                                             : q.lastInsertId().toLongLong();
    ChangeNotifier::notify(m_db, ChangeNotifier::tasksChannel());
    return s;
}

StoreResult<Server> ServerRepository::update(const Server &input) {
    if (auto v = validate(input); !v)
        return v.error();
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    Server s = input;
    s.name = s.name.trimmed();
    s.tags = SqlValues::normalizedTags(s.tags);
    s.updatedAt = QDateTime::currentDateTimeUtc();
    QSqlQuery q(conn.value());
    auto done = m_db.run(
        q,
        QStringLiteral("UPDATE servers SET name = ?, host = ?, port = ?, username = ?, auth = ?, "
                       "key_path = ?, host_key_sha256 = ?, host_key_policy = ?, tags = ?, "
                       "max_parallel = ?, enabled = ?, updated_at = ? "
                       "WHERE id = ? AND deleted_at IS NULL"),
        {s.name, s.host.trimmed(), s.port, s.username, toString(s.auth), s.keyPath, s.hostKeySha256,
         toString(s.hostKeyPolicy), SqlValues::joinTags(s.tags), s.maxParallel,
         SqlValues::flag(s.enabled), SqlValues::time(s.updatedAt), s.id},
        QStringLiteral("save server '%1'").arg(s.name));
    if (!done) {
        if (done.error().kind == StoreError::Kind::Duplicate)
            return duplicateName(s.name);
        return done.error();
    }
    if (q.numRowsAffected() == 0)
        return notFound(s.id);
    q.finish();
    ChangeNotifier::notify(m_db, ChangeNotifier::tasksChannel());
    return find(s.id);
}

StoreResult<void> ServerRepository::remove(qint64 id) {
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    Transaction tx(conn.value(), m_db.dialect());
    if (!tx.ok())
        return tx.error();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QSqlQuery q(conn.value());
    auto done = m_db.run(q,
                         QStringLiteral("UPDATE servers SET deleted_at = ?, enabled = 0, "
                                        "updated_at = ? WHERE id = ? AND deleted_at IS NULL"),
                         {SqlValues::time(now), SqlValues::time(now), id},
                         QStringLiteral("remove server %1").arg(id));
    if (!done)
        return done.error();
    if (q.numRowsAffected() == 0)
        return notFound(id);
    // Tasks stop targeting it; tag selectors already skip deleted servers.
    QSqlQuery targets(conn.value());
    if (auto t = m_db.run(targets, QStringLiteral("DELETE FROM task_servers WHERE server_id = ?"),
                          {id}, QStringLiteral("remove server %1 from its tasks").arg(id));
        !t)
        return t.error();
    // Inside the transaction: delivered when it commits, never for a removal that failed.
    ChangeNotifier::notify(m_db, ChangeNotifier::tasksChannel());
    return tx.commit();
}

StoreResult<QList<Server>>
ServerRepository::select(const QString &where, const QVariantList &values, const QString &doing) {
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    QSqlQuery q(conn.value());
    auto done = m_db.run(
        q, QStringLiteral("SELECT %1 FROM servers WHERE %2 ORDER BY name, id").arg(columns, where),
        values, doing);
    if (!done)
        return done.error();
    QList<Server> out;
    while (q.next())
        out << serverFrom(q);
    return out;
}

StoreResult<Server> ServerRepository::find(qint64 id, bool includeDeleted) {
    auto found = select(includeDeleted ? QStringLiteral("id = ?")
                                       : QStringLiteral("id = ? AND deleted_at IS NULL"),
                        {id}, QStringLiteral("read server %1").arg(id));
    if (!found)
        return found.error();
    if (found->isEmpty())
        return notFound(id);
    return found->first();
}

StoreResult<Server> ServerRepository::findByName(const QString &name) {
    auto found = select(QStringLiteral("name = ? AND deleted_at IS NULL"), {name.trimmed()},
                        QStringLiteral("read server '%1'").arg(name));
    if (!found)
        return found.error();
    if (found->isEmpty())
        return StoreError::make(StoreError::Kind::NotFound,
                                QStringLiteral("no server named '%1'").arg(name),
                                QStringLiteral("name"));
    return found->first();
}

StoreResult<QList<Server>> ServerRepository::list(const Filter &filter) {
    QStringList where{QStringLiteral("1 = 1")};
    QVariantList values;
    if (!filter.includeDeleted)
        where << QStringLiteral("deleted_at IS NULL");
    if (filter.enabledOnly)
        where << QStringLiteral("enabled = 1");
    if (!filter.nameContains.isEmpty()) {
        where << QStringLiteral("name %1 ?").arg(m_db.dialect().caseInsensitiveLike());
        values << QStringLiteral("%%1%").arg(filter.nameContains);
    }
    if (!filter.tag.isEmpty()) {
        where << QStringLiteral("(',' || tags || ',') LIKE ?");
        values << QStringLiteral("%,%1,%").arg(filter.tag.trimmed());
    }
    return select(where.join(QStringLiteral(" AND ")), values, QStringLiteral("list servers"));
}

StoreResult<void> ServerRepository::setHostKey(qint64 id, const QString &sha256) {
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    QSqlQuery q(conn.value());
    auto done = m_db.run(q,
                         QStringLiteral("UPDATE servers SET host_key_sha256 = ?, updated_at = ? "
                                        "WHERE id = ? AND deleted_at IS NULL"),
                         {sha256, SqlValues::time(QDateTime::currentDateTimeUtc()), id},
                         QStringLiteral("pin the host key of server %1").arg(id));
    if (!done)
        return done.error();
    if (q.numRowsAffected() == 0)
        return notFound(id);
    return {};
}

} // namespace fleetcron
