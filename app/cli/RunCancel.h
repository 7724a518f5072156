#pragma once

#include "CliCommand.h"
#include "model/Run.h"

#include <QList>

class QCommandLineParser;

namespace fleetcron {

class Runtime;

// `runs cancel RUN` and `task cancel TASK`: the service delivers the cancel (here, or as a
// request the owning engine carries out), then, unless --no-wait, this waits until every run
// has ended. Exit 0 when all ended cancelled, 1 when one ended otherwise or the wait timed out,
// 2 when the service refused (unknown run, already ended, its engine dead).
class RunCancel {
public:
    // --no-wait and --timeout, shared by both verbs.
    static void addOptions(QCommandLineParser &parser);
    // Checks --timeout; false with the message printed.
    static bool validOptions(const QCommandLineParser &parser, const QString &what, CliIo &io);
    static int cancelRun(QCommandLineParser &parser, Runtime &runtime, qint64 runId, CliIo &io);
    static int cancelTask(QCommandLineParser &parser, Runtime &runtime, const QString &task,
                          CliIo &io);

private:
    static int report(QCommandLineParser &parser, Runtime &runtime, const QList<Run> &runs,
                      const QString &what, CliIo &io);
};

} // namespace fleetcron
