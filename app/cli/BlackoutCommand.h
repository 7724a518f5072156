#pragma once

#include "CliCommand.h"

namespace fleetcron {

// `fleetcron blackout list [--json] | add SPEC | remove NAME|SPEC | clear`: the global blackout
// windows every task shares (SettingsService::setBlackouts checks them, saves all or none).
// A task's own windows are `task add/edit --blackout`.
class BlackoutCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("blackout"); }
    QString summary() const override;
    int run(const QStringList &args, CliIo &io) override;
};

} // namespace fleetcron
