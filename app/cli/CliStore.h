#pragma once

#include "CliCommand.h"

#include <memory>

class QCommandLineParser;

namespace fleetcron {

class Database;

// Opens the database for a verb from its --db option (then FLEETCRON_DB, then the default
// file). Failing to open is the verb failing (exit 1), with the store's sentence on stderr.
class CliStore {
public:
    static void addOption(QCommandLineParser &parser);
    static std::unique_ptr<Database> open(const QCommandLineParser &parser, CliIo &io,
                                          const QString &verb);
};

} // namespace fleetcron
