#include "ApplicationInfo.h"
#include "ConsoleFace.h"
#include "Daemon.h"
#include "Face.h"
#include "ProcessHardening.h"
#include "cli/CliRunner.h"
#include "i18n/Translations.h"

#include <QCoreApplication>

using namespace fleetcron;

int main(int argc, char *argv[]) {
    keepSecretsOutOfDumps();
    switch (chooseFace(argc, argv)) {
    case Face::Console:
        return runConsole(argc, argv);
    case Face::Daemon: {
        QCoreApplication app(argc, argv);
        setApplicationInfo();
        // The log and the API's default language follow LANG (Accept-Language wins per request).
        Translations::installFromEnvironment(app);
        return Daemon::run(app);
    }
    case Face::Cli: {
        QCoreApplication app(argc, argv);
        setApplicationInfo();
        Translations::installFromEnvironment(app);
        return CliRunner().run(QCoreApplication::arguments());
    }
    }
    return 2;
}
