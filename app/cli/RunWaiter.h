#pragma once

#include "CliCommand.h"

namespace fleetcron {

class Database;
struct Task;

// `task run`: runs a task now in this process with its own engine, waits for the run to end
// and reports it. With --wait every server's status, exit code, stdout and stderr are printed.
// The exit code is 0 only when every server succeeded.
class RunWaiter {
public:
    static int runAndReport(Database &db, const Task &task, bool printResults, bool json,
                            CliIo &io);
};

} // namespace fleetcron
