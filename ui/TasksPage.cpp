#include "TasksPage.h"

#include "ServiceCalls.h"
#include "TableViews.h"
#include "TaskTableModel.h"
#include "service/Services.h"

#include <QItemSelectionModel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace fleetcron {

TasksPage::TasksPage(ServiceCalls &calls, QWidget *parent)
    : QWidget(parent)
    , m_calls(calls) {
    m_model = new TaskTableModel(this);
    auto *layout = new QVBoxLayout(this);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("taskFilter"));
    m_filter->setPlaceholderText(tr("Filter tasks by name, schedule or command"));
    m_filter->setClearButtonEnabled(true);
    m_table = TableViews::make(QStringLiteral("taskTable"), this);
    m_proxy = TableViews::proxy(m_model, this);
    m_table->setModel(m_proxy);
    m_table->sortByColumn(TaskTableModel::Name, Qt::AscendingOrder);
    layout->addWidget(m_filter);
    layout->addWidget(m_table, 1);
    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TasksPage::selectionChanged);
    connect(m_table, &QTableView::doubleClicked, this, &TasksPage::editSelected);
}

void TasksPage::setTasks(const QList<Task> &tasks) {
    m_model->replaceAll(tasks);
}

const QList<Task> &TasksPage::tasks() const {
    return m_model->rows();
}

qint64 TasksPage::selectedId() const {
    return TableViews::selectedId(m_table);
}

const Task *TasksPage::selected() const {
    const int row = m_model->rowOfId(selectedId());
    return row < 0 ? nullptr : &m_model->rowAt(row);
}

void TasksPage::editSelected() {
    if (const qint64 id = selectedId())
        emit editRequested(id);
}

void TasksPage::runSelected() {
    runTask(selectedId());
}

void TasksPage::runTask(qint64 taskId) {
    if (!taskId)
        return;
    m_calls.change(
        tr("Run started"),
        [taskId](Services &services) {
            return services.runs.start(taskId, RunTrigger::Manual, Actor::console());
        },
        [this] { emit runStarted(); });
}

void TasksPage::setSelectedEnabled(bool enabled) {
    const qint64 taskId = selectedId();
    if (!taskId)
        return;
    // Through TaskService: enabling again also computes the next fire from now.
    m_calls.change(
        enabled ? tr("Task enabled") : tr("Task disabled"),
        [taskId, enabled](Services &services) {
            return services.tasks.setEnabled(taskId, enabled, Actor::console());
        },
        [this] { emit changed(); });
}

void TasksPage::deleteSelected() {
    const Task *task = selected();
    if (!task)
        return;
    const qint64 taskId = task->id;
    m_calls.confirm(QStringLiteral("confirmDeleteTask"), tr("Delete task"),
                    tr("Delete task %1 with all its runs and their output? This cannot be undone.")
                        .arg(task->name),
                    tr("Delete"), [this, taskId] {
                        m_calls.change(
                            tr("Task deleted"),
                            [taskId](Services &services) {
                                return services.tasks.remove(taskId, Actor::console());
                            },
                            [this] {
                                emit changed();
                                emit deleted();
                            });
                    });
}

} // namespace fleetcron
