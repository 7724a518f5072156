#pragma once

#include "model/FieldError.h"
#include "model/Task.h"

#include <QList>

namespace fleetcron {

// The rules of a task's chain (Task::links), once for every face: a task does not start itself,
// and no chain loops back to where it began, however many tasks it passes (a -> b -> c -> a would
// run forever). Pure, so it is tested without a database; TaskService feeds it the links stored.
class ChainRules {
public:
    // A stored link of another task, both ends named.
    struct Edge {
        qint64 parentId = 0;
        QString parentName;
        qint64 childId = 0;
        QString childName;
    };

    // The field a link of this condition is given in ("on_success", "on_failure", "always").
    static QString fieldOf(ChainCondition condition);

    // `task` with its links resolved (taskId and task set) against the links stored, its own
    // stored ones ignored (they are being replaced). The first problem found, or none; a loop
    // is named by its path: "chained tasks would loop: a -> b -> a".
    static FieldError check(const Task &task, const QList<Edge> &stored);
};

} // namespace fleetcron
