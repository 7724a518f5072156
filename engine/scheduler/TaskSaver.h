#pragma once

#include "model/Task.h"
#include "store/StoreResult.h"

#include <QDateTime>

namespace fleetcron {

class Database;

// Saves a task the way every face must: its timing checked by TaskTiming (the message names
// the field at fault), its next fire computed in its time zone when it is new or when what
// decides its fires changed, then stored with its targets in one transaction.
class TaskSaver {
public:
    explicit TaskSaver(Database &db);

    // Creates the task when `task.id` is 0, else updates it. `now` is the instant new fire times
    // are counted from.
    StoreResult<Task> save(Task task, const QDateTime &now = QDateTime::currentDateTimeUtc());

private:
    Database &m_db;
};

} // namespace fleetcron
