#include "CliRunner.h"

#include "AuditCommand.h"
#include "BlackoutCommand.h"
#include "Daemon.h"
#include "DiffCommand.h"
#include "ExportCommand.h"
#include "Face.h"
#include "ImportCommand.h"
#include "NotifyCommand.h"
#include "OutputCommand.h"
#include "RunsCommand.h"
#include "ScheduleCommand.h"
#include "ServerCommand.h"
#include "SettingsCommand.h"
#include "TaskCommand.h"
#include "TokenCommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

namespace fleetcron {

CliRunner::CliRunner() {
    // Verbs register here, in the order `--help` lists them.
    m_commands.push_back(std::make_unique<ServerCommand>());
    m_commands.push_back(std::make_unique<TaskCommand>());
    m_commands.push_back(std::make_unique<RunsCommand>());
    m_commands.push_back(std::make_unique<OutputCommand>());
    m_commands.push_back(std::make_unique<DiffCommand>());
    m_commands.push_back(std::make_unique<ExportCommand>());
    m_commands.push_back(std::make_unique<ImportCommand>());
    m_commands.push_back(std::make_unique<AuditCommand>());
    m_commands.push_back(std::make_unique<NotifyCommand>());
    m_commands.push_back(std::make_unique<SettingsCommand>());
    m_commands.push_back(std::make_unique<BlackoutCommand>());
    m_commands.push_back(std::make_unique<ScheduleCommand>());
    m_commands.push_back(std::make_unique<TokenCommand>());
}

CliRunner::~CliRunner() = default;

int CliRunner::run(const QStringList &arguments) {
    QTextStream out(stdout);
    QTextStream err(stderr);
    CliIo io{out, err};
    // Global options may come first (`fleetcron --db F task list`); chooseFace looked past them.
    const qsizetype at = verbIndex(arguments);
    const QString verb = arguments.value(at);
    if (verb == QStringLiteral("help")) // the help needs no database: the options are dropped
        return help(arguments.first(1) + arguments.mid(at), io);
    if (!verb.isEmpty() && !verb.startsWith(u'-')) {
        // The verb's own parser reads them after the verb, as in `fleetcron task --db F list`.
        QStringList verbFirst = arguments;
        verbFirst.move(at, 1);
        for (const auto &command : m_commands) {
            if (command->name() == verb)
                return command->run(verbFirst, io);
        }
        err << "fleetcron: "
            << QCoreApplication::translate("CliRunner", "unknown command '%1'; see fleetcron help")
                   .arg(verb)
            << '\n';
        return ExitUsage;
    }
    return printTopLevel(arguments, io);
}

int CliRunner::printTopLevel(const QStringList &arguments, CliIo &io) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Fleetcron runs scheduled commands on a fleet of servers over SSH and keeps every "
        "result.\nWithout a command it opens the desktop console; with --daemon it runs the "
        "engine headless, and the options below (but --help and --version) are the daemon's.\n"
        "`fleetcron help COMMAND` shows a command's own options."));
    parser.addHelpOption();
    parser.addVersionOption();
    Daemon::addOptions(parser); // one list: the daemon's parser reads the same options
    parser.addPositionalArgument(
        QStringLiteral("command"),
        QCoreApplication::translate("CliRunner", "A command to run instead of the console."),
        QStringLiteral("[command]"));
    if (!parser.parse(arguments)) {
        io.err << "fleetcron: " << parser.errorText() << '\n';
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        io.out << QCoreApplication::applicationName() << ' '
               << QCoreApplication::applicationVersion() << '\n';
        return ExitOk;
    }
    io.out << parser.helpText();
    if (!m_commands.empty()) {
        io.out << '\n' << QCoreApplication::translate("CliRunner", "Commands:") << '\n';
        for (const auto &command : m_commands)
            io.out << "  " << command->name().leftJustified(12) << command->summary() << '\n';
        io.out << "  " << QStringLiteral("help").leftJustified(12)
               << QCoreApplication::translate(
                      "CliRunner", "Show this help, or a command's: fleetcron help COMMAND.")
               << '\n';
    }
    return parser.isSet(QStringLiteral("help")) ? ExitOk : ExitUsage;
}

int CliRunner::help(const QStringList &arguments, CliIo &io) {
    // `fleetcron help` is `fleetcron --help`; `fleetcron help VERB` is `fleetcron VERB --help`.
    const QString program = arguments.value(0);
    const QString verb = arguments.value(2);
    // `help --help` (and `help -h`, as help2man asks every verb) is the top-level help too.
    if (verb.isEmpty() || verb == QStringLiteral("--help") || verb == QStringLiteral("-h"))
        return printTopLevel({program, QStringLiteral("--help")}, io);
    if (arguments.size() > 3) {
        io.err << "fleetcron help: "
               << QCoreApplication::translate("CliRunner", "expected one command; got '%1'")
                      .arg(arguments.mid(2).join(u' '))
               << '\n';
        return ExitUsage;
    }
    for (const auto &command : m_commands) {
        if (command->name() == verb)
            return command->run({program, verb, QStringLiteral("--help")}, io);
    }
    io.err << "fleetcron help: "
           << QCoreApplication::translate("CliRunner", "unknown command '%1'; see fleetcron help")
                  .arg(verb)
           << '\n';
    return ExitUsage;
}

} // namespace fleetcron
