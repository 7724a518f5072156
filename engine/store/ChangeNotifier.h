#pragma once

#include <QString>

namespace fleetcron {

class Database;

// Tells every daemon and console on the same PostgreSQL database that something changed, so
// they look now instead of at their next poll: `NOTIFY <channel>` on the writer's connection,
// delivered when its transaction commits (at once outside one). On SQLite it does nothing;
// there, and whenever a notice is missed, polling finds the change.
class ChangeNotifier {
public:
    // Tasks or servers were added, changed or removed: schedulers re-read what is due.
    static QString tasksChannel() { return QStringLiteral("fleetcron_tasks"); }
    // Runs started or ended: consoles refresh their run lists.
    static QString runsChannel() { return QStringLiteral("fleetcron_runs"); }
    // A face asked another process's engine to cancel one of its runs (RunService::cancel).
    static QString cancelsChannel() { return QStringLiteral("fleetcron_cancels"); }

    // Never fails the write it follows: a lost notice only costs a poll interval.
    static void notify(Database &db, const QString &channel);
};

} // namespace fleetcron
