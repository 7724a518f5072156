#include "CliCommand.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace fleetcron {

bool CliCommand::parseOrExplain(QCommandLineParser &parser, const QStringList &args, CliIo &io,
                                int &exitCode) {
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this help."));
    parser.addOption(help);
    // The verb is a positional argument of the program; drop it so the verb's parser sees
    // only its own words.
    QStringList verbArgs = args;
    if (verbArgs.size() > 1)
        verbArgs.removeAt(1);
    if (!parser.parse(verbArgs)) {
        io.err << verbArgs.value(0) << ' ' << args.value(1) << ": " << parser.errorText() << '\n';
        exitCode = ExitUsage;
        return false;
    }
    if (parser.isSet(help)) {
        io.out << parser.helpText();
        exitCode = ExitOk;
        return false;
    }
    return true;
}

} // namespace fleetcron
