#include "MainWindow.h"

#include "AuditPage.h"
#include "FailureNotifier.h"
#include "RunTableModel.h"
#include "RunsPage.h"
#include "ServersPage.h"
#include "ServiceCalls.h"
#include "StatusStyle.h"
#include "TableViews.h"
#include "TasksPage.h"
#include "core/EngineEvents.h"
#include "runtime/EngineHost.h"
#include "service/Services.h"

#include <QAction>
#include <QCloseEvent>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>

#include <algorithm>

namespace fleetcron {
namespace {

constexpr int pollIntervalMs = 1000;
// Servers and tasks change rarely (and this console reloads them after its own edits).
constexpr int serverTaskPollTicks = 5;

struct ServersAndTasks {
    StoreResult<QList<Server>> live;
    StoreResult<QList<Server>> all; // removed ones too: history still names them
    StoreResult<QList<Task>> tasks;
    StoreResult<QList<NotificationRule>> rules; // a tray rule for failures mutes the default
};

} // namespace

MainWindow::MainWindow(EngineHost &engine, QWidget *parent)
    : QMainWindow(parent)
    , m_engine(engine) {
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Fleetcron"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/fleetcron.svg")));
    m_calls = new ServiceCalls(engine, this);
    connect(m_calls, &ServiceCalls::message, statusBar(), &QStatusBar::showMessage);
    createPages();
    m_actions.create(this);
    connectActions();
    createMenus();
    createTray();

    m_statusText = new QLabel(tr("Engine starting"), this);
    m_statusText->setObjectName(QStringLiteral("engineState"));
    m_runsText = new QLabel(this);
    m_runsText->setObjectName(QStringLiteral("runsState"));
    // Shown only while the store refuses writes: an operator must see that results wait in
    // memory (and would be lost with the process) before the log tells them.
    m_storageText = new QLabel(this);
    m_storageText->setObjectName(QStringLiteral("storageState"));
    m_storageText->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold"));
    m_storageText->setWordWrap(false);
    m_storageText->hide();
    statusBar()->addPermanentWidget(m_storageText);
    statusBar()->addPermanentWidget(m_runsText);
    statusBar()->addPermanentWidget(m_statusText);
    connect(&m_engine, &EngineHost::statusChanged, this, &MainWindow::showStatus);
    connect(&m_engine.events(), &EngineEvents::storageStateChanged, this,
            &MainWindow::showStorageState);

    m_pollTimer = new QTimer(this);
    m_pollTimer->setInterval(pollIntervalMs);
    connect(m_pollTimer, &QTimer::timeout, this, &MainWindow::poll);
    m_pollTimer->start();

    resize(1200, 760);
    restoreSettings();
    for (QTableView *view : tables())
        TableViews::fitColumnsUntilResized(view, m_views);
    reloadServersAndTasks();
    m_runsPage->reload();
    if (m_views->currentIndex() == AuditView)
        m_auditPage->reload();
    updateActions();
}

MainWindow::~MainWindow() = default;

void MainWindow::createPages() {
    m_serversPage = new ServersPage(*m_calls, this);
    m_tasksPage = new TasksPage(*m_calls, this);
    m_runsPage = new RunsPage(*m_calls, this);
    m_auditPage = new AuditPage(m_engine, this);
    m_views = new QTabWidget(this);
    m_views->setObjectName(QStringLiteral("views"));
    m_views->setDocumentMode(true);
    m_views->addTab(m_serversPage, tr("&Servers"));
    m_views->addTab(m_tasksPage, tr("&Tasks"));
    m_views->addTab(m_runsPage, tr("&Runs"));
    m_views->addTab(m_auditPage, tr("&Audit log"));
    setCentralWidget(m_views);
    connect(m_views, &QTabWidget::currentChanged, this, [this](int view) {
        // The audit log is read when it is looked at, not polled.
        if (view == AuditView)
            m_auditPage->reload();
        updateActions();
    });

    connect(m_serversPage, &ServersPage::changed, this, &MainWindow::reloadServersAndTasks);
    connect(m_tasksPage, &TasksPage::changed, this, &MainWindow::reloadServersAndTasks);
    connect(m_serversPage, &ServersPage::selectionChanged, this, &MainWindow::updateActions);
    connect(m_serversPage, &ServersPage::editRequested, this, &MainWindow::editServerRequested);
    connect(m_tasksPage, &TasksPage::selectionChanged, this, &MainWindow::updateActions);
    connect(m_tasksPage, &TasksPage::editRequested, this, &MainWindow::editTaskRequested);
    connect(m_tasksPage, &TasksPage::runStarted, m_runsPage->runs(), &RunTableModel::poll);
    connect(m_tasksPage, &TasksPage::deleted, m_runsPage, &RunsPage::reload);
    connect(m_runsPage, &RunsPage::selectionChanged, this, &MainWindow::updateActions);

    RunTableModel *runs = m_runsPage->runs();
    connect(runs, &RunTableModel::loadFailed, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    connect(runs, &QAbstractItemModel::rowsInserted, this, &MainWindow::countActiveRuns);
    connect(runs, &QAbstractItemModel::modelReset, this, &MainWindow::countActiveRuns);
    connect(runs, &QAbstractItemModel::dataChanged, this, &MainWindow::countActiveRuns);
}

void MainWindow::connectActions() {
    connect(m_actions.addServer, &QAction::triggered, this, &MainWindow::addServerRequested);
    connect(m_actions.editServer, &QAction::triggered, m_serversPage, &ServersPage::editSelected);
    connect(m_actions.deleteServer, &QAction::triggered, m_serversPage,
            &ServersPage::removeSelected);
    // The server dialog tests the connection with what the operator is editing (and can re-pin
    // a changed host key there), so testing opens it.
    connect(m_actions.testConnection, &QAction::triggered, m_serversPage,
            &ServersPage::editSelected);
    connect(m_actions.addTask, &QAction::triggered, this, &MainWindow::addTaskRequested);
    connect(m_actions.editTask, &QAction::triggered, m_tasksPage, &TasksPage::editSelected);
    connect(m_actions.deleteTask, &QAction::triggered, m_tasksPage, &TasksPage::deleteSelected);
    connect(m_actions.enableTask, &QAction::triggered, this,
            [this] { m_tasksPage->setSelectedEnabled(true); });
    connect(m_actions.disableTask, &QAction::triggered, this,
            [this] { m_tasksPage->setSelectedEnabled(false); });
    connect(m_actions.runNow, &QAction::triggered, this,
            [this] { m_tasksPage->runTask(currentTaskId()); });
    connect(m_actions.cancelRun, &QAction::triggered, m_runsPage, &RunsPage::cancelSelected);
    connect(m_actions.deleteSelected, &QAction::triggered, this, [this] {
        if (m_views->currentIndex() == ServersView)
            m_serversPage->removeSelected();
        else if (m_views->currentIndex() == TasksView)
            m_tasksPage->deleteSelected();
    });
    connect(m_actions.exportCsv, &QAction::triggered, this,
            [this] { emit exportRequested(runsExportFilter()); });
    connect(m_actions.charts, &QAction::triggered, this,
            [this] { emit chartsRequested(currentTaskId()); });
    connect(m_actions.settings, &QAction::triggered, this, &MainWindow::settingsRequested);
    connect(m_actions.importFile, &QAction::triggered, this, &MainWindow::importRequested);
    connect(m_actions.notifications, &QAction::triggered, this,
            &MainWindow::notificationsRequested);
    connect(m_actions.refresh, &QAction::triggered, this, &MainWindow::refresh);
    connect(m_actions.quit, &QAction::triggered, this, &QWidget::close);
}

QList<QTableView *> MainWindow::tables() const {
    return QList<QTableView *>{m_serversPage->table(), m_tasksPage->table()} +
           m_runsPage->tables() + QList<QTableView *>{m_auditPage->table()};
}

void MainWindow::restoreSettings() {
    QSettings settings;
    settings.beginGroup(QStringLiteral("console"));
    if (settings.contains(QStringLiteral("geometry")))
        restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("state")).toByteArray());
    m_runsPage->restoreState(settings);
    for (QTableView *view : tables()) {
        const QByteArray header =
            settings.value(view->objectName() + QStringLiteral("Header")).toByteArray();
        if (!header.isEmpty() && view->horizontalHeader()->restoreState(header))
            view->setProperty("headerRestored", true);
    }
    m_views->setCurrentIndex(settings.value(QStringLiteral("view"), int(TasksView)).toInt());
    settings.endGroup();
}

void MainWindow::saveSettings() const {
    QSettings settings;
    settings.beginGroup(QStringLiteral("console"));
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("state"), saveState());
    m_runsPage->saveState(settings);
    for (QTableView *view : tables())
        settings.setValue(view->objectName() + QStringLiteral("Header"),
                          view->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("view"), m_views->currentIndex());
    settings.endGroup();
}

void MainWindow::closeEvent(QCloseEvent *event) {
    saveSettings();
    if (m_tray)
        m_tray->hide();
    QMainWindow::closeEvent(event);
}

void MainWindow::countActiveRuns() {
    // Every engine's runs, as far as they are loaded (the newest, where active ones are).
    int active = 0;
    for (const RunListRow &row : m_runsPage->runs()->rows())
        active += StatusStyle::isActive(row.run.status) ? 1 : 0;
    m_runsText->setText(tr("%n run(s) active", nullptr, active));
}

void MainWindow::showView(View view) {
    m_views->setCurrentIndex(int(view));
}

void MainWindow::showStorageState(const QString &problem) {
    m_storageText->setVisible(!problem.isEmpty());
    m_storageText->setText(problem.isEmpty() ? QString() : tr("Database refuses writes"));
    m_storageText->setToolTip(
        problem.isEmpty()
            ? QString()
            : tr("The database refuses writes: %1\nNo scheduled run starts, and finished results "
                 "are kept in memory and written as soon as it takes them again; do not quit "
                 "Fleetcron until then.")
                  .arg(problem));
}

void MainWindow::showStatus(const EngineStatus &status) {
    m_status = status;
    m_runsPage->setEngineId(status.engineId);
    if (!status.error.isEmpty()) {
        m_statusText->setText(tr("Engine stopped: %1").arg(status.error));
        return;
    }
    if (!status.running) {
        m_statusText->setText(tr("Engine stopped"));
        return;
    }
    const QString next =
        status.nextFireAt.isValid()
            ? QLocale().toString(status.nextFireAt.toLocalTime(), QLocale::ShortFormat)
            : tr("nothing scheduled");
    m_statusText->setText(
        tr("Engine running · %n execution(s) running", nullptr, status.runningExecutions) +
        tr(" · next run %1").arg(next));
    m_statusText->setToolTip(tr("Database: %1 (schema %2)\nEngine: %3")
                                 .arg(status.database)
                                 .arg(status.schemaVersion)
                                 .arg(status.engineId));
}

ReportService::Filter MainWindow::runsExportFilter() const {
    return m_runsPage->exportFilter(m_tasksPage->tasks());
}

qint64 MainWindow::selectedServerId() const {
    return m_serversPage->selectedId();
}

qint64 MainWindow::selectedTaskId() const {
    return m_tasksPage->selectedId();
}

qint64 MainWindow::selectedRunId() const {
    return m_runsPage->selectedRunId();
}

qint64 MainWindow::selectedExecutionId() const {
    return m_runsPage->selectedExecutionId();
}

qint64 MainWindow::currentTaskId() const {
    return m_views->currentIndex() == RunsView ? m_runsPage->taskOfSelectedRun() : selectedTaskId();
}

void MainWindow::updateActions() {
    const int view = m_views->currentIndex();
    const bool server = selectedServerId() != 0;
    m_actions.editServer->setEnabled(server);
    m_actions.deleteServer->setEnabled(server);
    m_actions.testConnection->setEnabled(server);
    const Task *task = m_tasksPage->selected();
    m_actions.editTask->setEnabled(task != nullptr);
    m_actions.deleteTask->setEnabled(task != nullptr);
    m_actions.enableTask->setEnabled(task && !task->enabled);
    m_actions.disableTask->setEnabled(task && task->enabled);
    m_actions.runNow->setEnabled(currentTaskId() != 0 && (view == TasksView || view == RunsView));
    m_actions.cancelRun->setEnabled(view == RunsView && m_runsPage->selectedRunActive());
    m_actions.deleteSelected->setEnabled(
        view == ServersView ? server : view == TasksView && task != nullptr);
}

void MainWindow::refresh() {
    reloadServersAndTasks();
    m_runsPage->reload();
    if (m_views->currentIndex() == AuditView)
        m_auditPage->reload();
}

void MainWindow::reloadServersAndTasks() {
    if (m_serversLoading)
        return;
    m_serversLoading = true;
    m_engine.read(
        this,
        [](Services &services) {
            ServerService::Filter all;
            all.includeDeleted = true;
            return ServersAndTasks{services.servers.list(), services.servers.list(all),
                                   services.tasks.list(), services.notifications.list()};
        },
        [this](ServersAndTasks read) {
            m_serversLoading = false;
            if (!read.live || !read.all || !read.tasks) {
                statusBar()->showMessage(!read.live ? read.live.error().toString()
                                                    : (!read.all ? read.all.error().toString()
                                                                 : read.tasks.error().toString()),
                                         10000);
                return;
            }
            m_serversPage->setServers(read.live.value());
            m_tasksPage->setTasks(read.tasks.value());
            QHash<qint64, QString> names;
            for (const Server &s : read.all.value())
                names.insert(s.id, s.name);
            m_runsPage->setServerNames(names);
            m_runsPage->setTasks(read.tasks.value());
            if (read.rules)
                m_notifier->setFailuresByRule(std::any_of(
                    read.rules->cbegin(), read.rules->cend(), [](const NotificationRule &r) {
                        return r.channel == QStringLiteral("tray") &&
                               r.wants(QStringLiteral("failure"));
                    }));
            updateActions();
        });
}

void MainWindow::poll() {
    ++m_pollTicks;
    m_runsPage->poll();
    if (m_pollTicks % serverTaskPollTicks == 0)
        reloadServersAndTasks();
}

} // namespace fleetcron
