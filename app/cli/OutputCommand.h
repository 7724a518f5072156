#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

namespace fleetcron {

// `fleetcron output TASK [--json]`: what the task's latest completed run printed, per server.
class OutputCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("output"); }
    QString summary() const override {
        return QCoreApplication::translate("OutputCommand",
                                           "Show the latest completed run's output.");
    }
    int run(const QStringList &args, CliIo &io) override;
};

} // namespace fleetcron
