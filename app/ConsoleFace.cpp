#include "ConsoleFace.h"

#include "MainWindow.h"
#include "core/EngineHost.h"

#include <QApplication>
#include <QCommandLineParser>

namespace fleetcron {

int runConsole(QApplication &app) {
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("db"),
                      QStringLiteral("Database: a SQLite file or postgresql:// URL."),
                      QStringLiteral("path")});
    parser.process(app);

    MainWindow window;
    // The engine runs on its own thread; the window only hears about it.
    EngineHost engine(parser.value(QStringLiteral("db")));
    QObject::connect(&engine, &EngineHost::statusChanged, &window, &MainWindow::showStatus);
    engine.start();
    window.show();
    return app.exec();
}

} // namespace fleetcron
