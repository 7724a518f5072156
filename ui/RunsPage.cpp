#include "RunsPage.h"

#include "ExecutionLogView.h"
#include "ExecutionTableModel.h"
#include "OutputDiffDialog.h"
#include "OutputFollower.h"
#include "OutputSearchPanel.h"
#include "RunTableModel.h"
#include "ServiceCalls.h"
#include "StatusStyle.h"
#include "TableViews.h"
#include "service/Services.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace fleetcron {
namespace {

// Run statuses map onto execution statuses only where the words mean the same.
std::optional<ExecutionStatus> executionStatusFor(RunStatus status) {
    switch (status) {
    case RunStatus::Succeeded:
        return ExecutionStatus::Succeeded;
    case RunStatus::Failed:
        return ExecutionStatus::Failed;
    case RunStatus::Running:
        return ExecutionStatus::Running;
    case RunStatus::Pending:
        return ExecutionStatus::Pending;
    case RunStatus::Cancelled:
        return ExecutionStatus::Cancelled;
    case RunStatus::Interrupted:
        return ExecutionStatus::Interrupted;
    case RunStatus::Partial:
    case RunStatus::Skipped:
        break;
    }
    return std::nullopt;
}

} // namespace

RunsPage::RunsPage(ServiceCalls &calls, QWidget *parent)
    : QWidget(parent)
    , m_calls(calls) {
    EngineHost &host = calls.host();
    m_runs = new RunTableModel(host, this);
    m_executions = new ExecutionTableModel(this);
    auto *layout = new QVBoxLayout(this);
    createFilters(this);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_filter, 1);
    filters->addWidget(m_taskFilter);
    filters->addWidget(m_statusFilter);
    layout->addLayout(filters);
    m_search = new OutputSearchPanel(
        host,
        [this] {
            SearchService::Filter f;
            f.taskId = m_taskFilter->currentData().toLongLong();
            return f;
        },
        this);
    layout->addWidget(m_search);
    connect(m_search, &OutputSearchPanel::executionChosen, this, &RunsPage::showMatch);

    m_runTable = TableViews::make(QStringLiteral("runTable"), this);
    m_runsProxy = TableViews::proxy(m_runs, this);
    // Filtering happens in the query; the proxy only sorts what has been loaded.
    m_runsProxy->setFilterKeyColumn(0);
    m_runTable->setModel(m_runsProxy);
    m_runTable->sortByColumn(RunTableModel::Id, Qt::DescendingOrder);

    m_executionTable = TableViews::make(QStringLiteral("executionTable"), this);
    m_executionsProxy = TableViews::proxy(m_executions, this);
    m_executionTable->setModel(m_executionsProxy);
    m_executionTable->sortByColumn(ExecutionTableModel::Id, Qt::AscendingOrder);
    m_compare = new QAction(tr("Co&mpare with previous run…"), this);
    m_compare->setObjectName(QStringLiteral("actionCompareOutput"));
    m_compare->setShortcut(QKeySequence(tr("Ctrl+D")));
    m_compare->setToolTip(tr("The selected execution's output beside the previous run's on the "
                             "same server: what changed since last time"));
    m_compare->setEnabled(false);
    connect(m_compare, &QAction::triggered, this, &RunsPage::compareSelected);
    m_executionTable->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_executionTable->addAction(m_compare);
    m_log = new ExecutionLogView(this);
    m_log->setObjectName(QStringLiteral("executionLogView"));
    m_follower = new OutputFollower(host, m_log, m_executions, m_runs, this);

    m_detailSplitter = new QSplitter(Qt::Horizontal, this);
    m_detailSplitter->setObjectName(QStringLiteral("detailSplitter"));
    m_detailSplitter->addWidget(m_executionTable);
    m_detailSplitter->addWidget(m_log);
    m_detailSplitter->setStretchFactor(0, 2);
    m_detailSplitter->setStretchFactor(1, 3);
    m_runsSplitter = new QSplitter(Qt::Vertical, this);
    m_runsSplitter->setObjectName(QStringLiteral("runsSplitter"));
    m_runsSplitter->addWidget(m_runTable);
    m_runsSplitter->addWidget(m_detailSplitter);
    m_runsSplitter->setStretchFactor(0, 1);
    m_runsSplitter->setStretchFactor(1, 1);
    m_runsSplitter->setSizes({420, 340});
    m_detailSplitter->setSizes({480, 720});
    layout->addWidget(m_runsSplitter, 1);

    connect(m_runTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const qint64 runId = selectedRunId();
        if (runId != m_executions->runId())
            showRun(runId);
        emit selectionChanged();
    });
    connect(m_executionTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] {
                const qint64 executionId = selectedExecutionId();
                m_compare->setEnabled(executionId != 0);
                if (executionId != m_follower->executionId())
                    m_follower->follow(executionId);
            });
    connect(m_runs, &RunTableModel::runsUpdated, this, [this](const QList<qint64> &ids) {
        // The shown run changed: its executions (status, new attempts) are read again.
        if (m_executions->runId() && ids.contains(m_executions->runId()))
            loadExecutions(m_executions->runId());
        emit selectionChanged();
    });

    connect(&host.events(), &EngineEvents::executionStarted, this,
            [this](qint64 executionId, qint64 runId, qint64) {
                m_executions->executionStarted(executionId, runId);
            });
    connect(&host.events(), &EngineEvents::executionFinished, this,
            [this](const Execution &execution) {
                m_executions->executionFinished(execution);
                m_follower->executionFinished(execution);
            });
    // The console's own runs show up at once instead of at the next poll.
    connect(&host.events(), &EngineEvents::runStarted, m_runs, &RunTableModel::poll);
    connect(&host.events(), &EngineEvents::runFinished, m_runs, &RunTableModel::poll);
}

void RunsPage::createFilters(QWidget *page) {
    m_filter = new QLineEdit(page);
    m_filter->setObjectName(QStringLiteral("runFilter"));
    m_filter->setPlaceholderText(tr("Filter runs by task name"));
    m_filter->setClearButtonEnabled(true);
    m_taskFilter = new QComboBox(page);
    m_taskFilter->setObjectName(QStringLiteral("runTaskFilter"));
    m_taskFilter->addItem(tr("All tasks"), qint64(0));
    m_taskFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_statusFilter = new QComboBox(page);
    m_statusFilter->setObjectName(QStringLiteral("runStatusFilter"));
    m_statusFilter->addItem(tr("Any status"), QString());
    for (RunStatus s :
         {RunStatus::Running, RunStatus::Succeeded, RunStatus::Failed, RunStatus::Partial,
          RunStatus::Skipped, RunStatus::Cancelled, RunStatus::Interrupted, RunStatus::Pending})
        m_statusFilter->addItem(StatusStyle::icon(s), StatusStyle::label(s), toString(s));

    // Typing waits for a pause before it asks the database.
    m_filterDelay = new QTimer(this);
    m_filterDelay->setSingleShot(true);
    m_filterDelay->setInterval(250);
    connect(m_filterDelay, &QTimer::timeout, this, &RunsPage::applyFilter);
    connect(m_filter, &QLineEdit::textChanged, m_filterDelay, qOverload<>(&QTimer::start));
    connect(m_taskFilter, &QComboBox::currentIndexChanged, this, &RunsPage::applyFilter);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &RunsPage::applyFilter);
}

QList<QTableView *> RunsPage::tables() const {
    return {m_runTable, m_executionTable};
}

void RunsPage::setTasks(const QList<Task> &unsorted) {
    const qint64 chosen = m_taskFilter->currentData().toLongLong();
    QSignalBlocker block(m_taskFilter);
    m_taskFilter->clear();
    m_taskFilter->addItem(tr("All tasks"), qint64(0));
    QList<Task> tasks = unsorted;
    std::sort(tasks.begin(), tasks.end(), [](const Task &a, const Task &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    for (const Task &t : tasks)
        m_taskFilter->addItem(t.name, t.id);
    const int index = m_taskFilter->findData(chosen);
    m_taskFilter->setCurrentIndex(qMax(0, index));
    if (index < 0 && chosen != 0)
        applyFilter(); // the chosen task is gone
}

void RunsPage::setServerNames(const QHash<qint64, QString> &names) {
    m_executions->setServerNames(names);
}

void RunsPage::setEngineId(const QString &engineId) {
    m_follower->setEngineId(engineId);
}

void RunsPage::applyFilter() {
    RunService::PageFilter filter;
    filter.taskId = m_taskFilter->currentData().toLongLong();
    filter.taskNameContains = m_filter->text().trimmed();
    const QString status = m_statusFilter->currentData().toString();
    if (!status.isEmpty())
        filter.status = enumFromString<RunStatus>(status);
    m_runs->setFilter(filter);
}

ReportService::Filter RunsPage::exportFilter(const QList<Task> &tasks) const {
    ReportService::Filter filter;
    const RunService::PageFilter &runs = m_runs->filter();
    filter.taskId = runs.taskId;
    if (filter.taskId == 0 && !runs.taskNameContains.isEmpty()) {
        // The export filters by one task: a name filter that matches exactly one task is it.
        qint64 only = 0;
        int matches = 0;
        for (const Task &t : tasks) {
            if (t.name.contains(runs.taskNameContains, Qt::CaseInsensitive)) {
                only = t.id;
                ++matches;
            }
        }
        if (matches == 1)
            filter.taskId = only;
    }
    if (runs.status)
        filter.status = executionStatusFor(*runs.status);
    return filter;
}

qint64 RunsPage::selectedRunId() const {
    return TableViews::selectedId(m_runTable);
}

qint64 RunsPage::selectedExecutionId() const {
    return TableViews::selectedId(m_executionTable);
}

qint64 RunsPage::taskOfSelectedRun() const {
    const int row = m_runs->rowOfRun(selectedRunId());
    return row < 0 ? 0 : m_runs->rowAt(row).run.taskId;
}

bool RunsPage::selectedRunActive() const {
    const int row = m_runs->rowOfRun(selectedRunId());
    return row >= 0 && StatusStyle::isActive(m_runs->rowAt(row).run.status);
}

void RunsPage::restoreState(const QSettings &settings) {
    m_runsSplitter->restoreState(settings.value(QStringLiteral("runsSplitter")).toByteArray());
    m_detailSplitter->restoreState(settings.value(QStringLiteral("detailSplitter")).toByteArray());
}

void RunsPage::saveState(QSettings &settings) const {
    settings.setValue(QStringLiteral("runsSplitter"), m_runsSplitter->saveState());
    settings.setValue(QStringLiteral("detailSplitter"), m_detailSplitter->saveState());
}

void RunsPage::poll() {
    m_runs->poll();
    m_follower->poll();
    // Durations of running executions tick.
    for (const Execution &e : m_executions->rows()) {
        if (e.status == ExecutionStatus::Running) {
            emit m_executions->dataChanged(
                m_executions->index(0, ExecutionTableModel::Duration),
                m_executions->index(m_executions->rowCount() - 1, ExecutionTableModel::Duration));
            break;
        }
    }
}

void RunsPage::reload() {
    m_runs->reload();
}

void RunsPage::showRun(qint64 runId) {
    m_executions->showRun(runId);
    m_follower->follow(0);
    if (runId)
        loadExecutions(runId);
}

void RunsPage::loadExecutions(qint64 runId) {
    if (m_executionsLoading)
        return;
    m_executionsLoading = true;
    m_calls.host().read(
        this, [runId](Services &services) { return services.runs.executionsOf(runId); },
        [this, runId](StoreResult<QList<Execution>> executions) {
            m_executionsLoading = false;
            if (!executions) {
                emit m_calls.message(executions.error().toString(), 10000);
                return;
            }
            const bool first = m_executions->rowCount() == 0;
            m_executions->setExecutions(runId, executions.value());
            if (runId != m_executions->runId())
                return;
            if (m_pendingExecution) {
                selectExecution(m_pendingExecution);
                m_pendingExecution = 0;
            }
            // The first execution's output is shown at once: one click to see a result.
            if (first && m_executions->rowCount() > 0 &&
                !m_executionTable->selectionModel()->hasSelection())
                m_executionTable->selectRow(0);
            m_follower->executionsReloaded();
        });
}

void RunsPage::showMatch(qint64 runId, qint64 executionId, const QString &text) {
    m_log->highlightMatches(executionId, text);
    m_pendingExecution = executionId;
    const int row = m_runs->rowOfRun(runId);
    if (row >= 0) {
        const QModelIndex at = m_runsProxy->mapFromSource(m_runs->index(row, 0));
        if (selectedRunId() == runId) {
            selectExecution(executionId);
            m_pendingExecution = 0;
        } else {
            m_runTable->selectRow(at.row());
            m_runTable->scrollTo(at);
        }
        return;
    }
    // Older than the loaded page of runs: shown without a selection in the runs table.
    m_runTable->clearSelection();
    showRun(runId);
}

void RunsPage::selectExecution(qint64 executionId) {
    const QList<Execution> &rows = m_executions->rows();
    for (int i = 0; i < rows.size(); ++i) {
        if (rows.at(i).id != executionId)
            continue;
        const QModelIndex at = m_executionsProxy->mapFromSource(m_executions->index(i, 0));
        m_executionTable->selectRow(at.row());
        m_executionTable->scrollTo(at);
        return;
    }
}

void RunsPage::cancelSelected() {
    const qint64 runId = selectedRunId();
    const int row = m_runs->rowOfRun(runId);
    if (row < 0)
        return;
    m_calls.confirm(QStringLiteral("confirmCancel"), tr("Cancel run"),
                    tr("Cancel run %1 of %2? Commands still running on servers are stopped.")
                        .arg(runId)
                        .arg(m_runs->rowAt(row).taskName),
                    tr("Cancel run"), [this, runId] {
                        m_calls.change(
                            tr("Run %1 cancelled").arg(runId),
                            [runId](Services &services) {
                                return services.runs.cancel(runId, Actor::console());
                            },
                            [this] { m_runs->poll(); });
                    });
}

void RunsPage::compareSelected() {
    const qint64 executionId = selectedExecutionId();
    if (!executionId)
        return;
    auto *dialog = new OutputDiffDialog(m_calls.host(), executionId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace fleetcron
