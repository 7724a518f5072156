#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

namespace fleetcron {

// `fleetcron export [--out FILE|-] [--task NAME] [--server NAME] [--status S] [--since T]
// [--until T] [--no-output]`: the execution report as CSV (RFC 4180), streamed.
class ExportCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override {
        return QCoreApplication::translate("ExportCommand", "Export executions as CSV.");
    }
    int run(const QStringList &args, CliIo &io) override;
};

} // namespace fleetcron
