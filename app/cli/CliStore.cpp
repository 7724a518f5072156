#include "CliStore.h"

#include "store/Database.h"
#include "store/DatabaseLocation.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace fleetcron {

void CliStore::addOption(QCommandLineParser &parser) {
    parser.addOption({QStringLiteral("db"),
                      QStringLiteral("Database: a SQLite file or postgresql:// URL (default: "
                                     "$FLEETCRON_DB, then the data directory)."),
                      QStringLiteral("path")});
}

std::unique_ptr<Database> CliStore::open(const QCommandLineParser &parser, CliIo &io,
                                         const QString &verb) {
    auto location = DatabaseLocation::resolve(parser.value(QStringLiteral("db")));
    if (!location) {
        io.err << "fleetcron " << verb << ": " << location.error().toString() << '\n';
        return nullptr;
    }
    auto db = Database::open(location.value());
    if (!db) {
        io.err << "fleetcron " << verb << ": " << db.error().toString() << '\n';
        return nullptr;
    }
    return std::move(db).value();
}

} // namespace fleetcron
