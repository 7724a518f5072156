#pragma once

#include "CliCommand.h"

namespace fleetcron {

// `fleetcron runs [--task NAME] [--limit N] [--json]`: the latest runs, newest first, with
// each server's result.
class RunsCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("runs"); }
    QString summary() const override { return QStringLiteral("List recent runs and results."); }
    int run(const QStringList &args, CliIo &io) override;
};

} // namespace fleetcron
