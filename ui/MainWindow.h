#pragma once

#include "core/EngineStatus.h"
#include "store/ExecutionOutputChunk.h"
#include "store/ExecutionRepository.h"
#include "store/RunListRow.h"

#include <QMainWindow>

#include <functional>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QSplitter;
class QSystemTrayIcon;
class QTabWidget;
class QTableView;

namespace fleetcron {

class Engine;
class EngineHost;
class ExecutionLogView;
class ExecutionTableModel;
class FailureNotifier;
class RunTableModel;
class ServerTableModel;
class TaskTableModel;
struct Execution;

// The console an operator runs a fleet from: Servers, Tasks and Runs views over table models,
// a run's executions and an execution's live output, actions that go to the engine through
// EngineHost, and a status bar and tray that say how the fleet is doing. Everything it shows
// comes from the database (read on EngineHost's reader thread), so runs of a daemon sharing
// the database appear as well as the console's own; the console's engine adds its live output
// as it arrives. Dialogs are not made here: the *Requested signals ask for them.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    enum View { ServersView, TasksView, RunsView };

    explicit MainWindow(EngineHost &engine, QWidget *parent = nullptr);
    ~MainWindow() override;

    void showStatus(const fleetcron::EngineStatus &status);
    void showView(View view);

    // What the Runs view shows, as the executions filter a CSV export uses.
    ExecutionRepository::Filter runsExportFilter() const;

    qint64 selectedServerId() const;
    qint64 selectedTaskId() const;
    qint64 selectedRunId() const;
    qint64 selectedExecutionId() const;

public slots:
    // Reads servers and tasks again (after a dialog saved one, for instance).
    void reloadServersAndTasks();
    // Asks the database what changed: new and active runs, the shown run's executions and the
    // shown execution's output when another engine runs it. Called every second.
    void poll();

signals:
    void addServerRequested();
    void editServerRequested(qint64 serverId);
    void addTaskRequested();
    void editTaskRequested(qint64 taskId);
    void settingsRequested();
    void chartsRequested(qint64 taskId);
    void exportRequested(const fleetcron::ExecutionRepository::Filter &filter);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createViews();
    QWidget *createServersPage();
    QWidget *createTasksPage();
    QWidget *createRunsPage();
    void createActions();
    void createTray();
    void restoreSettings();
    void saveSettings() const;
    void updateActions();
    void applyRunsFilter();
    void countActiveRuns();

    void showRun(qint64 runId);
    void loadExecutions(qint64 runId);
    void showExecution(qint64 executionId);
    void loadLog(qint64 executionId);
    void pollLog();
    void onOutputBatch(const QList<fleetcron::ExecutionOutputChunk> &chunks);
    void onExecutionFinished(const fleetcron::Execution &execution);

    void runNow();
    void cancelRun();
    void setTaskEnabled(bool enabled);
    void deleteServer();
    void deleteTask();
    void deleteSelected();
    void testConnection();
    // Runs `job` on the engine thread; an error it returns is shown, success is reported in
    // the status bar and `then` runs.
    void callEngine(const QString &done, std::function<QString(Engine &)> job,
                    std::function<void()> then = {});
    void confirm(const QString &objectName, const QString &title, const QString &question,
                 const QString &yes, std::function<void()> onYes);
    void showError(const QString &message);
    qint64 idAt(const QTableView *view) const;
    qint64 taskOfSelectedRun() const;

    EngineHost &m_engine;
    EngineStatus m_status;

    QTabWidget *m_views = nullptr;
    ServerTableModel *m_servers = nullptr;
    TaskTableModel *m_tasks = nullptr;
    RunTableModel *m_runs = nullptr;
    ExecutionTableModel *m_executions = nullptr;
    QSortFilterProxyModel *m_serversProxy = nullptr;
    QSortFilterProxyModel *m_tasksProxy = nullptr;
    QSortFilterProxyModel *m_runsProxy = nullptr;
    QSortFilterProxyModel *m_executionsProxy = nullptr;
    QTableView *m_serverTable = nullptr;
    QTableView *m_taskTable = nullptr;
    QTableView *m_runTable = nullptr;
    QTableView *m_executionTable = nullptr;
    QLineEdit *m_serverFilter = nullptr;
    QLineEdit *m_taskFilter = nullptr;
    QLineEdit *m_runFilter = nullptr;
    QComboBox *m_runStatusFilter = nullptr;
    QComboBox *m_runTaskFilter = nullptr;
    QSplitter *m_runsSplitter = nullptr;
    QSplitter *m_detailSplitter = nullptr;
    ExecutionLogView *m_log = nullptr;
    QLabel *m_statusText = nullptr;
    QLabel *m_runsText = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    FailureNotifier *m_notifier = nullptr;
    QTimer *m_pollTimer = nullptr;
    QTimer *m_filterDelay = nullptr;

    QAction *m_addServer = nullptr;
    QAction *m_editServer = nullptr;
    QAction *m_deleteServer = nullptr;
    QAction *m_testConnection = nullptr;
    QAction *m_addTask = nullptr;
    QAction *m_editTask = nullptr;
    QAction *m_deleteTask = nullptr;
    QAction *m_enableTask = nullptr;
    QAction *m_disableTask = nullptr;
    QAction *m_runNow = nullptr;
    QAction *m_cancelRun = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_export = nullptr;
    QAction *m_charts = nullptr;
    QAction *m_settings = nullptr;
    QAction *m_refresh = nullptr;
    QAction *m_quit = nullptr;

    int m_pollTicks = 0;
    bool m_serversLoading = false;
    bool m_executionsLoading = false;

    // The execution whose output is shown, and how its new output arrives: from this
    // console's engine (outputBatch) or, for another engine's, by polling execution_output.
    struct LogState {
        qint64 executionId = 0;
        bool ended = false;
        bool loading = false;
        bool fromOwnEngine = false;
        bool polling = false;
        int lastSeq = -1;
        QList<ExecutionOutputChunk> heldBack; // live output that came while loading
    } m_logState;
};

} // namespace fleetcron
