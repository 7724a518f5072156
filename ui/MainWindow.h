#pragma once

#include "core/EngineStatus.h"

#include <QMainWindow>

class QLabel;

namespace fleetcron {

// The console's main window. At this stage it shows the hosted engine's state; the servers,
// tasks and runs views come with the console issue.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);

    void showStatus(const fleetcron::EngineStatus &status);

private:
    QLabel *m_overview = nullptr;
    QLabel *m_statusText = nullptr;
};

} // namespace fleetcron
