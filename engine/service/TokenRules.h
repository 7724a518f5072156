#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace fleetcron {

// What a request needs of its token. Each role grants its own level and the ones below:
// viewer → Read; operator → Read, Operate (run now, cancel, enable/disable); admin → all.
enum class Permission { Read, Operate, Admin };

// The pure rules of API tokens (issue 17), said once for every face.
class TokenRules {
public:
    static QStringList roles(); // viewer, operator, admin
    static bool isRole(const QString &role);
    static bool grants(const QString &role, Permission needed);
    // The least role that grants `needed` ("viewer" for Read).
    static QString roleFor(Permission needed);
    // 1 to 64 of letters, digits, '.', '_' and '-': a name that is safe in a URL and a table.
    static bool isValidName(const QString &name);
    // "30d", "12h", "2w" from `now`, or an ISO 8601 date ("2027-01-31", the end of that day in
    // UTC) or date-time; it must lie after `now`. Unset with `error` set otherwise.
    static std::optional<QDateTime> parseExpiry(const QString &text, const QDateTime &now,
                                                QString *error);
    // Both hex strings of a SHA-256, compared in time that does not depend on where they
    // differ, so response times tell nothing about a stored hash.
    static bool sameHash(const QByteArray &a, const QByteArray &b);
};

} // namespace fleetcron
