#include "CliRuntime.h"

#include "runtime/Runtime.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace fleetcron {

void CliRuntime::addOption(QCommandLineParser &parser) {
    parser.addOption({QStringLiteral("db"),
                      QCoreApplication::translate(
                          "CliRuntime", "Database: a SQLite file or postgresql:// URL (default: "
                                        "$FLEETCRON_DB, then the data directory)."),
                      QStringLiteral("path")});
}

std::unique_ptr<Runtime> CliRuntime::open(const QCommandLineParser &parser, CliIo &io,
                                          const QString &verb) {
    Runtime::Options options;
    options.database = parser.value(QStringLiteral("db"));
    options.engine = false;
    auto runtime = std::make_unique<Runtime>(options);
    if (!runtime->open()) {
        io.err << "fleetcron " << verb << ": " << runtime->error() << '\n';
        return nullptr;
    }
    return runtime;
}

} // namespace fleetcron
