#pragma once

#include "MainWindowActions.h"
#include "core/EngineStatus.h"
#include "service/ReportService.h"

#include <QMainWindow>

class QLabel;
class QSystemTrayIcon;
class QTabWidget;
class QTableView;
class QTimer;

namespace fleetcron {

class AuditPage;
class EngineHost;
class FailureNotifier;
class RunsPage;
class ServersPage;
class ServiceCalls;
class TasksPage;

// The console an operator runs a fleet from: the window frame (toolbar, menus, status bar,
// tray, saved layout) around four pages, Servers, Tasks, Runs and Audit, each of which owns
// its table and acts through the services. Everything shown comes from the database (read on
// EngineHost's reader thread), so runs of a daemon sharing the database appear as well as the
// console's own. Dialogs are not made here: the *Requested signals ask for them.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    enum View { ServersView, TasksView, RunsView, AuditView };

    explicit MainWindow(EngineHost &engine, QWidget *parent = nullptr);
    ~MainWindow() override;

    void showStatus(const fleetcron::EngineStatus &status);
    void showStorageState(const QString &problem);
    void showView(View view);

    // What the Runs view shows, as the executions filter a CSV export uses.
    ReportService::Filter runsExportFilter() const;

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
    void importRequested();
    void notificationsRequested();
    void chartsRequested(qint64 taskId);
    void exportRequested(const fleetcron::ReportService::Filter &filter);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createPages();
    void connectActions();
    void createMenus();
    void createTray();
    void restoreSettings();
    void saveSettings() const;
    void updateActions();
    void countActiveRuns();
    void refresh();
    QList<QTableView *> tables() const;
    // The task the Run now and Charts actions mean: the Runs view's selected run's, else the
    // selected task.
    qint64 currentTaskId() const;

    EngineHost &m_engine;
    EngineStatus m_status;
    ServiceCalls *m_calls = nullptr;

    QTabWidget *m_views = nullptr;
    ServersPage *m_serversPage = nullptr;
    TasksPage *m_tasksPage = nullptr;
    RunsPage *m_runsPage = nullptr;
    AuditPage *m_auditPage = nullptr;
    QLabel *m_statusText = nullptr;
    QLabel *m_storageText = nullptr;
    QLabel *m_runsText = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    FailureNotifier *m_notifier = nullptr;
    QTimer *m_pollTimer = nullptr;

    MainWindowActions m_actions;

    int m_pollTicks = 0;
    bool m_serversLoading = false;
};

} // namespace fleetcron
