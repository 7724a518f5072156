#pragma once

#include <QDateTime>

namespace fleetcron {

// Whether a fire time was bent by a daylight-saving change, so the console can mark it.
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
