#include "ConnectionHealth.h"

#include <QSet>
#include <QSqlError>

namespace fleetcron {
namespace {

thread_local QSet<QString> lostConnections;

} // namespace

bool ConnectionHealth::isConnectionLost(const QSqlError &error) {
    if (error.type() == QSqlError::NoError)
        return false;
    const QString code = error.nativeErrorCode();
    // SQLSTATE class 08 (connection exception); 57P01..57P03: the server is shutting down,
    // crashed, or is starting up again.
    if (code.startsWith(QStringLiteral("08")) || code == QStringLiteral("57P01") ||
        code == QStringLiteral("57P02") || code == QStringLiteral("57P03"))
        return true;
    // libpq reports a vanished server without a SQLSTATE, in words only.
    const QString text = error.text();
    return text.contains(QStringLiteral("server closed the connection")) ||
           text.contains(QStringLiteral("no connection to the server")) ||
           text.contains(QStringLiteral("terminating connection")) ||
           text.contains(QStringLiteral("connection to server")) ||
           text.contains(QStringLiteral("could not send data to server")) ||
           text.contains(QStringLiteral("could not receive data from server"));
}

bool ConnectionHealth::noteError(const QString &connectionName, const QSqlError &error) {
    if (!isConnectionLost(error))
        return false;
    markLost(connectionName);
    return true;
}

void ConnectionHealth::markLost(const QString &connectionName) {
    lostConnections.insert(connectionName);
}

bool ConnectionHealth::takeLost(const QString &connectionName) {
    return lostConnections.remove(connectionName);
}

} // namespace fleetcron
