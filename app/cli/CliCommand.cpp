#include "CliCommand.h"

#include <QCommandLineParser>
#include <QRegularExpression>
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
        // Qt names only the program in its usage line; the verb belongs there too.
        QString text = parser.helpText();
        text.replace(QRegularExpression(QStringLiteral("^Usage: \\S+")),
                     QStringLiteral("Usage: fleetcron ") + args.value(1));
        io.out << text;
        exitCode = ExitOk;
        return false;
    }
    return true;
}

} // namespace fleetcron
