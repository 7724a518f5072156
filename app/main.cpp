#include "ApplicationInfo.h"
#include "ConsoleFace.h"
#include "Daemon.h"
#include "Face.h"
#include "ProcessHardening.h"
#include "cli/CliRunner.h"

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
