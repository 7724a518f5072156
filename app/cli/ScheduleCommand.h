#pragma once

#include "CliCommand.h"

namespace fleetcron {

// `fleetcron schedule SPEC [--tz ZONE] [--from ISO8601] [--count N]`: prints the next fire
// times of a schedule, so a user can check an expression (and its DST behaviour) before saving
// it in a task.
class ScheduleCommand : public CliCommand {
public:
    static constexpr int maxCount = 10000;

    QString name() const override;
    QString summary() const override;
    int run(const QStringList &args, CliIo &io) override;
};

} // namespace fleetcron
