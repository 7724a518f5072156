#pragma once

#include "CliCommand.h"

namespace fleetcron {

// `fleetcron notify add|list|remove|test|deliveries`: the notification rules (webhooks, pings,
// tray notices) and the record of their deliveries (NotificationService).
class NotifyCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("notify"); }
    QString summary() const override;
    int run(const QStringList &args, CliIo &io) override;

private:
    static int add(QCommandLineParser &p, Runtime &runtime, CliIo &io);
    static int list(QCommandLineParser &p, Runtime &runtime, CliIo &io);
    static int remove(QCommandLineParser &p, Runtime &runtime, CliIo &io);
    static int test(QCommandLineParser &p, Runtime &runtime, CliIo &io);
    static int deliveries(QCommandLineParser &p, Runtime &runtime, CliIo &io);
};

} // namespace fleetcron
