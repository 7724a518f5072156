#pragma once

#include <QString>

namespace fleetcron {

// Who asks a service for a change, and through which face: what the audit log records.
struct Actor {
    QString face; // "console", "cli", "api", "daemon"
    QString name; // the OS user; for the API the token's name

    static Actor console();
    static Actor cli();
    static Actor api(const QString &tokenName = QStringLiteral("api"));
    // The engine itself (failover retries, scheduled work): never a person.
    static Actor daemon();

    // The login name of the user running this process.
    static QString osUser();
};

} // namespace fleetcron
