#pragma once

#include "RowListModel.h"
#include "model/Task.h"

namespace fleetcron {

// The Tasks view: every task with its schedule, targets and next fire.
class TaskTableModel : public RowListModel<Task> {
    Q_OBJECT
public:
    enum Column { Name, Schedule, Command, Targets, Enabled, NextFire, Timeout, ColumnCount };

    explicit TaskTableModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    qint64 idOf(const Task &task) const override { return task.id; }
};

} // namespace fleetcron
