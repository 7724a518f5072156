#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace fleetcron {

// A named API token as stored (issue 17): never its secret, only what may be shown. The role
// ("viewer", "operator", "admin") says what it may do, the tags narrow it to the tasks and
// servers carrying them, the expiry and the revocation end it. TokenService holds the rules.
struct AccessToken {
    qint64 id = 0;
    QString name;
    QString role;
    QStringList tags;    // empty: every task and server
    QDateTime expiresAt; // invalid: never
    QDateTime createdAt;
    QString createdBy;    // the actor that made it
    QDateTime lastUsedAt; // invalid: never used (updated at most once a minute)
    QDateTime revokedAt;  // invalid: live
    bool legacy = false;  // the old api-token file, adopted as an admin token

    bool isRevoked() const { return revokedAt.isValid(); }
    bool isExpired(const QDateTime &now) const { return expiresAt.isValid() && expiresAt <= now; }
    bool isScoped() const { return !tags.isEmpty(); }
};

} // namespace fleetcron
