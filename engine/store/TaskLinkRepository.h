#pragma once

#include "StoreResult.h"
#include "model/Task.h"

#include <QList>

namespace fleetcron {

class Database;

// The chain between tasks (task_links): which tasks a task starts when one of its runs ends.
// Saved with the task, in its transaction (TaskRepository); read into Task::links. The rules
// (known tasks, no loops) are TaskService's. Usable from any thread.
class TaskLinkRepository {
public:
    // One link with both ends named, as the whole graph is read to look for loops.
    struct Edge {
        qint64 parentId = 0;
        QString parentName;
        TaskLink link;
    };

    explicit TaskLinkRepository(Database &db);

    // Replaces the task's outgoing links with `task.links` (by taskId), each once.
    StoreResult<void> replace(const Task &task);
    // Fills `links` of each task, children named, in the order they were saved.
    StoreResult<void> attach(QList<Task> &tasks);
    // Every link there is.
    StoreResult<QList<Edge>> all();

private:
    Database &m_db;
};

} // namespace fleetcron
