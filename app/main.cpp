#include "ApplicationInfo.h"
#include "ConsoleFace.h"
#include "ConsolePreferences.h"
#include "ConsoleTranslator.h"
#include "Daemon.h"
#include "Face.h"
#include "cli/CliRunner.h"

#include <QApplication>
#include <QCoreApplication>

using namespace fleetcron;

int main(int argc, char *argv[]) {
    switch (chooseFace(argc, argv)) {
    case Face::Console: {
        QApplication app(argc, argv);
        setApplicationInfo();
        // The console's preferences (Settings dialog), before any window or engine exists.
        ConsolePreferences::applyDatabase();
        ConsoleTranslator::install(app, ConsolePreferences::language());
        return runConsole(app);
    }
    case Face::Daemon: {
        QCoreApplication app(argc, argv);
        setApplicationInfo();
        return Daemon::run(app);
    }
    case Face::Cli: {
        QCoreApplication app(argc, argv);
        setApplicationInfo();
        return CliRunner().run(QCoreApplication::arguments());
    }
    }
    return 2;
}
