#pragma once

#include "StoreResult.h"
#include "model/AuditEntry.h"

#include <QDateTime>
#include <QList>

namespace fleetcron {

class Database;

// The audit log's table: written by the services after each change they make, read by
// `fleetcron audit`, the API and the console, pruned by retention. Usable from any thread.
class AuditRepository {
public:
    struct Filter {
        QDateTime since;     // at >= since, when valid
        QString targetKind;  // only this kind, when given
        qint64 beforeId = 0; // paging: entries older than this id
        int limit = 100;
    };

    explicit AuditRepository(Database &db);

    StoreResult<AuditEntry> record(const AuditEntry &entry);
    // Newest first.
    StoreResult<QList<AuditEntry>> list(const Filter &filter);
    // Deletes up to `limit` entries older than `before`; returns how many went.
    StoreResult<int> pruneBefore(const QDateTime &before, int limit);

private:
    Database &m_db;
};

} // namespace fleetcron
