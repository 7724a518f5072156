#pragma once

#include <QCoreApplication>
#include <QIcon>
#include <QKeySequence>

class QAction;
class QObject;
class QWidget;

namespace fleetcron {

// The main window's actions with their names, shortcuts and icons: the menus, the toolbar and
// the tests find them by object name. MainWindow wires them to the pages.
struct MainWindowActions {
    Q_DECLARE_TR_FUNCTIONS(MainWindowActions)
public:
    QAction *addServer = nullptr;
    QAction *editServer = nullptr;
    QAction *deleteServer = nullptr;
    QAction *testConnection = nullptr;
    QAction *addTask = nullptr;
    QAction *editTask = nullptr;
    QAction *deleteTask = nullptr;
    QAction *enableTask = nullptr;
    QAction *disableTask = nullptr;
    QAction *runNow = nullptr;
    QAction *cancelRun = nullptr;
    QAction *deleteSelected = nullptr;
    QAction *exportCsv = nullptr;
    QAction *importFile = nullptr;
    QAction *notifications = nullptr;
    QAction *charts = nullptr;
    QAction *settings = nullptr;
    QAction *refresh = nullptr;
    QAction *quit = nullptr;

    // Creates every action above, owned by `window`.
    void create(QWidget *window);

    static QAction *make(QObject *parent, const QString &objectName, const QString &text,
                         const QKeySequence &shortcut, const QIcon &icon = {});
};

} // namespace fleetcron
