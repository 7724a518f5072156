#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

class QCommandLineParser;

namespace fleetcron {

class Runtime;

// `fleetcron token`: prints the REST API's legacy bearer token (creating it when the daemon has
// not yet), for scripts: `curl -H "Authorization: Bearer $(fleetcron token)" …`.
// `token create NAME --role R [--tags a,b] [--expires 30d]` makes a named token and prints it,
// once; `token list` shows them (never a secret); `token revoke NAME` ends one at once.
class TokenCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("token"); }
    QString summary() const override {
        return QCoreApplication::translate(
            "TokenCommand", "Print the REST API token; create, list and revoke named tokens.");
    }
    int run(const QStringList &args, CliIo &io) override;

private:
    static int printLegacy(const QCommandLineParser &parser, CliIo &io);
    static int create(QCommandLineParser &parser, Runtime &runtime, CliIo &io);
    static int list(QCommandLineParser &parser, Runtime &runtime, CliIo &io);
    static int revoke(QCommandLineParser &parser, Runtime &runtime, CliIo &io);
};

} // namespace fleetcron
