#pragma once

#include <QDateTime>
#include <QString>

namespace fleetcron {

// One engine (console or daemon process) that uses the database: who it is and when it last
// said it was alive. Runs carry its id, so its work can be recovered when it dies.
struct EngineRecord {
    QString id; // unique per process start, e.g. "host:pid:uuid"
    QString host;
    qint64 pid = 0;
    QString version;
    QDateTime startedAt;
    QDateTime heartbeatAt;
    // Last, so aggregate initialisers of the fields above still fit. When that process started
    // (/proc/<pid>/stat, ticks since boot; 0 unknown): a pid that runs again with another start
    // time belongs to another program, so the engine is dead.
    qint64 processStarted = 0;
};

} // namespace fleetcron
