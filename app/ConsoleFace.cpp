#include "ConsoleFace.h"

#include "ConsoleDialogs.h"
#include "MainWindow.h"
#include "core/EngineHost.h"

#include <QApplication>
#include <QCommandLineParser>

namespace fleetcron {

int runConsole(QApplication &app) {
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("db"),
                      QCoreApplication::translate("ConsoleFace",
                                                  "Database: a SQLite file or postgresql:// URL."),
                      QCoreApplication::translate("ConsoleFace", "path")});
    parser.process(app);

    // The engine runs on its own thread; the window reaches it only through the host. The host
    // outlives the window (declared first, destroyed last), so no reply arrives for a window
    // that is gone.
    EngineHost engine(parser.value(QStringLiteral("db")));
    MainWindow window(engine);
    ConsoleDialogs dialogs(engine, &window);
    dialogs.serve(window);
    engine.start();
    window.show();
    return app.exec();
}

} // namespace fleetcron
