#pragma once

#include "Actor.h"
#include "store/AuditRepository.h"

#include <QJsonObject>

namespace fleetcron {

class Database;

// Writes the audit log for the other services, after a change has been made (a refused change
// leaves no entry), and reads it for the faces. Secrets never reach it: callers pass the
// model's JSON, which says only whether a server has a secret.
class AuditService {
public:
    // What list() filters on, named here so a face need not name the repository.
    using Filter = AuditRepository::Filter;

    explicit AuditService(Database &db);

    struct Change {
        QString action;     // "server.create", "task.delete", "run.cancel", …
        QString targetKind; // "server", "task", "run", "setting"
        qint64 targetId = 0;
        QString targetName;
        QJsonObject before{}; // braces: changes may leave both out (-Wmissing-field-initializers)
        QJsonObject after{};
    };
    // A failure to write is logged, not returned: the change itself has been made.
    void record(const Actor &actor, const Change &change);

    StoreResult<QList<AuditEntry>> list(const AuditRepository::Filter &filter);

private:
    Database &m_db;
};

} // namespace fleetcron
