#pragma once

#include <QMainWindow>

namespace fleetcron {

// The console's main window. At this stage it shows the engine's state; the servers, tasks
// and runs views come with the console issue.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
};

} // namespace fleetcron
