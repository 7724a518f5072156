#include "MainWindow.h"

#include <QIcon>
#include <QLabel>

namespace fleetcron {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent) {
    setWindowTitle(tr("Fleetcron"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/fleetcron.svg")));
    auto *state = new QLabel(tr("Engine stopped"), this);
    state->setObjectName(QStringLiteral("engineState"));
    state->setAlignment(Qt::AlignCenter);
    setCentralWidget(state);
    resize(960, 600);
}

} // namespace fleetcron
