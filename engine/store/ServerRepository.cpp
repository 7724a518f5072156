#include "ServerRepository.h"

#include "ChangeNotifier.h"
#include "Database.h"
#include "NamesById.h"
#include "ServerJumps.h"
#include "SqlValues.h"
#include "Transaction.h"

#include <QCoreApplication>
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

// The values of the columns create and update both write, in the order both name them.
QVariantList savedValues(const Server &s) {
    return {s.name,          s.host.trimmed(),          s.port,
            s.username,      toString(s.auth),          s.keyPath,
            s.hostKeySha256, toString(s.hostKeyPolicy), SqlValues::joinTags(s.tags),
            s.maxParallel,   SqlValues::flag(s.enabled)};
}

// A taken name is the one unique value a server has, so say which.
StoreError saveFailure(const StoreError &error, const QString &name) {
    return error.kind == StoreError::Kind::Duplicate
               ? StoreError::nameTaken(QStringLiteral("server"), name)
               : error;
}

StoreError notFound(qint64 id) {
    return StoreError::notFound(QStringLiteral("server"), id);
}

Server normalized(const Server &input) {
    Server s = input;
    s.name = s.name.trimmed();
    s.tags = SqlValues::normalizedTags(s.tags);
    return s;
}

} // namespace

ServerRepository::ServerRepository(Database &db)
    : m_db(db) {}

StoreResult<void> ServerRepository::validate(const Server &s) const {
    const auto invalid = &StoreError::invalid;
    if (s.name.trimmed().isEmpty())
        return invalid(QCoreApplication::translate("ServerRepository", "a server needs a name"),
                       QStringLiteral("name"));
    if (s.host.trimmed().isEmpty())
        return invalid(QCoreApplication::translate("ServerRepository",
                                                   "server '%1' needs a host name or address")
                           .arg(s.name),
                       QStringLiteral("host"));
    if (s.port < 1 || s.port > 65535)
        return invalid(
            QCoreApplication::translate("ServerRepository", "port %1 is out of range 1–65535")
                .arg(s.port),
            QStringLiteral("port"));
    if (s.maxParallel < 1)
        return invalid(QCoreApplication::translate("ServerRepository",
                                                   "max parallel must be at least 1, not %1")
                           .arg(s.maxParallel),
                       QStringLiteral("max_parallel"));
    if (const auto tag = SqlValues::unstorableTag(s.tags))
        return invalid(
            QCoreApplication::translate("ServerRepository", "tag '%1' contains a comma").arg(*tag),
            QStringLiteral("tags"));
    return {};
}

StoreResult<Server> ServerRepository::create(const Server &input) {
    if (auto v = validate(input); !v)
        return v.error();
    Server s = normalized(input);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    s.createdAt = now;
    s.updatedAt = now;
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    auto id = m_db.insert(
        QStringLiteral("INSERT INTO servers (name, host, port, username, auth, key_path, "
                       "host_key_sha256, host_key_policy, tags, max_parallel, enabled, "
                       "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        savedValues(s) << SqlValues::time(now) << SqlValues::time(now),
        QStringLiteral("add server '%1'").arg(s.name));
    if (!id)
        return saveFailure(id.error(), s.name);
    s.id = id.value();
    if (auto jumps = ServerJumps::save(m_db, s.id, s.jumpIds); !jumps)
        return jumps.error();
    ChangeNotifier::notify(m_db, ChangeNotifier::tasksChannel());
    if (auto done = tx.commit(); !done)
        return done.error();
    return find(s.id);
}

StoreResult<Server> ServerRepository::update(const Server &input) {
    if (auto v = validate(input); !v)
        return v.error();
    Server s = normalized(input);
    s.updatedAt = QDateTime::currentDateTimeUtc();
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    auto done = m_db.change(
        QStringLiteral("UPDATE servers SET name = ?, host = ?, port = ?, username = ?, auth = ?, "
                       "key_path = ?, host_key_sha256 = ?, host_key_policy = ?, tags = ?, "
                       "max_parallel = ?, enabled = ?, updated_at = ? "
                       "WHERE id = ? AND deleted_at IS NULL"),
        savedValues(s) << SqlValues::time(s.updatedAt) << s.id,
        QStringLiteral("save server '%1'").arg(s.name), notFound(s.id));
    if (!done)
        return saveFailure(done.error(), s.name);
    if (auto jumps = ServerJumps::save(m_db, s.id, s.jumpIds); !jumps)
        return jumps.error();
    ChangeNotifier::notify(m_db, ChangeNotifier::tasksChannel());
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return find(s.id);
}

StoreResult<void> ServerRepository::remove(qint64 id) {
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (auto done =
            m_db.change(QStringLiteral("UPDATE servers SET deleted_at = ?, enabled = 0, "
                                       "updated_at = ? WHERE id = ? AND deleted_at IS NULL"),
                        {SqlValues::time(now), SqlValues::time(now), id},
                        QStringLiteral("remove server %1").arg(id), notFound(id));
        !done)
        return done;
    if (auto j = m_db.apply(QStringLiteral("DELETE FROM server_jumps WHERE server_id = ?"), {id},
                            QStringLiteral("remove the jump hosts of server %1").arg(id));
        !j)
        return j;
    // Tasks stop targeting it; tag selectors already skip deleted servers.
    if (auto t = m_db.apply(QStringLiteral("DELETE FROM task_servers WHERE server_id = ?"), {id},
                            QStringLiteral("remove server %1 from its tasks").arg(id));
        !t)
        return t;
    // Inside the transaction: delivered when it commits, never for a removal that failed.
    ChangeNotifier::notify(m_db, ChangeNotifier::tasksChannel());
    return tx.commit();
}

StoreResult<QList<Server>>
ServerRepository::select(const QString &where, const QVariantList &values, const QString &doing) {
    auto found = m_db.rows(
        QStringLiteral("SELECT %1 FROM servers WHERE %2 ORDER BY name, id").arg(columns, where),
        values, doing, serverFrom);
    if (!found)
        return found;
    // The hops as bare records (their own chains are spelled out in the chain already).
    const auto load = [this](const QList<qint64> &ids) -> StoreResult<QList<Server>> {
        QStringList marks;
        QVariantList idValues;
        for (qint64 id : ids) {
            marks << QStringLiteral("?");
            idValues << id;
        }
        return m_db.rows(QStringLiteral("SELECT %1 FROM servers WHERE id IN (%2)")
                             .arg(columns, marks.join(QLatin1Char(','))),
                         idValues, QStringLiteral("read jump hosts"), serverFrom);
    };
    if (auto jumps = ServerJumps::attach(m_db, found.value(), load); !jumps)
        return jumps.error();
    return found;
}

StoreResult<QList<qint64>> ServerRepository::jumpingThrough(qint64 id) {
    return ServerJumps::usersOf(m_db, id);
}

StoreResult<Server> ServerRepository::find(qint64 id, bool includeDeleted) {
    return firstOr(select(includeDeleted ? QStringLiteral("id = ?")
                                         : QStringLiteral("id = ? AND deleted_at IS NULL"),
                          {id}, QStringLiteral("read server %1").arg(id)),
                   notFound(id));
}

StoreResult<QHash<qint64, QString>> ServerRepository::namesOf(const QList<qint64> &ids) {
    if (ids.isEmpty())
        return QHash<qint64, QString>();
    return namesById(m_db, QStringLiteral("servers"), ids);
}

StoreResult<Server> ServerRepository::findByName(const QString &name) {
    return firstOr(select(QStringLiteral("name = ? AND deleted_at IS NULL"), {name.trimmed()},
                          QStringLiteral("read server '%1'").arg(name)),
                   StoreError::notFoundNamed(QStringLiteral("server"), name));
}

StoreResult<QList<Server>> ServerRepository::list(const Filter &filter) {
    SqlConditions where({QStringLiteral("1 = 1")});
    if (!filter.includeDeleted)
        where.add(QStringLiteral("deleted_at IS NULL"));
    if (filter.enabledOnly)
        where.add(QStringLiteral("enabled = 1"));
    where.addContains(QStringLiteral("name"), filter.nameContains, m_db.dialect());
    if (!filter.tag.isEmpty())
        where.add(QStringLiteral("(',' || tags || ',') LIKE ?"),
                  QStringLiteral("%,%1,%").arg(filter.tag.trimmed()));
    return select(where.joined(), where.values(), QStringLiteral("list servers"));
}

StoreResult<void> ServerRepository::setHostKey(qint64 id, const QString &sha256) {
    return m_db.change(QStringLiteral("UPDATE servers SET host_key_sha256 = ?, updated_at = ? "
                                      "WHERE id = ? AND deleted_at IS NULL"),
                       {sha256, SqlValues::time(QDateTime::currentDateTimeUtc()), id},
                       QStringLiteral("pin the host key of server %1").arg(id), notFound(id));
}

} // namespace fleetcron
