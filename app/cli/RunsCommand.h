#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

class QCommandLineParser;

namespace fleetcron {

// `fleetcron runs [list] [--task NAME] [--limit N] [--json]`: the latest runs, newest first, with
// each server's attempts; `runs show RUN` one run in full; `runs cancel RUN` stops one, whichever
// process or host runs it (RunCancel); `runs --grep TEXT` searches stored output (RunsGrep).
class RunsCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("runs"); }
    QString summary() const override {
        return QCoreApplication::translate("RunsCommand",
                                           "List recent runs and results; show or cancel one.");
    }
    int run(const QStringList &args, CliIo &io) override;

private:
    static int runAction(QCommandLineParser &parser, const QString &action, CliIo &io);
};

} // namespace fleetcron
