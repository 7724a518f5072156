#pragma once

#include "CliCommand.h"

namespace fleetcron {

class Runtime;
struct Task;

// `task run`: brings up an engine in this process, starts a run of the task through RunService,
// waits for the engine to report it finished and reports it. With --wait every server's status,
// exit code, stdout and stderr are printed. The exit code is 0 only when every server succeeded.
class RunWaiter {
public:
    static int runAndReport(Runtime &runtime, const Task &task, bool printResults, bool json,
                            CliIo &io);
};

} // namespace fleetcron
