#pragma once

#include "model/Statuses.h"

#include <QString>

#include <optional>

namespace fleetcron {

struct Task;

// Where a task stands, said once for every face (the CLI's `task show` and `--json`, the REST
// API's `state`, the job API's `status`):
//   running    a run of it is pending or running now;
//   finished   a one-shot (`@once`, `@at`) that has fired, its last run succeeded on every
//              server (also when retention has since pruned that run);
//   error      a one-shot that has fired, its last run did not succeed everywhere;
//   disabled   switched off (and not a fired one-shot);
//   scheduled  waiting for its next fire.
// A recurring task is never finished nor error: its next fire is still ahead; its runs say how
// the last ones went.
enum class TaskState { Scheduled, Running, Finished, Error, Disabled };

QString toString(TaskState state);

class TaskStates {
public:
    // The rule itself, pure: the task, whether a run of it is active, and the status of its
    // newest ended run if it has one.
    static TaskState of(const Task &task, bool active, std::optional<RunStatus> lastEnded);
};

} // namespace fleetcron
