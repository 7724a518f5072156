#include "CliCommand.h"

#include "CliRuntime.h"
#include "runtime/Runtime.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>
#include <QTextStream>

#include <algorithm>

namespace fleetcron {
namespace {

bool looksLikeNegativeNumber(const QString &word) {
    static const QRegularExpression number(QStringLiteral("^-(\\d+\\.?\\d*|\\.\\d+)$"));
    return number.match(word).hasMatch();
}

// QCommandLineParser reads "-3" as the option "3", so `settings set retention.days -3` failed with
// "Unknown option '3'". Where such a word stands as a positional argument (not as the value of
// an option before it, which the parser takes as it is), the words are put in the order
// options, "--", positional arguments; each group keeps its own order, so the verb sees the
// same options and positional arguments. Anything else is left as it was.
QStringList keepNegativeNumbersPositional(QCommandLineParser &parser, const QStringList &args) {
    if (std::none_of(args.cbegin(), args.cend(), looksLikeNegativeNumber))
        return args; // nothing to look at: no trial parses
    QStringList options = args.first(1);
    QStringList positional;
    bool moved = false;
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString &word = args.at(i);
        if (word == QStringLiteral("--")) {
            positional += args.mid(i + 1);
            break;
        }
        if (!word.startsWith(u'-') || word == QStringLiteral("-") ||
            looksLikeNegativeNumber(word)) {
            moved = moved || looksLikeNegativeNumber(word);
            positional.append(word);
            continue;
        }
        options.append(word);
        // Whether the option takes the next word as its value, the parser itself says: it does
        // when a word after it is not left as a positional argument.
        if (i + 1 < args.size() && parser.parse({args.at(0), word, QStringLiteral("value")}) &&
            parser.positionalArguments().isEmpty())
            options.append(args.at(++i));
    }
    if (!moved)
        return args;
    return options + QStringList{QStringLiteral("--")} + positional;
}

} // namespace

bool CliCommand::parseOrExplain(QCommandLineParser &parser, const QStringList &args, CliIo &io,
                                int &exitCode) {
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QCoreApplication::translate("CliCommand", "Show this help."));
    parser.addOption(help);
    // The verb is a positional argument of the program; drop it so the verb's parser sees
    // only its own words.
    QStringList verbArgs = args;
    if (verbArgs.size() > 1)
        verbArgs.removeAt(1);
    verbArgs = keepNegativeNumbersPositional(parser, verbArgs);
    if (!parser.parse(verbArgs)) {
        io.err << verbArgs.value(0) << ' ' << args.value(1) << ": " << parser.errorText() << '\n';
        exitCode = ExitUsage;
        return false;
    }
    if (parser.isSet(help)) {
        // Qt names only the program in its usage line; the verb belongs there too.
        // Its usage line is translated ("Aufruf: %1"): the program's path follows the words
        // before %1.
        QString text = parser.helpText();
        const QString usage = QCoreApplication::translate("QCommandLineParser", "Usage: %1");
        const QString lead = usage.left(usage.indexOf(QStringLiteral("%1")));
        if (text.startsWith(lead)) {
            qsizetype end = lead.size();
            while (end < text.size() && !text.at(end).isSpace())
                ++end;
            text.replace(lead.size(), end - lead.size(),
                         QStringLiteral("fleetcron ") + args.value(1));
        }
        io.out << text;
        exitCode = ExitOk;
        return false;
    }
    return true;
}

int CliCommand::dispatchAction(const QString &verb, const QString &noun, QCommandLineParser &parser,
                               const QList<std::pair<QString, Action>> &actions, CliIo &io) {
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    QStringList names;
    const Action *chosen = nullptr;
    for (const auto &[name, run] : actions) {
        names.append(name);
        if (name == action)
            chosen = &run;
    }
    if (!chosen) {
        io.err << "fleetcron " << verb << ": "
               << QCoreApplication::translate("CliCommand", "expected one of %1")
                      .arg(names.join(QStringLiteral(", ")))
               << (action.isEmpty()
                       ? QString()
                       : QCoreApplication::translate("CliCommand", "; got '%1'").arg(action))
               << '\n';
        return ExitUsage;
    }
    const bool needsName = action != QStringLiteral("list");
    if (positional.size() != (needsName ? 2 : 1)) {
        io.err << "fleetcron " << verb << ' ' << action << ": "
               << (!needsName
                       ? QCoreApplication::translate("CliCommand", "unexpected argument '%1'")
                             .arg(positional.value(1))
                   : noun == u"task"
                       ? QCoreApplication::translate("CliCommand", "expected the task's name")
                   : noun == u"token"
                       ? QCoreApplication::translate("CliCommand", "expected the token's name")
                       : QCoreApplication::translate("CliCommand", "expected the server's name"))
               << '\n';
        return ExitUsage;
    }
    auto runtime = CliRuntime::open(parser, io, verb);
    if (!runtime)
        return ExitFailed;
    return (*chosen)(parser, *runtime, io);
}

int CliCommand::serviceFailure(const QString &what, const StoreError &error, CliIo &io) {
    io.err << "fleetcron " << what << ": " << error.message << '\n';
    return exitCodeFor(error.kind);
}

int CliCommand::exitCodeFor(StoreError::Kind kind) {
    switch (kind) {
    case StoreError::Kind::Duplicate:
    case StoreError::Kind::NotFound:
    case StoreError::Kind::UnknownReference:
    case StoreError::Kind::Invalid:
    case StoreError::Kind::Conflict:
        return ExitUsage;
    case StoreError::Kind::None:
        return ExitOk;
    case StoreError::Kind::Busy:
    case StoreError::Kind::SchemaTooNew:
    case StoreError::Kind::Unavailable:
    case StoreError::Kind::Internal:
        break;
    }
    return ExitFailed;
}

} // namespace fleetcron
