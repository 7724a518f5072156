#pragma once

#include "CliCommand.h"

class QCommandLineParser;

namespace fleetcron {

class Database;
struct Server;

// `fleetcron server add|list|show|edit|remove|test|repin …`
class ServerCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("server"); }
    QString summary() const override { return QStringLiteral("Add, list, edit, test servers."); }
    int run(const QStringList &args, CliIo &io) override;

private:
    int add(QCommandLineParser &parser, Database &db, CliIo &io);
    int edit(QCommandLineParser &parser, Database &db, CliIo &io);
    int list(QCommandLineParser &parser, Database &db, CliIo &io);
    int show(QCommandLineParser &parser, Database &db, CliIo &io);
    int remove(QCommandLineParser &parser, Database &db, CliIo &io);
    int test(QCommandLineParser &parser, Database &db, CliIo &io, bool repin);
};

} // namespace fleetcron
