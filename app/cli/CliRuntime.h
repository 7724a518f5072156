#pragma once

#include "CliCommand.h"

#include <memory>

class QCommandLineParser;

namespace fleetcron {

class Runtime;

// Opens a verb's Runtime from its --db option (then FLEETCRON_DB, then the default file):
// database, secret store and services, no engine (`task run` brings one up itself). Failing to
// open is the verb failing (exit 1), with the runtime's sentence on stderr.
class CliRuntime {
public:
    static void addOption(QCommandLineParser &parser);
    static std::unique_ptr<Runtime> open(const QCommandLineParser &parser, CliIo &io,
                                         const QString &verb);
};

} // namespace fleetcron
