#pragma once

#include "Schedule.h"

#include <QString>

namespace fleetcron {

// What Schedule::parse() gives back: a schedule, or the reason there is none.
struct ScheduleParseResult {
    Schedule schedule; // invalid when `error` is set
    QString error;     // one sentence naming the field: "day-of-month: 32 is out of range 1–31"

    bool isValid() const { return schedule.isValid(); }
    explicit operator bool() const { return isValid(); }
};

} // namespace fleetcron
