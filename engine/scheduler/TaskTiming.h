#pragma once

#include "model/FieldError.h"
#include "model/Task.h"

#include <QDateTime>
#include <QTimeZone>

namespace fleetcron {

// A task's schedule read in its time zone: the rules every face applies before a task is
// saved, and the fire times the scheduler computes from it.
class TaskTiming {
public:
    // The first problem with the task's timing and limits, or no error. Checks the schedule,
    // the time zone, timeout, retries, retry delay and output cap.
    static FieldError validate(const Task &task);

    // The zone a task's schedule is read in: its own, or the machine's when it names none.
    static QTimeZone zoneOf(const Task &task);

    // The next fire strictly after `after`. Interval schedules are anchored at `anchor`
    // (the task's last fire, or its creation); invalid when the task can never fire.
    static QDateTime nextFireAfter(const Task &task, const QDateTime &after,
                                   const QDateTime &anchor = {});
    // The first fire of the task armed at `now` (new, rescheduled or enabled again): a one-shot
    // `@once` fires at `now`, any other schedule as nextFireAfter(now, now).
    static QDateTime firstFire(const Task &task, const QDateTime &now);
};

} // namespace fleetcron
