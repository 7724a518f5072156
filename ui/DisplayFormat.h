#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace fleetcron {

// Times and durations as the console shows them: stored in UTC, shown in local time.
class DisplayFormat {
    Q_DECLARE_TR_FUNCTIONS(DisplayFormat)
public:
    // "2026-11-25 21:03:04" in local time; empty for an unset time.
    static QString time(const QDateTime &utc);
    // "850 ms", "12.3 s", "4 min 05 s", "2 h 03 min"; empty when it has not started.
    static QString duration(const QDateTime &start, const QDateTime &end);
    static qint64 durationMs(const QDateTime &start, const QDateTime &end);
};

} // namespace fleetcron
