#pragma once

#include "model/Task.h"

#include <QTreeWidget>

namespace fleetcron {

// The "Then start" part of the task dialog: every other task in a row, with a box for each
// condition (on success, on failure, always) that starts it when a run of this task ends.
// What is allowed (no task starting itself, no loop) is TaskService's rule, shown on save.
class TaskChainEditor : public QTreeWidget {
    Q_OBJECT
public:
    enum Column { Name, OnSuccess, OnFailure, Always, ColumnCount };

    explicit TaskChainEditor(QWidget *parent = nullptr);

    // The tasks that may be chosen (the dialog leaves out the task itself), then the links of
    // the task edited, ticked.
    void setTasks(const QList<Task> &tasks);
    void setLinks(const QList<TaskLink> &links);
    QList<TaskLink> links() const;

    static Column columnOf(ChainCondition condition);
};

} // namespace fleetcron
