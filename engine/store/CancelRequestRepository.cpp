#include "CancelRequestRepository.h"

#include "ChangeNotifier.h"
#include "Database.h"
#include "SqlValues.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace fleetcron {

CancelRequestRepository::CancelRequestRepository(Database &db)
    : m_db(db) {}

StoreResult<void> CancelRequestRepository::request(qint64 runId, const QString &by,
                                                   const QDateTime &at) {
    auto changed = m_db.change(
        QStringLiteral("UPDATE runs SET cancel_requested_at = ?, cancel_requested_by = ? "
                       "WHERE id = ? AND status IN ('pending', 'running')"),
        {SqlValues::time(at), by, runId}, QStringLiteral("request cancel of run %1").arg(runId),
        StoreError::make(
            StoreError::Kind::Conflict,
            QCoreApplication::translate("CancelRequestRepository", "run %1 has already ended")
                .arg(runId),
            QStringLiteral("run")));
    if (changed)
        ChangeNotifier::notify(m_db, ChangeNotifier::cancelsChannel());
    return changed;
}

StoreResult<QList<qint64>> CancelRequestRepository::pendingFor(const QString &engineId) {
    return m_db.rows(
        QStringLiteral("SELECT id FROM runs WHERE engine_id = ? AND "
                       "cancel_requested_at IS NOT NULL AND "
                       "status IN ('pending', 'running') ORDER BY cancel_requested_at"),
        {engineId}, QStringLiteral("read cancel requests"),
        [](const QSqlQuery &q) { return q.value(0).toLongLong(); });
}

} // namespace fleetcron
