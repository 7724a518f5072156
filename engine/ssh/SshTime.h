#pragma once

#include <QString>

#include <chrono>

// Time helpers shared by the session's parts (connect, channel run, kill helper), so their
// durations and messages agree. A namespace of its own so they cannot clash with the engine's
// other clocks.
namespace fleetcron::sshtime {

using Clock = std::chrono::steady_clock;

inline int msSince(Clock::time_point t) {
    return int(std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - t).count());
}

// For messages: "2 s", "1.5 s".
inline QString seconds(int ms) {
    if (ms % 1000 == 0)
        return QStringLiteral("%1 s").arg(ms / 1000);
    return QStringLiteral("%1 s").arg(ms / 1000.0, 0, 'f', 1);
}

} // namespace fleetcron::sshtime
