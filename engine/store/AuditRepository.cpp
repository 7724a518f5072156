#include "AuditRepository.h"

#include "Database.h"
#include "SqlValues.h"

#include <QSqlQuery>

namespace fleetcron {
namespace {

AuditEntry entryFrom(const QSqlQuery &q) {
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
    return e;
}

} // namespace

AuditRepository::AuditRepository(Database &db)
    : m_db(db) {}

StoreResult<AuditEntry> AuditRepository::record(const AuditEntry &input) {
    AuditEntry e = input;
    if (!e.at.isValid())
        e.at = QDateTime::currentDateTimeUtc();
    auto id = m_db.insert(
        QStringLiteral("INSERT INTO audit_log (at, actor, face, action, target_kind, target_id, "
                       "target_name, before_json, after_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {SqlValues::time(e.at), SqlValues::text(e.actor), SqlValues::text(e.face),
         SqlValues::text(e.action), SqlValues::text(e.targetKind), e.targetId,
         SqlValues::text(e.targetName), SqlValues::text(e.before), SqlValues::text(e.after)},
        QStringLiteral("record '%1' in the audit log").arg(e.action));
    if (!id)
        return id.error();
    e.id = id.value();
    return e;
}

StoreResult<QList<AuditEntry>> AuditRepository::list(const Filter &f) {
    SqlConditions where({QStringLiteral("1 = 1")});
    where.addRange(QStringLiteral("at"), f.since, {});
    if (!f.targetKind.isEmpty())
        where.add(QStringLiteral("target_kind = ?"), f.targetKind);
    where.addId(QStringLiteral("id < ?"), f.beforeId);
    QVariantList values = where.values();
    values << qMax(1, f.limit);
    return m_db.rows(QStringLiteral("SELECT id, at, actor, face, action, target_kind, target_id, "
                                    "target_name, before_json, after_json FROM audit_log WHERE %1 "
                                    "ORDER BY id DESC LIMIT ?")
                         .arg(where.joined()),
                     values, QStringLiteral("read the audit log"), entryFrom);
}

StoreResult<int> AuditRepository::pruneBefore(const QDateTime &before, int limit) {
    return m_db.rowsChanged(QStringLiteral("DELETE FROM audit_log WHERE id IN (SELECT id FROM "
                                           "audit_log WHERE at < ? ORDER BY id LIMIT ?)"),
                            {SqlValues::time(before), limit},
                            QStringLiteral("delete old audit entries"));
}

} // namespace fleetcron
