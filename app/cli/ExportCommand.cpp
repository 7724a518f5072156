#include "ExportCommand.h"

#include "CliRuntime.h"
#include "CliTime.h"
#include "runtime/Runtime.h"
#include "service/Services.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <cstdio>

namespace fleetcron {
namespace {

QString opt(const char *name) {
    return QString::fromLatin1(name);
}

} // namespace

int ExportCommand::run(const QStringList &args, CliIo &io) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Writes every matching execution as CSV: run_id, execution_id, task, server, host, "
        "trigger, scheduled_for, started_at, ended_at, duration_ms, status, exit_code, error, "
        "stdout, stderr. Cells starting with = + - @ are neutralised for spreadsheets."));
    CliRuntime::addOption(parser);
    parser.addOption(
        {opt("out"),
         QCoreApplication::translate("ExportCommand", "Write to FILE (default: standard output)."),
         opt("file")});
    parser.addOption({opt("task"), QCoreApplication::translate("ExportCommand", "Only this task."),
                      opt("name")});
    parser.addOption({opt("server"),
                      QCoreApplication::translate("ExportCommand", "Only this server."),
                      opt("name")});
    parser.addOption(
        {opt("status"),
         QCoreApplication::translate("ExportCommand", "Only this status (succeeded, failed, …)."),
         opt("status")});
    parser.addOption({opt("since"),
                      QCoreApplication::translate("ExportCommand",
                                                  "Started at or after (ISO 8601, or -1h, -7d…)."),
                      opt("time")});
    parser.addOption(
        {opt("until"),
         QCoreApplication::translate("ExportCommand", "Started before (ISO 8601, or -1h, -7d…)."),
         opt("time")});
    parser.addOption(
        {opt("no-output"),
         QCoreApplication::translate("ExportCommand", "Leave out the stdout and stderr columns.")});
    int exitCode = ExitOk;
    if (!parseOrExplain(parser, args, io, exitCode))
        return exitCode;

    ExecutionRepository::Filter filter;
    auto usage = [&](const QString &message) {
        io.err << "fleetcron export: " << message << '\n';
        return int(ExitUsage);
    };
    if (parser.isSet(opt("status"))) {
        filter.status = enumFromString<ExecutionStatus>(parser.value(opt("status")));
        if (!filter.status)
            return usage(QCoreApplication::translate("ExportCommand", "status: unknown status '%1'")
                             .arg(parser.value(opt("status"))));
    }
    for (const auto &[name, target] :
         {std::pair{"since", &filter.from}, std::pair{"until", &filter.to}}) {
        if (!parser.isSet(opt(name)))
            continue;
        *target = CliTime::parse(parser.value(opt(name)));
        if (!target->isValid())
            return usage(
                QCoreApplication::translate("ExportCommand", "%1: '%2' is not an ISO 8601 time")
                    .arg(opt(name), parser.value(opt(name))));
    }
    auto runtime = CliRuntime::open(parser, io, QStringLiteral("export"));
    if (!runtime)
        return ExitFailed;
    Services &services = runtime->services();
    const QString verb = QStringLiteral("export");
    if (parser.isSet(opt("task"))) {
        auto task = services.tasks.resolve(parser.value(opt("task")));
        if (!task)
            return serviceFailure(verb, task.error(), io);
        filter.taskId = task->id;
    }
    if (parser.isSet(opt("server"))) {
        auto server = services.servers.resolve(parser.value(opt("server")));
        if (!server)
            return serviceFailure(verb, server.error(), io);
        filter.serverId = server->id;
    }

    const bool withOutput = !parser.isSet(opt("no-output"));
    const QString out = parser.value(opt("out"));
    const bool toStdout = out.isEmpty() || out == QStringLiteral("-");
    // Standard output streams as rows come; a file appears whole or not at all (the service).
    ReportService::Outcome outcome;
    if (toStdout) {
        QFile stdoutFile;
        if (!stdoutFile.open(stdout, QIODevice::WriteOnly))
            return ExitFailed;
        outcome = services.reports.writeCsv(filter, withOutput, stdoutFile);
    } else {
        outcome = services.reports.exportToFile(filter, withOutput, out);
    }
    if (!outcome.error.isEmpty()) {
        io.err << "fleetcron export: " << outcome.error << '\n';
        return outcome.kind == StoreError::Kind::None ? int(ExitFailed) : exitCodeFor(outcome.kind);
    }
    if (!toStdout)
        io.err << QCoreApplication::translate("ExportCommand", "exported %1 executions to %2")
                      .arg(outcome.rows)
                      .arg(out)
               << '\n';
    return ExitOk;
}

} // namespace fleetcron
