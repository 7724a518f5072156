#pragma once

#include "CliCommand.h"

class QCommandLineParser;

namespace fleetcron {

// `fleetcron runs --grep TEXT [--task T] [--server S] [--status X] [--since T] [--until T]
// [--limit N] [--before ID] [--json]`: the executions whose stored output contains TEXT, newest
// first, through SearchService (issue 17). Only translates: options in, hits out.
class RunsGrep {
public:
    // Adds the options only --grep uses (--server, --status, --since, --until, --before).
    static void addOptions(QCommandLineParser &parser);
    // Whether any of those is set (they mean nothing without --grep).
    static bool anySet(const QCommandLineParser &parser);
    static int run(const QCommandLineParser &parser, int limit, CliIo &io);
};

} // namespace fleetcron
