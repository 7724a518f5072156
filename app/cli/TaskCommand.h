#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

class QCommandLineParser;

namespace fleetcron {

class Runtime;

// `fleetcron task add|list|show|edit|remove|enable|disable|run …`, each through TaskService
// (and RunService for `run`).
class TaskCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("task"); }
    QString summary() const override {
        return QCoreApplication::translate("TaskCommand",
                                           "Add, list, edit, enable, disable and run tasks.");
    }
    int run(const QStringList &args, CliIo &io) override;

private:
    int add(QCommandLineParser &parser, Runtime &runtime, CliIo &io);
    int edit(QCommandLineParser &parser, Runtime &runtime, CliIo &io);
    int list(QCommandLineParser &parser, Runtime &runtime, CliIo &io);
    int show(QCommandLineParser &parser, Runtime &runtime, CliIo &io);
    int remove(QCommandLineParser &parser, Runtime &runtime, CliIo &io);
    int setEnabled(QCommandLineParser &parser, Runtime &runtime, CliIo &io, bool enabled);
    int runNow(QCommandLineParser &parser, Runtime &runtime, CliIo &io);
};

} // namespace fleetcron
