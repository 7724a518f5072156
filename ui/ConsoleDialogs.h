#pragma once

#include "model/Server.h"
#include "model/Task.h"
#include "service/ReportService.h"

#include <QObject>
#include <QPointer>

class QWidget;

namespace fleetcron {

class EngineHost;
class MainWindow;

// Opens the console's dialogs for the main window: one slot per request the window emits, so
// wiring them is a connect() each. Dialogs are parented to the window, open without blocking
// (no nested event loop) and delete themselves when closed.
class ConsoleDialogs : public QObject {
    Q_OBJECT
public:
    ConsoleDialogs(EngineHost &host, QWidget *window);

    // Answers the window's requests (add, edit, settings, charts, export) with the dialogs, and
    // reloads its views when a dialog saved something.
    void serve(MainWindow &window);

public slots:
    void addServer();
    void editServer(qint64 serverId);
    void addTask();
    void editTask(qint64 taskId);
    void settings();
    void charts(qint64 taskId);
    void exportCsv(const fleetcron::ReportService::Filter &filter);
    void importFile();
    void notifications();

signals:
    // After a dialog saved, so the views can refresh.
    void serverSaved(const fleetcron::Server &server);
    void taskSaved(const fleetcron::Task &task);
    void settingsSaved();
    void importDone();

private:
    void openServerDialog(std::optional<qint64> serverId);
    void openTaskDialog(std::optional<qint64> taskId);

    EngineHost &m_host;
    QPointer<QWidget> m_window;
};

} // namespace fleetcron
