#pragma once

#include "CliCommand.h"

class QCommandLineParser;

namespace fleetcron {

class Database;

// `fleetcron task add|list|show|edit|remove|enable|disable|run …`
class TaskCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("task"); }
    QString summary() const override {
        return QStringLiteral("Add, list, edit, enable, disable and run tasks.");
    }
    int run(const QStringList &args, CliIo &io) override;

private:
    int add(QCommandLineParser &parser, Database &db, CliIo &io);
    int edit(QCommandLineParser &parser, Database &db, CliIo &io);
    int list(QCommandLineParser &parser, Database &db, CliIo &io);
    int show(QCommandLineParser &parser, Database &db, CliIo &io);
    int remove(QCommandLineParser &parser, Database &db, CliIo &io);
    int setEnabled(QCommandLineParser &parser, Database &db, CliIo &io, bool enabled);
    int runNow(QCommandLineParser &parser, Database &db, CliIo &io);
};

} // namespace fleetcron
