#include "MainWindowActions.h"

#include <QAction>
#include <QStyle>
#include <QWidget>

namespace fleetcron {
namespace {

QKeySequence standardOr(QKeySequence::StandardKey key, const QString &fallback) {
    const QKeySequence standard(key);
    return standard.isEmpty() ? QKeySequence(fallback) : standard;
}

} // namespace

QAction *MainWindowActions::make(QObject *parent, const QString &objectName, const QString &text,
                                 const QKeySequence &shortcut, const QIcon &icon) {
    auto *action = new QAction(icon, text, parent);
    action->setObjectName(objectName);
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    return action;
}

void MainWindowActions::create(QWidget *window) {
    QStyle *s = window->style();
    addServer =
        make(window, QStringLiteral("actionAddServer"), tr("Add &server…"),
             QKeySequence(tr("Ctrl+Shift+N")), s->standardIcon(QStyle::SP_FileDialogNewFolder));
    editServer = make(window, QStringLiteral("actionEditServer"), tr("&Edit server…"),
                      QKeySequence(tr("Ctrl+Shift+E")));
    deleteServer = make(window, QStringLiteral("actionDeleteServer"), tr("&Remove server…"), {});
    testConnection = make(window, QStringLiteral("actionTestConnection"), tr("&Test connection…"),
                          QKeySequence(tr("Ctrl+Shift+T")));
    addTask = make(window, QStringLiteral("actionAddTask"), tr("Add &task…"), QKeySequence::New,
                   s->standardIcon(QStyle::SP_FileIcon));
    editTask = make(window, QStringLiteral("actionEditTask"), tr("Edit t&ask…"),
                    QKeySequence(tr("Ctrl+E")));
    deleteTask = make(window, QStringLiteral("actionDeleteTask"), tr("&Delete task…"), {});
    enableTask = make(window, QStringLiteral("actionEnableTask"), tr("E&nable task"),
                      QKeySequence(tr("Ctrl+Shift+B")));
    disableTask = make(window, QStringLiteral("actionDisableTask"), tr("D&isable task"),
                       QKeySequence(tr("Ctrl+Shift+D")));
    runNow = make(window, QStringLiteral("actionRunNow"), tr("&Run now"),
                  QKeySequence(tr("Ctrl+R")), s->standardIcon(QStyle::SP_MediaPlay));
    cancelRun = make(window, QStringLiteral("actionCancelRun"), tr("&Cancel run…"),
                     QKeySequence(tr("Ctrl+Shift+K")), s->standardIcon(QStyle::SP_MediaStop));
    deleteSelected =
        make(window, QStringLiteral("actionDelete"), tr("Delete selected…"), QKeySequence::Delete);
    importFile =
        make(window, QStringLiteral("actionImport"), tr("&Import…"), QKeySequence(tr("Ctrl+I")));
    notifications =
        make(window, QStringLiteral("actionNotifications"), tr("N&otification rules…"), {});
    exportCsv = make(window, QStringLiteral("actionExport"), tr("E&xport CSV…"),
                     standardOr(QKeySequence::SaveAs, tr("Ctrl+Shift+S")),
                     s->standardIcon(QStyle::SP_DialogSaveButton));
    charts = make(window, QStringLiteral("actionCharts"), tr("C&harts…"),
                  QKeySequence(tr("Ctrl+Shift+H")));
    settings = make(window, QStringLiteral("actionSettings"), tr("Se&ttings…"),
                    standardOr(QKeySequence::Preferences, tr("Ctrl+,")));
    refresh = make(window, QStringLiteral("actionRefresh"), tr("Re&fresh"), QKeySequence::Refresh,
                   s->standardIcon(QStyle::SP_BrowserReload));
    quit = make(window, QStringLiteral("actionQuit"), tr("&Quit"),
                standardOr(QKeySequence::Quit, tr("Ctrl+Q")));
    runNow->setToolTip(tr("Run the selected task now on all its servers"));
    cancelRun->setToolTip(tr("Stop the selected run (asks first)"));
    testConnection->setToolTip(tr("Open the selected server to test its connection"));
}

} // namespace fleetcron
