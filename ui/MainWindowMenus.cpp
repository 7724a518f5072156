// The main window's menus, toolbar and tray icon: where each action of MainWindowActions is
// offered. MainWindow.cpp wires the actions to the pages.
#include "MainWindow.h"

#include "FailureNotifier.h"
#include "RunTableModel.h"
#include "RunsPage.h"
#include "core/EngineEvents.h"
#include "runtime/EngineHost.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QSystemTrayIcon>
#include <QToolBar>

namespace fleetcron {

void MainWindow::createMenus() {
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_actions.importFile);
    file->addAction(m_actions.exportCsv);
    file->addAction(m_actions.settings);
    file->addSeparator();
    file->addAction(m_actions.quit);
    QMenu *servers = menuBar()->addMenu(tr("&Server"));
    servers->addActions({m_actions.addServer, m_actions.editServer, m_actions.testConnection});
    servers->addSeparator();
    servers->addAction(m_actions.deleteServer);
    QMenu *tasks = menuBar()->addMenu(tr("&Task"));
    tasks->addActions({m_actions.addTask, m_actions.editTask, m_actions.runNow,
                       m_actions.enableTask, m_actions.disableTask});
    tasks->addSeparator();
    tasks->addAction(m_actions.notifications);
    tasks->addSeparator();
    tasks->addAction(m_actions.deleteTask);
    QMenu *runs = menuBar()->addMenu(tr("&Run"));
    runs->addActions(
        {m_actions.runNow, m_actions.cancelRun, m_runsPage->compareAction(), m_actions.charts});
    QMenu *view = menuBar()->addMenu(tr("&View"));
    const QStringList names{tr("&Servers"), tr("&Tasks"), tr("&Runs"), tr("&Audit log")};
    for (int i = 0; i < names.size(); ++i) {
        auto *show = MainWindowActions::make(this, QStringLiteral("actionShowView%1").arg(i),
                                             names.at(i), QKeySequence(tr("Alt+%1").arg(i + 1)));
        connect(show, &QAction::triggered, this, [this, i] { showView(View(i)); });
        view->addAction(show);
    }
    view->addSeparator();
    view->addAction(m_actions.refresh);
    addAction(m_actions.deleteSelected);

    auto *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addActions({m_actions.addServer, m_actions.addTask});
    toolbar->addSeparator();
    toolbar->addActions({m_actions.runNow, m_actions.cancelRun});
    toolbar->addSeparator();
    toolbar->addActions({m_actions.exportCsv, m_actions.charts, m_actions.refresh});
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
    connect(m_runsPage->runs(), &RunTableModel::runsFailed, m_notifier, &FailureNotifier::report);
    connect(&m_engine.events(), &EngineEvents::notificationNotice, m_notifier,
            &FailureNotifier::notice);
}

} // namespace fleetcron
