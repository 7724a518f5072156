#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

class QCommandLineParser;

namespace fleetcron {

class Runtime;

// `fleetcron server add|list|show|edit|remove|test|repin …`, each through ServerService.
class ServerCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("server"); }
    QString summary() const override {
        return QCoreApplication::translate("ServerCommand", "Add, list, edit, test servers.");
    }
    int run(const QStringList &args, CliIo &io) override;

private:
    int add(QCommandLineParser &parser, Runtime &runtime, CliIo &io);
    int edit(QCommandLineParser &parser, Runtime &runtime, CliIo &io);
    int list(QCommandLineParser &parser, Runtime &runtime, CliIo &io);
    int show(QCommandLineParser &parser, Runtime &runtime, CliIo &io);
    int remove(QCommandLineParser &parser, Runtime &runtime, CliIo &io);
    int test(QCommandLineParser &parser, Runtime &runtime, CliIo &io);
    int repin(QCommandLineParser &parser, Runtime &runtime, CliIo &io);
};

} // namespace fleetcron
