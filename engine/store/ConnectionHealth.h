#pragma once

#include <QString>

class QSqlError;

namespace fleetcron {

// Remembers which of this thread's connections lost their server (PostgreSQL restarted, the
// network went away), so that Database::connection() reopens them instead of handing out a
// dead handle forever. Qt's PostgreSQL driver does not reconnect by itself. Whoever sees a
// failed statement reports it here; connections are per thread, so is this record.
class ConnectionHealth {
public:
    // True when the error says the connection itself is gone, not that the statement was bad.
    static bool isConnectionLost(const QSqlError &error);
    // Records a lost connection when `error` says so; returns whether it did.
    static bool noteError(const QString &connectionName, const QSqlError &error);
    static void markLost(const QString &connectionName);
    // Whether the connection was marked lost; clears the mark.
    static bool takeLost(const QString &connectionName);
};

} // namespace fleetcron
