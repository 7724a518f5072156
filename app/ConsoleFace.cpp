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

    // The engine runs on its own thread; the window reaches it only through the host. The host
    // outlives the window (declared first, destroyed last), so no reply arrives for a window
    // that is gone.
    EngineHost engine(parser.value(QStringLiteral("db")));
    MainWindow window(engine);
    engine.start();
    window.show();
    return app.exec();
}

} // namespace fleetcron
