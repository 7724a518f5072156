#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

namespace fleetcron {

// `fleetcron diff EXECUTION`: what an execution printed beside the previous run of the same
// task on the same server, changed lines marked (unified diff), through OutputDiffService.
class DiffCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("diff"); }
    QString summary() const override {
        return QCoreApplication::translate(
            "DiffCommand", "Compare an execution's output with the previous run's on its server.");
    }
    int run(const QStringList &args, CliIo &io) override;
};

} // namespace fleetcron
