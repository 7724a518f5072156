#include "DiffCommand.h"

#include "CliRuntime.h"
#include "CliTime.h"
#include "runtime/Runtime.h"
#include "service/Services.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QTextStream>

namespace fleetcron {
namespace {

QString describe(const Execution &e) {
    QString exit = e.exitCode ? QStringLiteral(" (exit %1)").arg(*e.exitCode) : QString();
    return QStringLiteral("execution %1 · run %2 · %3 · %4%5")
        .arg(e.id)
        .arg(e.runId)
        .arg(CliTime::local(e.startedAt), toString(e.status), exit);
}

void printStream(const QString &name, const LineDiff::Result &diff, int context, CliIo &io) {
    if (diff.identical()) {
        io.out << name << ": " << QCoreApplication::translate("DiffCommand", "unchanged") << '\n';
        return;
    }
    io.out << name << ':';
    if (diff.gaveUp)
        io.out << ' '
               << QCoreApplication::translate(
                      "DiffCommand", "(too different to line up: all of it is shown as replaced)");
    io.out << '\n';
    for (const QString &line : LineDiff::unified(diff.lines, context))
        io.out << line << '\n';
}

} // namespace

int DiffCommand::run(const QStringList &args, CliIo &io) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "DiffCommand",
        "Shows what EXECUTION printed beside the previous run of the same task on the same "
        "server (or --against another execution): unified diff, - for lines gone, + for "
        "lines new. Execution ids are in `fleetcron runs` and `fleetcron runs show RUN`."));
    parser.addPositionalArgument(QStringLiteral("execution"),
                                 QCoreApplication::translate("DiffCommand", "The execution's id."));
    CliRuntime::addOption(parser);
    parser.addOption(
        {QStringLiteral("against"),
         QCoreApplication::translate("DiffCommand",
                                     "Compare with this execution instead of the previous run's."),
         QStringLiteral("EXECUTION")});
    parser.addOption(
        {QStringLiteral("stream"),
         QCoreApplication::translate("DiffCommand", "stdout, stderr or both (default both)."),
         QStringLiteral("STREAM"), QStringLiteral("both")});
    parser.addOption({QStringLiteral("context"),
                      QCoreApplication::translate(
                          "DiffCommand", "Unchanged lines shown around each change (default 3)."),
                      QStringLiteral("N"), QStringLiteral("3")});
    parser.addOption(
        {QStringLiteral("exit-code"),
         QCoreApplication::translate(
             "DiffCommand", "Exit 1 when the outputs differ, 0 when they are the same (as git diff "
                            "--exit-code).")});
    parser.addOption(
        {QStringLiteral("json"),
         QCoreApplication::translate("DiffCommand", "Print JSON: every line with its kind.")});
    int exitCode = ExitOk;
    if (!parseOrExplain(parser, args, io, exitCode))
        return exitCode;
    auto usage = [&io](const QString &message) {
        io.err << "fleetcron diff: " << message << '\n';
        return int(ExitUsage);
    };
    bool ok = false;
    const qint64 id = parser.positionalArguments().value(0).toLongLong(&ok);
    if (parser.positionalArguments().size() != 1 || !ok || id <= 0)
        return usage(
            QCoreApplication::translate("DiffCommand", "expected one execution id (a number)"));
    std::optional<qint64> against;
    if (parser.isSet(QStringLiteral("against"))) {
        const qint64 other = parser.value(QStringLiteral("against")).toLongLong(&ok);
        if (!ok || other <= 0)
            return usage(QCoreApplication::translate(
                "DiffCommand", "--against: expected an execution id (a number)"));
        against = other;
    }
    const QString stream = parser.value(QStringLiteral("stream"));
    const auto streams = OutputDiffService::streams(stream);
    if (!streams)
        return usage(QCoreApplication::translate("DiffCommand",
                                                 "--stream: '%1' is not stdout, stderr or both")
                         .arg(stream));
    const int context = parser.value(QStringLiteral("context")).toInt(&ok);
    if (!ok || context < 0 || context > 100000)
        return usage(QCoreApplication::translate(
            "DiffCommand", "--context: expected a number of lines from 0 to 100000"));

    auto runtime = CliRuntime::open(parser, io, QStringLiteral("diff"));
    if (!runtime)
        return ExitFailed;
    auto compared = runtime->services().diffs.compare(id, against);
    if (!compared)
        return serviceFailure(QStringLiteral("diff"), compared.error(), io);
    const OutputDiffService::Comparison &c = compared.value();
    const bool differ = OutputDiffService::differ(c, *streams);
    if (parser.isSet(QStringLiteral("json"))) {
        io.out
            << QJsonDocument(OutputDiffService::json(c, *streams)).toJson(QJsonDocument::Indented);
    } else {
        if (c.previous)
            io.out << "--- " << describe(*c.previous) << '\n';
        else
            io.out << "--- "
                   << QCoreApplication::translate(
                          "DiffCommand",
                          "nothing earlier: no previous run of this task on this server")
                   << '\n';
        io.out << "+++ " << describe(c.current) << '\n';
        if (streams->out)
            printStream(QStringLiteral("stdout"), c.stdoutDiff, context, io);
        if (streams->err)
            printStream(QStringLiteral("stderr"), c.stderrDiff, context, io);
    }
    return parser.isSet(QStringLiteral("exit-code")) && differ ? ExitFailed : ExitOk;
}

} // namespace fleetcron
