#pragma once

#include <QDateTime>
#include <QString>

class QTimeZone;

namespace fleetcron {

// Times as the verbs read and print them.
class CliTime {
public:
    // ISO 8601 with an offset, a date (midnight UTC), or a time before `now`: "-30m", "-1h",
    // "-7d" (also s and w). Invalid when the text is none of these.
    static QDateTime parse(const QString &text,
                           const QDateTime &now = QDateTime::currentDateTimeUtc());
    // ISO 8601 in `zone` with a numeric offset on every line, "+00:00" included, so scripts
    // can parse each line the same way whatever the zone.
    static QString withOffset(const QDateTime &time, const QTimeZone &zone);
    // The same in this machine's zone; "-" for no time.
    static QString local(const QDateTime &time);
};

} // namespace fleetcron
