#pragma once

#include "model/Task.h"

#include <QWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace fleetcron {

class ServiceCalls;
class TaskTableModel;

// The Tasks view: every task in a table with a filter box, and what the operator does to the
// selected one (run now, enable, disable, delete), each through TaskService or RunService.
class TasksPage : public QWidget {
    Q_OBJECT
public:
    TasksPage(ServiceCalls &calls, QWidget *parent = nullptr);

    void setTasks(const QList<Task> &tasks);
    const QList<Task> &tasks() const;
    qint64 selectedId() const;
    // The selected task, if any.
    const Task *selected() const;
    QTableView *table() const { return m_table; }

public slots:
    void editSelected();
    void runSelected();
    // Starts a run of `taskId` by hand (also for the Runs view's selected run).
    void runTask(qint64 taskId);
    void setSelectedEnabled(bool enabled);
    void deleteSelected();

signals:
    void editRequested(qint64 taskId);
    void selectionChanged();
    // A change was made here: the window reads servers and tasks again.
    void changed();
    void runStarted();
    // The task is gone, and its runs with it.
    void deleted();

private:
    ServiceCalls &m_calls;
    TaskTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLineEdit *m_filter = nullptr;
    QTableView *m_table = nullptr;
};

} // namespace fleetcron
