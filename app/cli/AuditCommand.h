#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

namespace fleetcron {

// `fleetcron audit [--since T] [--limit N] [--json]`: who changed what, through which face,
// newest first (AuditService).
class AuditCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("audit"); }
    QString summary() const override {
        return QCoreApplication::translate("AuditCommand",
                                           "Show who changed servers, tasks, settings and runs.");
    }
    int run(const QStringList &args, CliIo &io) override;
};

} // namespace fleetcron
