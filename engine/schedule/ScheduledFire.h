#pragma once

#include <QDateTime>

namespace fleetcron {

// Whether a fire time was bent by a daylight-saving change, so the console can mark it. Only a
// fixed-hour cron job is bent; a '*'-hour job fires on elapsed time and reports None, its two
// passes through a repeated hour told apart by the zone's abbreviation.
enum class DstShift {
    None,
    AfterGap,     // the wall time did not exist (spring forward): fired at the gap's end
    RepeatedHour, // the wall time occurs twice (fall back): fired at the first occurrence only
};

struct ScheduledFire {
    QDateTime at; // UTC
    DstShift shift = DstShift::None;
};

} // namespace fleetcron
