#pragma once

#include <QDateTime>
#include <QString>

namespace fleetcron {

// One change that passed through a service: who made it, from which face, and what it changed.
// `before` and `after` are the model's JSON (ModelJson) of the thing changed, never a secret:
// a changed password shows only as "has_secret".
struct AuditEntry {
    qint64 id = 0;
    QDateTime at;
    QString actor;      // the OS user, or the API token's name
    QString face;       // "console", "cli", "api", "daemon"
    QString action;     // "server.create", "task.enable", "run.cancel", "setting.set", …
    QString targetKind; // "server", "task", "run", "setting"
    qint64 targetId = 0;
    QString targetName;
    QString before; // compact JSON, empty for a creation
    QString after;  // compact JSON, empty for a removal
};

} // namespace fleetcron
