#include "TaskSaver.h"

#include "TaskTiming.h"
#include "store/TaskRepository.h"

namespace fleetcron {

TaskSaver::TaskSaver(Database &db)
    : m_db(db) {}

StoreResult<Task> TaskSaver::save(Task task, const QDateTime &now) {
    if (const FieldError e = TaskTiming::validate(task); e.isError())
        return StoreError::make(StoreError::Kind::Invalid, e.message, e.field);
    // One line per window in storage: a spec keeps its words, not its line breaks.
    QStringList windows;
    for (const QString &spec : std::as_const(task.blackouts))
        if (const QString w = spec.simplified(); !w.isEmpty())
            windows << w;
    task.blackouts = windows;
    TaskRepository tasks(m_db);
    // Armed: the first fire from now, with a start delay drawn for it.
    const auto arm = [&task, &now] {
        const QDateTime first = TaskTiming::firstFire(task, now);
        task.nextFireDelayMs = first.isValid() ? TaskTiming::drawStartDelayMs(task) : 0;
        task.nextFireAt = first.isValid() ? first.addMSecs(task.nextFireDelayMs) : first;
    };
    if (task.id == 0) {
        arm();
        return tasks.create(task);
    }
    auto found = tasks.find(task.id);
    if (!found)
        return found;
    // Enabled again or rescheduled: it starts from now, not from the fires it missed.
    if (TaskTiming::rearms(found.value(), task)) {
        arm();
    } else {
        task.nextFireAt = found->nextFireAt;
        task.nextFireDelayMs = found->nextFireDelayMs;
    }
    return tasks.update(task);
}

} // namespace fleetcron
