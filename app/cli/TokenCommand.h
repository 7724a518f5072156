#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

namespace fleetcron {

// `fleetcron token`: prints the REST API's bearer token (creating it when the daemon has not
// yet), for scripts: `curl -H "Authorization: Bearer $(fleetcron token)" …`.
class TokenCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("token"); }
    QString summary() const override {
        return QCoreApplication::translate("TokenCommand", "Print the REST API token.");
    }
    int run(const QStringList &args, CliIo &io) override;
};

} // namespace fleetcron
