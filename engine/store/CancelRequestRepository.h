#pragma once

#include "StoreResult.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace fleetcron {

class Database;

// Cancel requests for runs owned by an engine in another process (migration 0007): a face
// records one on the run, the owning engine finds the requests on its own active runs and
// cancels them. Usable from any thread.
class CancelRequestRepository {
public:
    explicit CancelRequestRepository(Database &db);

    // Marks the run as asked to stop by `by` at `at`, and tells the engines (NOTIFY on
    // PostgreSQL). Conflict when the run is no longer pending or running.
    StoreResult<void> request(qint64 runId, const QString &by, const QDateTime &at);
    // Active runs of `engineId` with a cancel request, oldest request first.
    StoreResult<QList<qint64>> pendingFor(const QString &engineId);

private:
    Database &m_db;
};

} // namespace fleetcron
