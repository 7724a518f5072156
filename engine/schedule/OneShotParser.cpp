#include "OneShotParser.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>

namespace fleetcron {

ScheduleParseResult OneShotParser::parse(const QString &spec, const QStringList &tokens) {
    const QString keyword = tokens.first().toLower();
    if (keyword == u"@once") {
        if (tokens.size() > 1)
            return {Schedule(), QCoreApplication::translate(
                                    "OneShotParser", "@once takes no further fields, got '%1'")
                                    .arg(QStringList(tokens.mid(1)).join(u' '))};
        return {Schedule::fromOnce(spec, {}), {}};
    }
    const QString example = QCoreApplication::translate(
        "OneShotParser", "@at: expected an RFC 3339 time with its offset, such "
                         "as 2026-12-24T10:00:00+01:00");
    if (tokens.size() < 2 || tokens.size() > 3)
        return {Schedule(), example};
    // RFC 3339 allows a space between date and time, and either case for 'T' and 'Z'.
    const QString text = QStringList(tokens.mid(1)).join(u'T').toUpper();
    // Strict, so nothing Qt's lenient ISO reader would guess at gets through: seconds, an
    // offset, and at most milliseconds (what the store keeps).
    static const QRegularExpression rfc3339(QStringLiteral(
        "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,3})?(Z|[+-]\\d{2}:\\d{2})$"));
    if (!rfc3339.match(text).hasMatch())
        return {Schedule(), example + QStringLiteral(", got '%1'").arg(text)};
    const QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!at.isValid())
        return {Schedule(), QCoreApplication::translate("OneShotParser",
                                                        "@at: '%1' is not a valid date and time")
                                .arg(text)};
    return {Schedule::fromOnce(spec, at), {}};
}

} // namespace fleetcron
