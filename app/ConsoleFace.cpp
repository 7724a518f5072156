// The desktop console's module (fleetcron-console.so): the program loads it only when the console
// is asked for (ConsoleLoader.cpp), so the CLI and the daemon never load Qt Widgets.
#include "ApplicationInfo.h"
#include "ConsoleDialogs.h"
#include "ConsolePreferences.h"
#include "ConsoleTranslator.h"
#include "MainWindow.h"
#include "runtime/EngineHost.h"

#include <QApplication>
#include <QCommandLineParser>

namespace fleetcron {

namespace {

int runConsole(int &argc, char **argv) {
    QApplication app(argc, argv);
    setApplicationInfo();
    // The console's preferences (Settings dialog), before any window or engine exists.
    ConsolePreferences::applyDatabase();
    ConsoleTranslator::install(app, ConsolePreferences::language());
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

} // namespace

} // namespace fleetcron

// The module's one exported symbol; ConsoleLoader resolves it by this name. `argc` is the
// program's own, which QApplication keeps a reference to.
extern "C" Q_DECL_EXPORT int fleetcron_run_console(int *argc, char **argv) {
    return fleetcron::runConsole(*argc, argv);
}
