#pragma once

#include <QtGlobal>

namespace fleetcron {

// Whether a process of this host still runs, told apart from a later process that got the same
// pid. Engines record their pid and start time when they register; an engine starting on the
// same host asks this about the others, so a killed engine's work is recovered at once instead
// of after the lease.
class LocalProcess {
public:
    // The start time of `pid` in clock ticks since boot (field 22 of /proc/<pid>/stat); 0 when
    // unknown (no such process, or no /proc).
    static qint64 startTicks(qint64 pid);
    // This process's own start time, as above.
    static qint64 ownStartTicks();
    // True when `pid` no longer runs (kill(pid, 0) says ESRCH), or runs with another start time
    // than `recordedStartTicks` (the pid was reused). A recorded 0 compares nothing.
    static bool isGone(qint64 pid, qint64 recordedStartTicks);
};

} // namespace fleetcron
