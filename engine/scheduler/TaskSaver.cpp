#include "TaskSaver.h"

#include "TaskTiming.h"
#include "store/TaskRepository.h"

namespace fleetcron {

TaskSaver::TaskSaver(Database &db)
    : m_db(db) {}

StoreResult<Task> TaskSaver::save(Task task, const QDateTime &now) {
    if (const FieldError e = TaskTiming::validate(task); e.isError())
        return StoreError::make(StoreError::Kind::Invalid, e.message, e.field);
    TaskRepository tasks(m_db);
    if (task.id == 0) {
        task.nextFireAt = TaskTiming::firstFire(task, now);
        return tasks.create(task);
    }
    auto found = tasks.find(task.id);
    if (!found)
        return found;
    // Enabled again or rescheduled: it starts from now, not from the fires it missed.
    if (task.schedule != found->schedule || task.timeZone != found->timeZone ||
        (task.enabled && !found->enabled))
        task.nextFireAt = TaskTiming::firstFire(task, now);
    else
        task.nextFireAt = found->nextFireAt;
    return tasks.update(task);
}

} // namespace fleetcron
