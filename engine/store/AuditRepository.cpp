#include "AuditRepository.h"

#include "Database.h"
#include "SqlValues.h"

#include <QSqlQuery>

namespace fleetcron {

AuditRepository::AuditRepository(Database &db)
    : m_db(db) {}

StoreResult<AuditEntry> AuditRepository::record(const AuditEntry &input) {
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    AuditEntry e = input;
    if (!e.at.isValid())
        e.at = QDateTime::currentDateTimeUtc();
    QSqlQuery q(conn.value());
    auto done = m_db.run(
        q,
        QStringLiteral("INSERT INTO audit_log (at, actor, face, action, target_kind, target_id, "
                       "target_name, before_json, after_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)") +
            m_db.dialect().insertReturningId(),
        {SqlValues::time(e.at), SqlValues::text(e.actor), SqlValues::text(e.face),
         SqlValues::text(e.action), SqlValues::text(e.targetKind), e.targetId,
         SqlValues::text(e.targetName), SqlValues::text(e.before), SqlValues::text(e.after)},
        QStringLiteral("record '%1' in the audit log").arg(e.action));
    if (!done)
        return done.error();
    e.id = m_db.dialect().insertReturnsRow() ? (q.next() ? q.value(0).toLongLong() : 0)
                                             : q.lastInsertId().toLongLong();
    return e;
}

StoreResult<QList<AuditEntry>> AuditRepository::list(const Filter &f) {
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    QStringList where{QStringLiteral("1 = 1")};
    QVariantList values;
    if (f.since.isValid()) {
        where << QStringLiteral("at >= ?");
        values << SqlValues::time(f.since);
    }
    if (!f.targetKind.isEmpty()) {
        where << QStringLiteral("target_kind = ?");
        values << f.targetKind;
    }
    if (f.beforeId > 0) {
        where << QStringLiteral("id < ?");
        values << f.beforeId;
    }
    values << qMax(1, f.limit);
    QSqlQuery q(conn.value());
    q.setForwardOnly(true);
    if (auto done =
            m_db.run(q,
                     QStringLiteral("SELECT id, at, actor, face, action, target_kind, target_id, "
                                    "target_name, before_json, after_json FROM audit_log WHERE %1 "
                                    "ORDER BY id DESC LIMIT ?")
                         .arg(where.join(QStringLiteral(" AND "))),
                     values, QStringLiteral("read the audit log"));
        !done)
        return done.error();
    QList<AuditEntry> out;
    while (q.next()) {
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.at = SqlValues::time(q.value(1));
        e.actor = q.value(2).toString();
        e.face = q.value(3).toString();
        e.action = q.value(4).toString();
        e.targetKind = q.value(5).toString();
        e.targetId = q.value(6).toLongLong();
        e.targetName = q.value(7).toString();
        e.before = q.value(8).toString();
        e.after = q.value(9).toString();
        out.append(e);
    }
    return out;
}

StoreResult<int> AuditRepository::pruneBefore(const QDateTime &before, int limit) {
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    QSqlQuery q(conn.value());
    if (auto done =
            m_db.run(q,
                     QStringLiteral("DELETE FROM audit_log WHERE id IN (SELECT id FROM "
                                    "audit_log WHERE at < ? ORDER BY id LIMIT ?)"),
                     {SqlValues::time(before), limit}, QStringLiteral("delete old audit entries"));
        !done)
        return done.error();
    return q.numRowsAffected();
}

} // namespace fleetcron
