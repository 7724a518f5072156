#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

namespace fleetcron {

// `fleetcron import crontab|ssh-config|ansible [FILE|-]`: servers and tasks from what the
// operator already has, through ImportService (plan, then apply all or nothing).
class ImportCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override {
        return QCoreApplication::translate(
            "ImportCommand", "Import tasks from a crontab, servers from ssh_config or an Ansible "
                             "inventory.");
    }
    int run(const QStringList &args, CliIo &io) override;
};

} // namespace fleetcron
