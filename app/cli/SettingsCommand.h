#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

class QCommandLineParser;

namespace fleetcron {

class Runtime;

// `fleetcron settings list | get KEY | set KEY VALUE [KEY VALUE…] [--json]`: the shared
// settings every engine on the database reads (SettingsService: checked, saved all or none).
class SettingsCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("settings"); }
    QString summary() const override {
        return QCoreApplication::translate("SettingsCommand",
                                           "List, get and set the shared engine settings.");
    }
    int run(const QStringList &args, CliIo &io) override;

private:
    int list(const QCommandLineParser &parser, Runtime &runtime, CliIo &io);
    int get(const QCommandLineParser &parser, Runtime &runtime, CliIo &io);
    int set(const QCommandLineParser &parser, Runtime &runtime, CliIo &io);
};

} // namespace fleetcron
