#pragma once

#include <QString>

namespace fleetcron {

// One-line log records on stderr for the daemon, fit for journald and grep:
//   2026-11-25T18:00:00.123Z INFO  scheduler task=backup run=42 started
class LogFormat {
public:
    // Installs the handler and the level: "debug", "info", "warning" or "error".
    // False when the level is not one of these.
    static bool install(const QString &level);
};

} // namespace fleetcron
