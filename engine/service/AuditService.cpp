#include "AuditService.h"

#include <QJsonDocument>
#include <QLoggingCategory>

namespace fleetcron {
namespace {

Q_LOGGING_CATEGORY(lcAudit, "fleetcron.audit")

QString compact(const QJsonObject &o) {
    return o.isEmpty() ? QString()
                       : QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

AuditService::AuditService(Database &db)
    : m_db(db) {}

void AuditService::record(const Actor &actor, const Change &change) {
    AuditEntry e;
    e.at = QDateTime::currentDateTimeUtc();
    e.actor = actor.name;
    e.face = actor.face;
    e.action = change.action;
    e.targetKind = change.targetKind;
    e.targetId = change.targetId;
    e.targetName = change.targetName;
    e.before = compact(change.before);
    e.after = compact(change.after);
    if (auto done = AuditRepository(m_db).record(e); !done)
        qCWarning(lcAudit).noquote() << QStringLiteral("audit entry for %1 lost: %2")
                                            .arg(change.action, done.error().toString());
}

StoreResult<QList<AuditEntry>> AuditService::list(const AuditRepository::Filter &filter) {
    return AuditRepository(m_db).list(filter);
}

} // namespace fleetcron
