#pragma once

#include "model/FieldError.h"
#include "model/Task.h"

#include <QDateTime>
#include <QTimeZone>

namespace fleetcron {

struct ScheduleParseResult;

// A task's schedule read in its time zone: the rules every face applies before a task is
// saved, and the fire times the scheduler computes from it.
class TaskTiming {
public:
    // A day: a longer delay is surely a typo (and would blur any schedule past recognition).
    static constexpr int maxStartDelaySeconds = 24 * 3600;

    // The first problem with the task's timing and limits, or no error. Checks the schedule,
    // the time zone, timeout, retries, retry delay and output cap.
    static FieldError validate(const Task &task);

    // The task's schedule, its H values hashed from the task's name: the same name picks the
    // same minute on every engine, after restarts and edits of other fields (docs/JITTER.md).
    static ScheduleParseResult scheduleOf(const Task &task);

    // Whether saving `after` over `before` arms the task anew (its next fire counted from now):
    // rescheduled, moved to another zone, enabled again, or renamed while its schedule uses H.
    static bool rearms(const Task &before, const Task &after);

    // A random start delay for one fire, 0..startDelaySeconds in milliseconds.
    static qint64 drawStartDelayMs(const Task &task);
    // The time the schedule named for the task's next fire: nextFireAt without its delay.
    static QDateTime nominalFire(const Task &task);

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
