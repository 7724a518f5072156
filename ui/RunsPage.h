#pragma once

#include "model/Task.h"
#include "service/ReportService.h"

#include <QWidget>

class QAction;
class QComboBox;
class QLineEdit;
class QSettings;
class QSortFilterProxyModel;
class QSplitter;
class QTimer;
class QTableView;

namespace fleetcron {

class ExecutionLogView;
class ExecutionTableModel;
class OutputFollower;
class OutputSearchPanel;
class RunTableModel;
class ServiceCalls;

// The Runs view: every engine's runs (newest first, filtered in the query), the selected run's
// executions and the selected execution's output, kept current by the engine's signals and by
// poll(). Cancelling a run goes through RunService.
class RunsPage : public QWidget {
    Q_OBJECT
public:
    RunsPage(ServiceCalls &calls, QWidget *parent = nullptr);

    RunTableModel *runs() const { return m_runs; }
    QList<QTableView *> tables() const;
    // The Runs view's task choice follows the tasks, keeping what was chosen.
    void setTasks(const QList<Task> &tasks);
    void setServerNames(const QHash<qint64, QString> &names);
    void setEngineId(const QString &engineId);
    // What the view shows, as the executions filter a CSV export uses; a name filter that
    // matches exactly one of `tasks` is that task.
    ReportService::Filter exportFilter(const QList<Task> &tasks) const;

    OutputSearchPanel *outputSearch() const { return m_search; }
    ExecutionLogView *logView() const { return m_log; }
    // "Compare with previous run…" for the selected execution (also the table's context menu).
    QAction *compareAction() const { return m_compare; }
    // Shows that run and execution, with `text` highlighted in its output (output search).
    void showMatch(qint64 runId, qint64 executionId, const QString &text);

    qint64 selectedRunId() const;
    qint64 selectedExecutionId() const;
    qint64 taskOfSelectedRun() const;
    bool selectedRunActive() const;

    void restoreState(const QSettings &settings);
    void saveState(QSettings &settings) const;

public slots:
    // New and active runs, the shown run's executions, another engine's output. Every second.
    void poll();
    void reload();
    void cancelSelected();
    // Opens the selected execution's output beside the previous run's (OutputDiffDialog).
    void compareSelected();

signals:
    void selectionChanged();

private:
    void createFilters(QWidget *page);
    void applyFilter();
    void showRun(qint64 runId);
    void loadExecutions(qint64 runId);
    void selectExecution(qint64 executionId);

    ServiceCalls &m_calls;
    RunTableModel *m_runs = nullptr;
    ExecutionTableModel *m_executions = nullptr;
    OutputFollower *m_follower = nullptr;
    QSortFilterProxyModel *m_runsProxy = nullptr;
    QSortFilterProxyModel *m_executionsProxy = nullptr;
    QTableView *m_runTable = nullptr;
    QTableView *m_executionTable = nullptr;
    QLineEdit *m_filter = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QComboBox *m_taskFilter = nullptr;
    QSplitter *m_runsSplitter = nullptr;
    QSplitter *m_detailSplitter = nullptr;
    ExecutionLogView *m_log = nullptr;
    QTimer *m_filterDelay = nullptr;
    bool m_executionsLoading = false;
    OutputSearchPanel *m_search = nullptr;
    QAction *m_compare = nullptr;
    qint64 m_pendingExecution = 0; // to select once its run's executions are loaded
};

} // namespace fleetcron
