#include "OutputCommand.h"

#include "CliRuntime.h"
#include "CliTime.h"
#include "ExecutionView.h"
#include "model/ModelJson.h"
#include "runtime/Runtime.h"
#include "service/Services.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

namespace fleetcron {
namespace {

QJsonObject outputJson(const Execution &e, const QString &server) {
    QJsonObject o{
        {QStringLiteral("server_id"), e.serverId},
        {QStringLiteral("server"), server},
        {QStringLiteral("status"), toString(e.status)},
        {QStringLiteral("exit_code"), e.exitCode ? QJsonValue(*e.exitCode) : QJsonValue::Null}};
    if (!e.stdoutData.isEmpty())
        o.insert(QStringLiteral("stdout"), QString::fromUtf8(e.stdoutData));
    if (!e.stderrData.isEmpty())
        o.insert(QStringLiteral("stderr"), QString::fromUtf8(e.stderrData));
    return o;
}

} // namespace

int OutputCommand::run(const QStringList &args, CliIo &io) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "OutputCommand",
        "Prints the latest completed run of TASK: each server's status, exit code, "
        "stdout and stderr."));
    parser.addPositionalArgument(QStringLiteral("task"),
                                 QCoreApplication::translate("OutputCommand", "The task's name."));
    CliRuntime::addOption(parser);
    parser.addOption(
        {QStringLiteral("json"), QCoreApplication::translate("OutputCommand", "Print JSON.")});
    int exitCode = ExitOk;
    if (!parseOrExplain(parser, args, io, exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1) {
        io.err << "fleetcron output: "
               << QCoreApplication::translate("OutputCommand", "expected the task's name") << '\n';
        return ExitUsage;
    }
    auto runtime = CliRuntime::open(parser, io, QStringLiteral("output"));
    if (!runtime)
        return ExitFailed;
    Services &services = runtime->services();
    const QString verb = QStringLiteral("output");
    auto task = services.tasks.resolve(parser.positionalArguments().at(0));
    if (!task)
        return serviceFailure(verb, task.error(), io);
    auto latest = services.runs.latestCompleted(task->id);
    if (!latest)
        return serviceFailure(verb, latest.error(), io);
    if (!latest.value()) {
        io.err << "fleetcron output: "
               << QCoreApplication::translate("OutputCommand", "task %1 has no completed run yet")
                      .arg(task->name)
               << '\n';
        return ExitFailed;
    }
    const Run run = *latest.value();
    auto executions = services.runs.executionsOf(run.id);
    if (!executions)
        return serviceFailure(verb, executions.error(), io);
    auto serverName = [&](qint64 id) {
        auto server = services.servers.find(id, true);
        return server ? server->name : QString();
    };
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray outputs;
        for (const Execution &e : executions.value())
            outputs.append(outputJson(e, serverName(e.serverId)));
        QJsonObject doc{{QStringLiteral("task"), task->name},
                        {QStringLiteral("run_id"), run.id},
                        {QStringLiteral("status"), toString(run.status)},
                        {QStringLiteral("completion_time"), ModelJson::time(run.finishedAt)},
                        {QStringLiteral("outputs"), outputs}};
        io.out << QJsonDocument(doc).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    io.out << "run " << run.id << " of " << task->name << ": " << toString(run.status)
           << ", completed " << CliTime::local(run.finishedAt) << '\n';
    for (const Execution &e : executions.value()) {
        const QString name = serverName(e.serverId);
        ExecutionView::print(e, name.isEmpty() ? QString::number(e.serverId) : name,
                             ExecutionView::Detail::Brief, io.out);
    }
    return ExitOk;
}

} // namespace fleetcron
