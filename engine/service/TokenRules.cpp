#include "TokenRules.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace fleetcron {

QStringList TokenRules::roles() {
    return {QStringLiteral("viewer"), QStringLiteral("operator"), QStringLiteral("admin")};
}

bool TokenRules::isRole(const QString &role) {
    return roles().contains(role);
}

bool TokenRules::grants(const QString &role, Permission needed) {
    // The index in roles() is the level: a role grants every permission at or below it.
    const qsizetype level = roles().indexOf(role);
    return level >= 0 && level >= static_cast<qsizetype>(needed);
}

QString TokenRules::roleFor(Permission needed) {
    return roles().at(static_cast<qsizetype>(needed));
}

bool TokenRules::isValidName(const QString &name) {
    static const QRegularExpression pattern(QStringLiteral("\\A[A-Za-z0-9._-]{1,64}\\z"));
    return pattern.match(name).hasMatch();
}

std::optional<QDateTime> TokenRules::parseExpiry(const QString &text, const QDateTime &now,
                                                 QString *error) {
    const QString t = text.trimmed();
    static const QRegularExpression relative(QStringLiteral("\\A(\\d{1,5})([hdw])\\z"));
    QDateTime at;
    if (const auto m = relative.match(t); m.hasMatch()) {
        const qint64 n = m.captured(1).toLongLong();
        const QChar unit = m.captured(2).at(0);
        const qint64 hours = unit == u'h' ? n : unit == u'd' ? n * 24 : n * 24 * 7;
        at = now.addSecs(hours * 3600);
    } else if (const QDate day = t.size() == 10 ? QDate::fromString(t, Qt::ISODate) : QDate();
               day.isValid()) {
        // A date alone (QDate would also take a date-time's first ten characters).
        at = QDateTime(day, QTime(23, 59, 59), Qt::UTC);
    } else {
        at = QDateTime::fromString(t, Qt::ISODateWithMs);
        if (at.isValid() && at.timeSpec() == Qt::LocalTime)
            at.setTimeSpec(Qt::UTC); // a date-time without a zone is read as UTC
    }
    if (!at.isValid()) {
        if (error)
            *error = QCoreApplication::translate(
                         "TokenRules", "bad expiry '%1': expected e.g. 12h, 30d, 2w, 2027-01-31 or "
                                       "2027-01-31T12:00:00Z")
                         .arg(text);
        return std::nullopt;
    }
    if (at <= now) {
        if (error)
            *error = QCoreApplication::translate("TokenRules", "the expiry %1 is not in the future")
                         .arg(at.toUTC().toString(Qt::ISODate));
        return std::nullopt;
    }
    return at.toUTC();
}

bool TokenRules::sameHash(const QByteArray &a, const QByteArray &b) {
    if (a.size() != b.size() || a.isEmpty())
        return false; // both are hex SHA-256 (64 bytes): the length says nothing secret
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}

} // namespace fleetcron
