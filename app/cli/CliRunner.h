#pragma once

#include "CliCommand.h"

#include <QStringList>

#include <memory>
#include <vector>

namespace fleetcron {

// Runs the headless faces: `--help`, `--version`, `--daemon` and the verbs.
class CliRunner {
public:
    CliRunner();
    ~CliRunner();
    int run(const QStringList &arguments);

private:
    int printTopLevel(const QStringList &arguments, CliIo &io);
    int help(const QStringList &arguments, CliIo &io);
    std::vector<std::unique_ptr<CliCommand>> m_commands;
};

} // namespace fleetcron
