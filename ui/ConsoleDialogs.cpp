#include "ConsoleDialogs.h"

#include "CsvExportDialog.h"
#include "ImportDialog.h"
#include "MainWindow.h"
#include "NotificationsDialog.h"
#include "ServerDialog.h"
#include "SettingsDialog.h"
#include "TaskChartsDialog.h"
#include "TaskDialog.h"

namespace fleetcron {
namespace {

template <typename Dialog> Dialog *opened(Dialog *dialog) {
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open(); // window-modal, returns at once
    return dialog;
}

} // namespace

ConsoleDialogs::ConsoleDialogs(EngineHost &host, QWidget *window)
    : QObject(window)
    , m_host(host)
    , m_window(window) {}

void ConsoleDialogs::openServerDialog(std::optional<qint64> serverId) {
    auto *dialog = opened(new ServerDialog(m_host, serverId, m_window));
    connect(dialog, &ServerDialog::saved, this, &ConsoleDialogs::serverSaved);
}

void ConsoleDialogs::openTaskDialog(std::optional<qint64> taskId) {
    auto *dialog = opened(new TaskDialog(m_host, taskId, m_window));
    connect(dialog, &TaskDialog::saved, this, &ConsoleDialogs::taskSaved);
}

void ConsoleDialogs::serve(MainWindow &window) {
    connect(&window, &MainWindow::addServerRequested, this, &ConsoleDialogs::addServer);
    connect(&window, &MainWindow::editServerRequested, this, &ConsoleDialogs::editServer);
    connect(&window, &MainWindow::addTaskRequested, this, &ConsoleDialogs::addTask);
    connect(&window, &MainWindow::editTaskRequested, this, &ConsoleDialogs::editTask);
    connect(&window, &MainWindow::settingsRequested, this, &ConsoleDialogs::settings);
    connect(&window, &MainWindow::chartsRequested, this, &ConsoleDialogs::charts);
    connect(&window, &MainWindow::exportRequested, this, &ConsoleDialogs::exportCsv);
    connect(&window, &MainWindow::importRequested, this, &ConsoleDialogs::importFile);
    connect(&window, &MainWindow::notificationsRequested, this, &ConsoleDialogs::notifications);
    // What a dialog saved shows in the views at once, not at the next poll.
    connect(this, &ConsoleDialogs::serverSaved, &window, &MainWindow::reloadServersAndTasks);
    connect(this, &ConsoleDialogs::taskSaved, &window, &MainWindow::reloadServersAndTasks);
    connect(this, &ConsoleDialogs::importDone, &window, &MainWindow::reloadServersAndTasks);
}

void ConsoleDialogs::addServer() {
    openServerDialog(std::nullopt);
}

void ConsoleDialogs::editServer(qint64 serverId) {
    openServerDialog(serverId);
}

void ConsoleDialogs::addTask() {
    openTaskDialog(std::nullopt);
}

void ConsoleDialogs::editTask(qint64 taskId) {
    openTaskDialog(taskId);
}

void ConsoleDialogs::settings() {
    auto *dialog = opened(new SettingsDialog(m_host, m_window));
    connect(dialog, &SettingsDialog::accepted, this, &ConsoleDialogs::settingsSaved);
}

void ConsoleDialogs::charts(qint64 taskId) {
    // Not modal: charts may stay open beside the main window.
    auto *dialog = new TaskChartsDialog(m_host, taskId, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void ConsoleDialogs::exportCsv(const ReportService::Filter &filter) {
    opened(new CsvExportDialog(m_host, filter, m_window));
}

void ConsoleDialogs::importFile() {
    auto *dialog = opened(new ImportDialog(m_host, m_window));
    // What was imported shows in the views at once.
    connect(dialog, &ImportDialog::imported, this, &ConsoleDialogs::importDone);
}

void ConsoleDialogs::notifications() {
    opened(new NotificationsDialog(m_host, m_window));
}

} // namespace fleetcron
