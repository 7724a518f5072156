#include "ConsoleFace.h"

#include "MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>

namespace fleetcron {

int runConsole(QApplication &app) {
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("db"), QStringLiteral("Database file."), QStringLiteral("path")});
    parser.process(app);

    MainWindow window;
    window.show();
    return app.exec();
}

} // namespace fleetcron
