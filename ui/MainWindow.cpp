#include "MainWindow.h"

#include "ExecutionLogView.h"
#include "ExecutionTableModel.h"
#include "FailureNotifier.h"
#include "RunTableModel.h"
#include "ServerTableModel.h"
#include "StatusStyle.h"
#include "TaskTableModel.h"
#include "core/Engine.h"
#include "runtime/EngineHost.h"
#include "store/Database.h"
#include "store/ServerRepository.h"
#include "store/TaskRepository.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace fleetcron {
namespace {

constexpr int pollIntervalMs = 1000;
// Servers and tasks change rarely (and this console reloads them after its own edits).
constexpr int serverTaskPollTicks = 5;

struct ServersAndTasks {
    StoreResult<QList<Server>> live;
    StoreResult<QList<Server>> all; // removed ones too: history still names them
    StoreResult<QList<Task>> tasks;
};

struct LogRead {
    StoreResult<Execution> execution;
    StoreResult<QList<ExecutionOutputChunk>> chunks;
};

struct ExecutionsRead {
    StoreResult<QList<Execution>> executions;
};

QTableView *makeTable(const QString &objectName, QWidget *parent) {
    auto *view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setSortingEnabled(true);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setHighlightSections(false);
    return view;
}

// Columns take the widths of their contents as rows arrive, until the operator resizes one
// (or saved widths were restored); capped so one long command does not push the rest away.
void fitColumnsUntilResized(QTableView *view, QTabWidget *tabs) {
    QHeaderView *header = view->horizontalHeader();
    auto fitting = std::make_shared<bool>(false);
    auto fit = [view, header, fitting] {
        // Only rows on screen are measured: a hidden view waits until its tab is shown.
        if (view->property("headerRestored").toBool() || view->model()->rowCount() == 0 ||
            !view->isVisible())
            return;
        *fitting = true;
        for (int i = 0; i < header->count(); ++i) {
            view->resizeColumnToContents(i);
            header->resizeSection(i, qMin(header->sectionSize(i) + 12, 360));
        }
        *fitting = false;
    };
    QObject::connect(header, &QHeaderView::sectionResized, view, [view, header, fitting](int i) {
        // The last section stretches with the view by itself; that is not the operator.
        if (!*fitting && i != header->count() - 1)
            view->setProperty("headerRestored", true); // the operator's widths win
    });
    // After the event loop has laid the view out.
    auto later = [view, fit] { QTimer::singleShot(0, view, fit); };
    QObject::connect(view->model(), &QAbstractItemModel::rowsInserted, view, later);
    QObject::connect(view->model(), &QAbstractItemModel::modelReset, view, later);
    QObject::connect(tabs, &QTabWidget::currentChanged, view, later);
}

QSortFilterProxyModel *makeProxy(QAbstractItemModel *source, QObject *parent) {
    auto *proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(source);
    proxy->setSortRole(RowListModel<Server>::SortRole);
    proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy->setFilterKeyColumn(-1);
    return proxy;
}

QAction *makeAction(QObject *parent, const QString &objectName, const QString &text,
                    const QKeySequence &shortcut, const QIcon &icon = {}) {
    auto *action = new QAction(icon, text, parent);
    action->setObjectName(objectName);
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    return action;
}

QKeySequence standardOr(QKeySequence::StandardKey key, const QString &fallback) {
    const QKeySequence standard(key);
    return standard.isEmpty() ? QKeySequence(fallback) : standard;
}

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

MainWindow::MainWindow(EngineHost &engine, QWidget *parent)
    : QMainWindow(parent)
    , m_engine(engine) {
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Fleetcron"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/fleetcron.svg")));
    createViews();
    createActions();
    createTray();

    m_statusText = new QLabel(tr("Engine starting"), this);
    m_statusText->setObjectName(QStringLiteral("engineState"));
    m_runsText = new QLabel(this);
    m_runsText->setObjectName(QStringLiteral("runsState"));
    statusBar()->addPermanentWidget(m_runsText);
    statusBar()->addPermanentWidget(m_statusText);

    connect(&m_engine, &EngineHost::statusChanged, this, &MainWindow::showStatus);
    connect(&m_engine, &EngineHost::outputBatch, this, &MainWindow::onOutputBatch);
    connect(&m_engine, &EngineHost::executionFinished, this, &MainWindow::onExecutionFinished);
    connect(&m_engine, &EngineHost::executionStarted, this,
            [this](qint64 executionId, qint64 runId, qint64) {
                m_executions->executionStarted(executionId, runId);
            });
    // The console's own runs show up at once instead of at the next poll.
    connect(&m_engine, &EngineHost::runStarted, this, [this] { m_runs->poll(); });
    connect(&m_engine, &EngineHost::runFinished, this, [this] { m_runs->poll(); });

    m_pollTimer = new QTimer(this);
    m_pollTimer->setInterval(pollIntervalMs);
    connect(m_pollTimer, &QTimer::timeout, this, &MainWindow::poll);
    m_pollTimer->start();

    resize(1200, 760);
    m_runsSplitter->setSizes({420, 340});
    m_detailSplitter->setSizes({480, 720});
    restoreSettings();
    for (QTableView *view : {m_serverTable, m_taskTable, m_runTable, m_executionTable})
        fitColumnsUntilResized(view, m_views);
    reloadServersAndTasks();
    m_runs->reload();
    updateActions();
}

MainWindow::~MainWindow() = default;

void MainWindow::createViews() {
    m_servers = new ServerTableModel(this);
    m_tasks = new TaskTableModel(this);
    m_runs = new RunTableModel(m_engine, this);
    m_executions = new ExecutionTableModel(this);

    m_views = new QTabWidget(this);
    m_views->setObjectName(QStringLiteral("views"));
    m_views->setDocumentMode(true);
    m_views->addTab(createServersPage(), tr("&Servers"));
    m_views->addTab(createTasksPage(), tr("&Tasks"));
    m_views->addTab(createRunsPage(), tr("&Runs"));
    setCentralWidget(m_views);
    connect(m_views, &QTabWidget::currentChanged, this, &MainWindow::updateActions);

    connect(m_runs, &RunTableModel::loadFailed, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    connect(m_runs, &QAbstractItemModel::rowsInserted, this, &MainWindow::countActiveRuns);
    connect(m_runs, &QAbstractItemModel::modelReset, this, &MainWindow::countActiveRuns);
    connect(m_runs, &QAbstractItemModel::dataChanged, this, &MainWindow::countActiveRuns);
    connect(m_runs, &RunTableModel::runsUpdated, this, [this](const QList<qint64> &ids) {
        // The shown run changed: its executions (status, new attempts) are read again.
        if (m_executions->runId() && ids.contains(m_executions->runId()))
            loadExecutions(m_executions->runId());
        updateActions();
    });
}

QWidget *MainWindow::createServersPage() {
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_serverFilter = new QLineEdit(page);
    m_serverFilter->setObjectName(QStringLiteral("serverFilter"));
    m_serverFilter->setPlaceholderText(tr("Filter servers by name, host, user or tag"));
    m_serverFilter->setClearButtonEnabled(true);
    m_serverTable = makeTable(QStringLiteral("serverTable"), page);
    m_serversProxy = makeProxy(m_servers, this);
    m_serverTable->setModel(m_serversProxy);
    m_serverTable->sortByColumn(ServerTableModel::Name, Qt::AscendingOrder);
    layout->addWidget(m_serverFilter);
    layout->addWidget(m_serverTable, 1);
    connect(m_serverFilter, &QLineEdit::textChanged, m_serversProxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_serverTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateActions);
    connect(m_serverTable, &QTableView::doubleClicked, this, [this] {
        if (const qint64 id = selectedServerId())
            emit editServerRequested(id);
    });
    return page;
}

QWidget *MainWindow::createTasksPage() {
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_taskFilter = new QLineEdit(page);
    m_taskFilter->setObjectName(QStringLiteral("taskFilter"));
    m_taskFilter->setPlaceholderText(tr("Filter tasks by name, schedule or command"));
    m_taskFilter->setClearButtonEnabled(true);
    m_taskTable = makeTable(QStringLiteral("taskTable"), page);
    m_tasksProxy = makeProxy(m_tasks, this);
    m_taskTable->setModel(m_tasksProxy);
    m_taskTable->sortByColumn(TaskTableModel::Name, Qt::AscendingOrder);
    layout->addWidget(m_taskFilter);
    layout->addWidget(m_taskTable, 1);
    connect(m_taskFilter, &QLineEdit::textChanged, m_tasksProxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_taskTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateActions);
    connect(m_taskTable, &QTableView::doubleClicked, this, [this] {
        if (const qint64 id = selectedTaskId())
            emit editTaskRequested(id);
    });
    return page;
}

QWidget *MainWindow::createRunsPage() {
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *filters = new QHBoxLayout;
    m_runFilter = new QLineEdit(page);
    m_runFilter->setObjectName(QStringLiteral("runFilter"));
    m_runFilter->setPlaceholderText(tr("Filter runs by task name"));
    m_runFilter->setClearButtonEnabled(true);
    m_runTaskFilter = new QComboBox(page);
    m_runTaskFilter->setObjectName(QStringLiteral("runTaskFilter"));
    m_runTaskFilter->addItem(tr("All tasks"), qint64(0));
    m_runTaskFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_runStatusFilter = new QComboBox(page);
    m_runStatusFilter->setObjectName(QStringLiteral("runStatusFilter"));
    m_runStatusFilter->addItem(tr("Any status"), QString());
    for (RunStatus s :
         {RunStatus::Running, RunStatus::Succeeded, RunStatus::Failed, RunStatus::Partial,
          RunStatus::Skipped, RunStatus::Cancelled, RunStatus::Interrupted, RunStatus::Pending})
        m_runStatusFilter->addItem(StatusStyle::icon(s), StatusStyle::label(s), toString(s));
    filters->addWidget(m_runFilter, 1);
    filters->addWidget(m_runTaskFilter);
    filters->addWidget(m_runStatusFilter);
    layout->addLayout(filters);

    m_runTable = makeTable(QStringLiteral("runTable"), page);
    m_runsProxy = makeProxy(m_runs, this);
    // Filtering happens in the query; the proxy only sorts what has been loaded.
    m_runsProxy->setFilterKeyColumn(0);
    m_runTable->setModel(m_runsProxy);
    m_runTable->sortByColumn(RunTableModel::Id, Qt::DescendingOrder);

    m_executionTable = makeTable(QStringLiteral("executionTable"), page);
    m_executionsProxy = makeProxy(m_executions, this);
    m_executionTable->setModel(m_executionsProxy);
    m_executionTable->sortByColumn(ExecutionTableModel::Id, Qt::AscendingOrder);
    m_log = new ExecutionLogView(page);
    m_log->setObjectName(QStringLiteral("executionLogView"));

    m_detailSplitter = new QSplitter(Qt::Horizontal, page);
    m_detailSplitter->setObjectName(QStringLiteral("detailSplitter"));
    m_detailSplitter->addWidget(m_executionTable);
    m_detailSplitter->addWidget(m_log);
    m_detailSplitter->setStretchFactor(0, 2);
    m_detailSplitter->setStretchFactor(1, 3);
    m_runsSplitter = new QSplitter(Qt::Vertical, page);
    m_runsSplitter->setObjectName(QStringLiteral("runsSplitter"));
    m_runsSplitter->addWidget(m_runTable);
    m_runsSplitter->addWidget(m_detailSplitter);
    m_runsSplitter->setStretchFactor(0, 1);
    m_runsSplitter->setStretchFactor(1, 1);
    layout->addWidget(m_runsSplitter, 1);

    // Typing waits for a pause before it asks the database.
    m_filterDelay = new QTimer(this);
    m_filterDelay->setSingleShot(true);
    m_filterDelay->setInterval(250);
    connect(m_filterDelay, &QTimer::timeout, this, &MainWindow::applyRunsFilter);
    connect(m_runFilter, &QLineEdit::textChanged, m_filterDelay, qOverload<>(&QTimer::start));
    connect(m_runTaskFilter, &QComboBox::currentIndexChanged, this, &MainWindow::applyRunsFilter);
    connect(m_runStatusFilter, &QComboBox::currentIndexChanged, this, &MainWindow::applyRunsFilter);

    connect(m_runTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const qint64 runId = selectedRunId();
        if (runId != m_executions->runId())
            showRun(runId);
        updateActions();
    });
    connect(m_executionTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] {
                const qint64 executionId = selectedExecutionId();
                if (executionId != m_logState.executionId)
                    showExecution(executionId);
            });
    return page;
}

void MainWindow::createActions() {
    QStyle *s = style();
    m_addServer = makeAction(this, QStringLiteral("actionAddServer"), tr("Add &server…"),
                             QKeySequence(tr("Ctrl+Shift+N")),
                             s->standardIcon(QStyle::SP_FileDialogNewFolder));
    m_editServer = makeAction(this, QStringLiteral("actionEditServer"), tr("&Edit server…"),
                              QKeySequence(tr("Ctrl+Shift+E")));
    m_deleteServer =
        makeAction(this, QStringLiteral("actionDeleteServer"), tr("&Remove server…"), {});
    m_testConnection = makeAction(this, QStringLiteral("actionTestConnection"),
                                  tr("&Test connection…"), QKeySequence(tr("Ctrl+Shift+T")));
    m_addTask = makeAction(this, QStringLiteral("actionAddTask"), tr("Add &task…"),
                           QKeySequence::New, s->standardIcon(QStyle::SP_FileIcon));
    m_editTask = makeAction(this, QStringLiteral("actionEditTask"), tr("Edit t&ask…"),
                            QKeySequence(tr("Ctrl+E")));
    m_deleteTask = makeAction(this, QStringLiteral("actionDeleteTask"), tr("&Delete task…"), {});
    m_enableTask = makeAction(this, QStringLiteral("actionEnableTask"), tr("E&nable task"),
                              QKeySequence(tr("Ctrl+Shift+B")));
    m_disableTask = makeAction(this, QStringLiteral("actionDisableTask"), tr("D&isable task"),
                               QKeySequence(tr("Ctrl+Shift+D")));
    m_runNow = makeAction(this, QStringLiteral("actionRunNow"), tr("&Run now"),
                          QKeySequence(tr("Ctrl+R")), s->standardIcon(QStyle::SP_MediaPlay));
    m_cancelRun =
        makeAction(this, QStringLiteral("actionCancelRun"), tr("&Cancel run…"),
                   QKeySequence(tr("Ctrl+Shift+K")), s->standardIcon(QStyle::SP_MediaStop));
    m_delete = makeAction(this, QStringLiteral("actionDelete"), tr("Delete selected…"),
                          QKeySequence::Delete);
    m_export = makeAction(this, QStringLiteral("actionExport"), tr("E&xport CSV…"),
                          standardOr(QKeySequence::SaveAs, tr("Ctrl+Shift+S")),
                          s->standardIcon(QStyle::SP_DialogSaveButton));
    m_charts = makeAction(this, QStringLiteral("actionCharts"), tr("C&harts…"),
                          QKeySequence(tr("Ctrl+Shift+H")));
    m_settings = makeAction(this, QStringLiteral("actionSettings"), tr("Se&ttings…"),
                            standardOr(QKeySequence::Preferences, tr("Ctrl+,")));
    m_refresh = makeAction(this, QStringLiteral("actionRefresh"), tr("Re&fresh"),
                           QKeySequence::Refresh, s->standardIcon(QStyle::SP_BrowserReload));
    m_quit = makeAction(this, QStringLiteral("actionQuit"), tr("&Quit"),
                        standardOr(QKeySequence::Quit, tr("Ctrl+Q")));
    m_runNow->setToolTip(tr("Run the selected task now on all its servers"));
    m_cancelRun->setToolTip(tr("Stop the selected run (asks first)"));
    m_testConnection->setToolTip(tr("Open the selected server to test its connection"));

    connect(m_addServer, &QAction::triggered, this, &MainWindow::addServerRequested);
    connect(m_editServer, &QAction::triggered, this, [this] {
        if (const qint64 id = selectedServerId())
            emit editServerRequested(id);
    });
    connect(m_deleteServer, &QAction::triggered, this, &MainWindow::deleteServer);
    connect(m_testConnection, &QAction::triggered, this, &MainWindow::testConnection);
    connect(m_addTask, &QAction::triggered, this, &MainWindow::addTaskRequested);
    connect(m_editTask, &QAction::triggered, this, [this] {
        if (const qint64 id = selectedTaskId())
            emit editTaskRequested(id);
    });
    connect(m_deleteTask, &QAction::triggered, this, &MainWindow::deleteTask);
    connect(m_enableTask, &QAction::triggered, this, [this] { setTaskEnabled(true); });
    connect(m_disableTask, &QAction::triggered, this, [this] { setTaskEnabled(false); });
    connect(m_runNow, &QAction::triggered, this, &MainWindow::runNow);
    connect(m_cancelRun, &QAction::triggered, this, &MainWindow::cancelRun);
    connect(m_delete, &QAction::triggered, this, &MainWindow::deleteSelected);
    connect(m_export, &QAction::triggered, this,
            [this] { emit exportRequested(runsExportFilter()); });
    connect(m_charts, &QAction::triggered, this, [this] {
        const qint64 task =
            m_views->currentIndex() == RunsView ? taskOfSelectedRun() : selectedTaskId();
        emit chartsRequested(task);
    });
    connect(m_settings, &QAction::triggered, this, &MainWindow::settingsRequested);
    connect(m_refresh, &QAction::triggered, this, [this] {
        reloadServersAndTasks();
        m_runs->reload();
    });
    connect(m_quit, &QAction::triggered, this, &QWidget::close);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_export);
    file->addAction(m_settings);
    file->addSeparator();
    file->addAction(m_quit);
    QMenu *servers = menuBar()->addMenu(tr("&Server"));
    servers->addActions({m_addServer, m_editServer, m_testConnection});
    servers->addSeparator();
    servers->addAction(m_deleteServer);
    QMenu *tasks = menuBar()->addMenu(tr("&Task"));
    tasks->addActions({m_addTask, m_editTask, m_runNow, m_enableTask, m_disableTask});
    tasks->addSeparator();
    tasks->addAction(m_deleteTask);
    QMenu *runs = menuBar()->addMenu(tr("&Run"));
    runs->addActions({m_runNow, m_cancelRun, m_charts});
    QMenu *view = menuBar()->addMenu(tr("&View"));
    const QStringList names{tr("&Servers"), tr("&Tasks"), tr("&Runs")};
    for (int i = 0; i < names.size(); ++i) {
        auto *show = makeAction(this, QStringLiteral("actionShowView%1").arg(i), names.at(i),
                                QKeySequence(tr("Alt+%1").arg(i + 1)));
        connect(show, &QAction::triggered, this, [this, i] { showView(View(i)); });
        view->addAction(show);
    }
    view->addSeparator();
    view->addAction(m_refresh);
    addAction(m_delete);

    auto *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addActions({m_addServer, m_addTask});
    toolbar->addSeparator();
    toolbar->addActions({m_runNow, m_cancelRun});
    toolbar->addSeparator();
    toolbar->addActions({m_export, m_charts, m_refresh});
}

void MainWindow::createTray() {
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(windowIcon(), this);
        m_tray->setToolTip(tr("Fleetcron"));
        connect(m_tray, &QSystemTrayIcon::activated, this, [this] {
            showNormal();
            raise();
            activateWindow();
        });
        m_tray->show();
    }
    m_notifier = new FailureNotifier(m_tray, 10000, this);
    m_notifier->setObjectName(QStringLiteral("failureNotifier"));
    connect(m_runs, &RunTableModel::runsFailed, m_notifier, &FailureNotifier::report);
}

void MainWindow::restoreSettings() {
    QSettings settings;
    settings.beginGroup(QStringLiteral("console"));
    if (settings.contains(QStringLiteral("geometry")))
        restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("state")).toByteArray());
    m_runsSplitter->restoreState(settings.value(QStringLiteral("runsSplitter")).toByteArray());
    m_detailSplitter->restoreState(settings.value(QStringLiteral("detailSplitter")).toByteArray());
    for (QTableView *view : {m_serverTable, m_taskTable, m_runTable, m_executionTable}) {
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
    settings.setValue(QStringLiteral("runsSplitter"), m_runsSplitter->saveState());
    settings.setValue(QStringLiteral("detailSplitter"), m_detailSplitter->saveState());
    for (QTableView *view : {m_serverTable, m_taskTable, m_runTable, m_executionTable})
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
    for (const RunListRow &row : m_runs->rows())
        active += StatusStyle::isActive(row.run.status) ? 1 : 0;
    m_runsText->setText(tr("%n run(s) active", nullptr, active));
}

void MainWindow::showView(View view) {
    m_views->setCurrentIndex(int(view));
}

void MainWindow::showStatus(const EngineStatus &status) {
    m_status = status;
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

qint64 MainWindow::idAt(const QTableView *view) const {
    const QModelIndexList rows = view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return 0;
    return rows.first().data(RowListModel<Server>::IdRole).toLongLong();
}

qint64 MainWindow::selectedServerId() const {
    return idAt(m_serverTable);
}

qint64 MainWindow::selectedTaskId() const {
    return idAt(m_taskTable);
}

qint64 MainWindow::selectedRunId() const {
    return idAt(m_runTable);
}

qint64 MainWindow::selectedExecutionId() const {
    return idAt(m_executionTable);
}

qint64 MainWindow::taskOfSelectedRun() const {
    const int row = m_runs->rowOfRun(selectedRunId());
    return row < 0 ? 0 : m_runs->rowAt(row).run.taskId;
}

void MainWindow::updateActions() {
    const int view = m_views->currentIndex();
    const bool server = selectedServerId() != 0;
    const qint64 taskId = view == RunsView ? taskOfSelectedRun() : selectedTaskId();
    m_editServer->setEnabled(server);
    m_deleteServer->setEnabled(server);
    m_testConnection->setEnabled(server);
    m_editTask->setEnabled(selectedTaskId() != 0);
    m_deleteTask->setEnabled(selectedTaskId() != 0);
    const int taskRow = m_tasks->rowOfId(selectedTaskId());
    const bool enabled = taskRow >= 0 && m_tasks->rowAt(taskRow).enabled;
    m_enableTask->setEnabled(taskRow >= 0 && !enabled);
    m_disableTask->setEnabled(taskRow >= 0 && enabled);
    m_runNow->setEnabled(taskId != 0 && view != ServersView);
    const int runRow = m_runs->rowOfRun(selectedRunId());
    m_cancelRun->setEnabled(view == RunsView && runRow >= 0 &&
                            StatusStyle::isActive(m_runs->rowAt(runRow).run.status));
    m_delete->setEnabled(view == ServersView ? server : view == TasksView && taskRow >= 0);
}

void MainWindow::reloadServersAndTasks() {
    if (m_serversLoading)
        return;
    m_serversLoading = true;
    m_engine.read(
        this,
        [](Database &db) {
            ServerRepository servers(db);
            ServerRepository::Filter all;
            all.includeDeleted = true;
            return ServersAndTasks{servers.list(), servers.list(all), TaskRepository(db).list()};
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
            m_servers->replaceAll(read.live.value());
            m_tasks->replaceAll(read.tasks.value());
            QHash<qint64, QString> names;
            for (const Server &s : read.all.value())
                names.insert(s.id, s.name);
            m_executions->setServerNames(names);

            // The Runs view's task choice follows the tasks, keeping what was chosen.
            const qint64 chosen = m_runTaskFilter->currentData().toLongLong();
            QSignalBlocker block(m_runTaskFilter);
            m_runTaskFilter->clear();
            m_runTaskFilter->addItem(tr("All tasks"), qint64(0));
            QList<Task> tasks = read.tasks.value();
            std::sort(tasks.begin(), tasks.end(), [](const Task &a, const Task &b) {
                return QString::localeAwareCompare(a.name, b.name) < 0;
            });
            for (const Task &t : tasks)
                m_runTaskFilter->addItem(t.name, t.id);
            const int index = m_runTaskFilter->findData(chosen);
            m_runTaskFilter->setCurrentIndex(qMax(0, index));
            if (index < 0 && chosen != 0)
                applyRunsFilter(); // the chosen task is gone
            updateActions();
        });
}

void MainWindow::applyRunsFilter() {
    RunPageQuery::Filter filter;
    filter.taskId = m_runTaskFilter->currentData().toLongLong();
    filter.taskNameContains = m_runFilter->text().trimmed();
    const QString status = m_runStatusFilter->currentData().toString();
    if (!status.isEmpty())
        filter.status = enumFromString<RunStatus>(status);
    m_runs->setFilter(filter);
}

ExecutionRepository::Filter MainWindow::runsExportFilter() const {
    ExecutionRepository::Filter filter;
    const RunPageQuery::Filter &runs = m_runs->filter();
    filter.taskId = runs.taskId;
    if (filter.taskId == 0 && !runs.taskNameContains.isEmpty()) {
        // The export filters by one task: a name filter that matches exactly one task is it.
        qint64 only = 0;
        int matches = 0;
        for (const Task &t : m_tasks->rows()) {
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

void MainWindow::poll() {
    ++m_pollTicks;
    m_runs->poll();
    if (m_pollTicks % serverTaskPollTicks == 0)
        reloadServersAndTasks();
    pollLog();
    // Durations of running executions tick.
    if (m_executions->rowCount() > 0) {
        for (const Execution &e : m_executions->rows()) {
            if (e.status == ExecutionStatus::Running) {
                emit m_executions->dataChanged(
                    m_executions->index(0, ExecutionTableModel::Duration),
                    m_executions->index(m_executions->rowCount() - 1,
                                        ExecutionTableModel::Duration));
                break;
            }
        }
    }
}

void MainWindow::showRun(qint64 runId) {
    m_executions->showRun(runId);
    showExecution(0);
    if (runId)
        loadExecutions(runId);
}

void MainWindow::loadExecutions(qint64 runId) {
    if (m_executionsLoading)
        return;
    m_executionsLoading = true;
    m_engine.read(
        this,
        [runId](Database &db) { return ExecutionsRead{ExecutionRepository(db).listForRun(runId)}; },
        [this, runId](ExecutionsRead read) {
            m_executionsLoading = false;
            if (!read.executions) {
                statusBar()->showMessage(read.executions.error().toString(), 10000);
                return;
            }
            const bool first = m_executions->rowCount() == 0;
            m_executions->setExecutions(runId, read.executions.value());
            if (runId != m_executions->runId())
                return;
            // The first execution's output is shown at once: one click to see a result.
            if (first && m_executions->rowCount() > 0 &&
                !m_executionTable->selectionModel()->hasSelection())
                m_executionTable->selectRow(0);
            // An execution another engine ran has ended: its stored output is complete now.
            const int row = m_executions->rowOfId(m_logState.executionId);
            if (row >= 0 && !m_logState.ended && !m_logState.fromOwnEngine &&
                isFinal(m_executions->rowAt(row).status))
                loadLog(m_logState.executionId);
        });
}

void MainWindow::showExecution(qint64 executionId) {
    m_logState = LogState();
    m_logState.executionId = executionId;
    const int row = m_executions->rowOfId(executionId);
    const QString title =
        row < 0 ? QString()
                : tr("Execution %1 on %2 (attempt %3)")
                      .arg(executionId)
                      .arg(m_executions->serverName(m_executions->rowAt(row).serverId))
                      .arg(m_executions->rowAt(row).attempt);
    m_log->showExecution(executionId, title);
    if (executionId)
        loadLog(executionId);
}

void MainWindow::loadLog(qint64 executionId) {
    m_logState.loading = true;
    m_logState.heldBack.clear();
    m_engine.read(
        this,
        [executionId](Database &db) {
            ExecutionRepository executions(db);
            auto execution = executions.find(executionId);
            // While it runs, its output so far is in execution_output, not yet in the row.
            auto chunks =
                execution && !isFinal(execution->status)
                    ? executions.outputSince(executionId, -1)
                    : StoreResult<QList<ExecutionOutputChunk>>(QList<ExecutionOutputChunk>());
            return LogRead{execution, chunks};
        },
        [this, executionId](LogRead read) {
            if (executionId != m_logState.executionId)
                return;
            m_logState.loading = false;
            if (!read.execution || !read.chunks) {
                m_log->setTitle(!read.execution ? read.execution.error().toString()
                                                : read.chunks.error().toString());
                return;
            }
            const Execution &e = read.execution.value();
            if (isFinal(e.status)) {
                m_logState.ended = true;
                m_log->setStoredOutput(e.stdoutData, e.stderrData, e.stdoutTruncated,
                                       e.stderrTruncated);
                return;
            }
            m_log->showExecution(executionId, tr("Execution %1 on %2 (running)")
                                                  .arg(executionId)
                                                  .arg(m_executions->serverName(e.serverId)));
            m_log->appendChunks(read.chunks.value());
            if (!read.chunks->isEmpty())
                m_logState.lastSeq = read.chunks->last().seq;
            const int runRow = m_runs->rowOfRun(e.runId);
            m_logState.fromOwnEngine = runRow >= 0 && !m_status.engineId.isEmpty() &&
                                       m_runs->rowAt(runRow).run.engineId == m_status.engineId;
            if (m_logState.fromOwnEngine)
                m_log->appendChunks(m_logState.heldBack);
            m_logState.heldBack.clear();
        });
}

void MainWindow::pollLog() {
    LogState &log = m_logState;
    if (!log.executionId || log.ended || log.loading || log.fromOwnEngine || log.polling)
        return;
    log.polling = true;
    m_engine.read(
        this,
        [id = log.executionId, after = log.lastSeq](Database &db) {
            return ExecutionRepository(db).outputSince(id, after);
        },
        [this, id = log.executionId](StoreResult<QList<ExecutionOutputChunk>> chunks) {
            if (id != m_logState.executionId)
                return;
            m_logState.polling = false;
            if (!chunks || chunks->isEmpty() || m_logState.ended || m_logState.loading)
                return;
            m_log->appendChunks(chunks.value());
            m_logState.lastSeq = chunks->last().seq;
        });
}

void MainWindow::onOutputBatch(const QList<ExecutionOutputChunk> &chunks) {
    LogState &log = m_logState;
    if (!log.executionId || log.ended)
        return;
    if (log.loading) {
        for (const ExecutionOutputChunk &c : chunks) {
            if (c.executionId == log.executionId)
                log.heldBack << c;
        }
        return;
    }
    if (log.fromOwnEngine)
        m_log->appendChunks(chunks); // it keeps only the shown execution's
}

void MainWindow::onExecutionFinished(const Execution &execution) {
    m_executions->executionFinished(execution);
    if (execution.id == m_logState.executionId && !m_logState.loading) {
        // The engine hands over the complete output with the result.
        m_logState.ended = true;
        m_log->setTitle(tr("Execution %1 on %2: %3")
                            .arg(execution.id)
                            .arg(m_executions->serverName(execution.serverId),
                                 StatusStyle::label(execution.status)));
        m_log->setStoredOutput(execution.stdoutData, execution.stderrData,
                               execution.stdoutTruncated, execution.stderrTruncated);
    }
}

void MainWindow::showError(const QString &message) {
    statusBar()->showMessage(message, 10000);
    auto *box =
        new QMessageBox(QMessageBox::Warning, tr("Fleetcron"), message, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("errorMessage"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::confirm(const QString &objectName, const QString &title, const QString &question,
                         const QString &yes, std::function<void()> onYes) {
    auto *box =
        new QMessageBox(QMessageBox::Question, title, question, QMessageBox::NoButton, this);
    box->setObjectName(objectName);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *accept = box->addButton(yes, QMessageBox::DestructiveRole);
    accept->setObjectName(QStringLiteral("confirmYes"));
    QPushButton *keep = box->addButton(QMessageBox::Cancel);
    keep->setObjectName(QStringLiteral("confirmNo"));
    box->setDefaultButton(keep);
    // Not exec(): no nested event loop; the answer arrives like any other signal.
    connect(box, &QMessageBox::buttonClicked, this,
            [accept, onYes = std::move(onYes)](QAbstractButton *clicked) {
                if (clicked == accept)
                    onYes();
            });
    box->open();
}

void MainWindow::callEngine(const QString &done, std::function<QString(Engine &)> job,
                            std::function<void()> then) {
    m_engine.callEngine(this, std::move(job),
                        [this, done, then = std::move(then)](const QString &error) {
                            if (!error.isEmpty()) {
                                showError(error);
                                return;
                            }
                            statusBar()->showMessage(done, 5000);
                            if (then)
                                then();
                        });
}

void MainWindow::runNow() {
    const qint64 taskId =
        m_views->currentIndex() == RunsView ? taskOfSelectedRun() : selectedTaskId();
    if (!taskId)
        return;
    callEngine(
        tr("Run started"),
        [taskId](Engine &engine) {
            auto run = engine.runNow(taskId);
            return run ? QString() : run.error().toString();
        },
        [this] { m_runs->poll(); });
}

void MainWindow::cancelRun() {
    const qint64 runId = selectedRunId();
    const int row = m_runs->rowOfRun(runId);
    if (row < 0)
        return;
    const RunListRow run = m_runs->rowAt(row);
    confirm(QStringLiteral("confirmCancel"), tr("Cancel run"),
            tr("Cancel run %1 of %2? Commands still running on servers are stopped.")
                .arg(runId)
                .arg(run.taskName),
            tr("Cancel run"), [this, runId] {
                callEngine(
                    tr("Run %1 cancelled").arg(runId),
                    [runId](Engine &engine) {
                        return engine.cancelRun(runId)
                                   ? QString()
                                   : tr("Run %1 is not running in this console: it has ended, "
                                        "or another engine (a daemon) runs it and only that "
                                        "engine can stop it.")
                                         .arg(runId);
                    },
                    [this] { m_runs->poll(); });
            });
}

void MainWindow::setTaskEnabled(bool enabled) {
    const qint64 taskId = selectedTaskId();
    if (!taskId)
        return;
    callEngine(
        enabled ? tr("Task enabled") : tr("Task disabled"),
        [taskId, enabled](Engine &engine) {
            auto done = TaskRepository(engine.database()).setEnabled(taskId, enabled);
            return done ? QString() : done.error().toString();
        },
        [this] { reloadServersAndTasks(); });
}

void MainWindow::deleteServer() {
    const qint64 serverId = selectedServerId();
    const int row = m_servers->rowOfId(serverId);
    if (row < 0)
        return;
    confirm(QStringLiteral("confirmDeleteServer"), tr("Remove server"),
            tr("Remove server %1? Tasks stop running on it; its history is kept.")
                .arg(m_servers->rowAt(row).name),
            tr("Remove"), [this, serverId] {
                callEngine(
                    tr("Server removed"),
                    [serverId](Engine &engine) {
                        auto done = ServerRepository(engine.database()).remove(serverId);
                        return done ? QString() : done.error().toString();
                    },
                    [this] { reloadServersAndTasks(); });
            });
}

void MainWindow::deleteTask() {
    const qint64 taskId = selectedTaskId();
    const int row = m_tasks->rowOfId(taskId);
    if (row < 0)
        return;
    confirm(QStringLiteral("confirmDeleteTask"), tr("Delete task"),
            tr("Delete task %1 with all its runs and their output? This cannot be undone.")
                .arg(m_tasks->rowAt(row).name),
            tr("Delete"), [this, taskId] {
                callEngine(
                    tr("Task deleted"),
                    [taskId](Engine &engine) {
                        auto done = TaskRepository(engine.database()).remove(taskId);
                        return done ? QString() : done.error().toString();
                    },
                    [this] {
                        reloadServersAndTasks();
                        m_runs->reload();
                    });
            });
}

void MainWindow::deleteSelected() {
    if (m_views->currentIndex() == ServersView)
        deleteServer();
    else if (m_views->currentIndex() == TasksView)
        deleteTask();
}

void MainWindow::testConnection() {
    // The server dialog tests the connection with what the operator is editing (and can re-pin
    // a changed host key there), so testing opens it.
    if (const qint64 id = selectedServerId())
        emit editServerRequested(id);
}

} // namespace fleetcron
