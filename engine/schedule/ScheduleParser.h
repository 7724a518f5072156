#pragma once

#include "ScheduleParseResult.h"

#include <QString>

namespace fleetcron {

// Turns what a user typed into a Schedule, or into one sentence saying what is wrong and where.
// Accepted (case-insensitive, extra spaces ignored):
//   cron, 5 fields "m h dom mon dow" or 6 fields with seconds first; lists, ranges, steps
//   ("*/5", "1-30/2", "5/15"), Jenkins' H ("H", "H/15", "H(0-29)", HashedItem), month names
//   jan…dec, weekday names sun…sat (0 and 7 = Sunday);
//   @yearly @annually @monthly @weekly @daily @midnight @hourly;
//   "@every 1h30m15s" (units h, m, s);
//   one-shot: "@once" (fires when the task is armed) and "@at 2026-12-24T10:00:00+01:00";
//   "every 30 seconds", "every 5 minutes", "every 2 hours", "every minute";
//   a bare positive number of seconds ("90").
class ScheduleParser {
public:
    // Intervals longer than this are surely a typo (and would overflow millisecond maths).
    static constexpr qint64 maxIntervalSeconds = 3155760000; // 100 years of 365.25 days

    // `hashKey` seeds the values H picks (TaskTiming passes the task's name): the same key
    // gives the same values on every machine and in every run.
    static ScheduleParseResult parse(const QString &spec, const QString &hashKey = {});
};

} // namespace fleetcron
