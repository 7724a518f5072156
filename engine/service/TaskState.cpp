#include "TaskState.h"

#include "model/Task.h"
#include "schedule/Schedule.h"
#include "schedule/ScheduleParseResult.h"

namespace fleetcron {

QString toString(TaskState state) {
    switch (state) {
    case TaskState::Scheduled:
        return QStringLiteral("scheduled");
    case TaskState::Running:
        return QStringLiteral("running");
    case TaskState::Finished:
        return QStringLiteral("finished");
    case TaskState::Error:
        return QStringLiteral("error");
    case TaskState::Disabled:
        return QStringLiteral("disabled");
    }
    return QStringLiteral("scheduled");
}

TaskState TaskStates::of(const Task &task, bool active, std::optional<RunStatus> lastEnded) {
    if (active)
        return TaskState::Running;
    // A one-shot has fired once the scheduler stored no next fire for it.
    const bool fired = !task.nextFireAt.isValid() && (lastEnded.has_value() || task.enabled) &&
                       Schedule::parse(task.schedule).schedule.isOneShot();
    if (fired)
        return !lastEnded || *lastEnded == RunStatus::Succeeded ? TaskState::Finished
                                                                : TaskState::Error;
    return task.enabled ? TaskState::Scheduled : TaskState::Disabled;
}

} // namespace fleetcron
