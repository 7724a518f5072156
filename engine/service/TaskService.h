#pragma once

#include "Actor.h"
#include "TaskState.h"
#include "model/FieldError.h"
#include "model/Server.h"
#include "model/Task.h"
#include "store/StoreResult.h"
#include "store/TaskRepository.h"

#include <QDateTime>

namespace fleetcron {

class AuditService;
class Database;
class SettingsService;

// Every change to a task, with its rules said once for the console, the CLI and the API:
//   - its timing checked (TaskTiming: schedule, time zone, limits; the message names the field);
//   - no targets given (no server, no tag) means every server, as the agent-based tools it
//     replaces did with a command sent to no agent in particular; every face shows the
//     resolved list, so the operator sees what it reaches (README, docs/API.md);
//   - a one-shot `@at` armed (new, rescheduled, enabled again) only while its instant is ahead;
//   - its next fire computed in its time zone when it is new, rescheduled, or enabled again
//     (it starts from now, not from the fires it missed);
//   - its chained tasks (Task::links, by name or id) exist, are not itself, and close no loop
//     (ChainRules; the message names the loop's path);
//   - a task with a run active now is not deleted: the call is refused with the run's id, so
//     the operator cancels it (or waits) first and no remote command is left behind;
//   - each change audited.
class TaskService {
public:
    // What list() filters on, named here so a face need not name the repository.
    using Filter = TaskRepository::Filter;

    TaskService(Database &db, AuditService &audit, SettingsService &settings);

    StoreResult<QList<Task>> list(const TaskRepository::Filter &filter = {});
    StoreResult<Task> find(qint64 id);
    // Names by id for a page of history, in one query (not a whole task each).
    StoreResult<QHash<qint64, QString>> namesOf(const QList<qint64> &ids);
    // A task by name, or by id when `ref` is a number that names no task.
    StoreResult<Task> resolve(const QString &ref);
    // The servers the task runs on now.
    StoreResult<QList<Server>> targets(qint64 id);
    // A new task with the shared defaults filled in (output cap).
    Task newTask();
    // Where the task stands now (TaskState: scheduled, running, finished, error, disabled).
    StoreResult<TaskState> state(const Task &task);

    // The rules a task must meet before it is saved (targets, then timing), as the first
    // problem found; pure, so a dialog may check as the operator types and show the same words.
    static FieldError check(const Task &task);

    // Creates the task when `task.id` is 0, else updates it.
    StoreResult<Task> save(Task task, const Actor &actor,
                           const QDateTime &now = QDateTime::currentDateTimeUtc());
    StoreResult<Task> setEnabled(qint64 id, bool enabled, const Actor &actor);
    StoreResult<void> remove(qint64 id, const Actor &actor);

private:
    // Names each link's task and fills its id (the faces may give either), then applies
    // ChainRules against the chain stored.
    StoreResult<void> resolveChain(Task &task);
    StoreResult<void> refuseWhileActive(const Task &task);
    // Runs of an engine whose heartbeat is a lease old are dead: recovery closes them.
    QDateTime staleBefore();

    Database &m_db;
    AuditService &m_audit;
    SettingsService &m_settings;
};

} // namespace fleetcron
