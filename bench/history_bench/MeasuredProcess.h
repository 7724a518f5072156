#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace fleetcron::bench {

// What one finished child process cost: wall time, exit status and its own peak RSS (wait4's
// ru_maxrss for that child alone, which QProcess cannot report).
struct ProcessCost {
    double wallMs = 0;
    int exitCode = -1; // -1: it did not start or was killed by a signal
    double peakRssMb = 0;
    double cpuSeconds = 0; // user + system: the rate it would have on a core of its own
};

// Runs `program args` with `environment`, its standard output to `stdoutPath` (/dev/null by
// default) and its standard error discarded, and waits for it.
ProcessCost runMeasured(const QString &program, const QStringList &args,
                        const QProcessEnvironment &environment,
                        const QString &stdoutPath = QStringLiteral("/dev/null"));

} // namespace fleetcron::bench
