#pragma once

#include "ScheduleParseResult.h"

#include <QString>
#include <QStringList>
#include <QStringView>

#include <cstdint>

namespace fleetcron {

// The cron form of a schedule: 5 fields (minute hour day-of-month month day-of-week) or 6 with
// seconds first; numbers, ranges, steps, lists, month and weekday names, and Jenkins' H forms
// drawn from `seed` (stable per task). ScheduleParser picks this form and owns the others.
class CronExpressionParser {
public:
    // `words`: the expression split on blanks; `spec` is kept as the schedule's text.
    static ScheduleParseResult parse(const QString &spec, const QStringList &words,
                                     std::uint64_t seed);
    static bool isAllDigits(QStringView text);
};

} // namespace fleetcron
