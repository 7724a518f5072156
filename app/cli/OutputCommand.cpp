#include "OutputCommand.h"

#include "CliStore.h"
#include "model/ModelJson.h"
#include "store/Database.h"
#include "store/ExecutionRepository.h"
#include "store/RunRepository.h"
#include "store/ServerRepository.h"
#include "store/TaskRepository.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

namespace fleetcron {

int OutputCommand::run(const QStringList &args, CliIo &io) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Prints the latest completed run of TASK: each server's status, exit code, "
                       "stdout and stderr."));
    parser.addPositionalArgument(QStringLiteral("task"), QStringLiteral("The task's name."));
    CliStore::addOption(parser);
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON.")});
    int exitCode = ExitOk;
    if (!parseOrExplain(parser, args, io, exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1) {
        io.err << "fleetcron output: expected the task's name\n";
        return ExitUsage;
    }
    auto db = CliStore::open(parser, io, QStringLiteral("output"));
    if (!db)
        return ExitFailed;
    auto task = TaskRepository(*db).findByName(parser.positionalArguments().at(0));
    if (!task) {
        io.err << "fleetcron output: " << task.error().toString() << '\n';
        return ExitUsage;
    }
    auto latest = RunRepository(*db).latestCompleted(task->id);
    if (!latest) {
        io.err << "fleetcron output: " << latest.error().toString() << '\n';
        return ExitFailed;
    }
    if (!latest.value()) {
        io.err << "fleetcron output: task " << task->name << " has no completed run yet\n";
        return ExitFailed;
    }
    const Run run = *latest.value();
    ExecutionRepository::Filter filter;
    filter.runId = run.id;
    filter.withOutput = true;
    auto executions = ExecutionRepository(*db).list(filter);
    if (!executions) {
        io.err << "fleetcron output: " << executions.error().toString() << '\n';
        return ExitFailed;
    }
    QList<Execution> list = executions.value();
    std::sort(list.begin(), list.end(),
              [](const Execution &a, const Execution &b) { return a.id < b.id; });
    ServerRepository servers(*db);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray outputs;
        for (const Execution &e : list) {
            auto server = servers.find(e.serverId, true);
            QJsonObject o{{QStringLiteral("server_id"), e.serverId},
                          {QStringLiteral("server"), server ? server->name : QString()},
                          {QStringLiteral("status"), toString(e.status)},
                          {QStringLiteral("exit_code"),
                           e.exitCode ? QJsonValue(*e.exitCode) : QJsonValue::Null}};
            if (!e.stdoutData.isEmpty())
                o.insert(QStringLiteral("stdout"), QString::fromUtf8(e.stdoutData));
            if (!e.stderrData.isEmpty())
                o.insert(QStringLiteral("stderr"), QString::fromUtf8(e.stderrData));
            outputs.append(o);
        }
        QJsonObject doc{{QStringLiteral("task"), task->name},
                        {QStringLiteral("run_id"), run.id},
                        {QStringLiteral("status"), toString(run.status)},
                        {QStringLiteral("completion_time"), ModelJson::time(run.finishedAt)},
                        {QStringLiteral("outputs"), outputs}};
        io.out << QJsonDocument(doc).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    io.out << "run " << run.id << " of " << task->name << ": " << toString(run.status)
           << ", completed "
           << (run.finishedAt.isValid() ? run.finishedAt.toLocalTime().toString(Qt::ISODate)
                                        : QStringLiteral("-"))
           << '\n';
    for (const Execution &e : list) {
        auto server = servers.find(e.serverId, true);
        io.out << "== " << (server ? server->name : QString::number(e.serverId)) << ": "
               << toString(e.status);
        if (e.exitCode)
            io.out << ", exit " << *e.exitCode;
        io.out << '\n';
        if (!e.error.isEmpty())
            io.out << "error: " << e.error << '\n';
        if (!e.stdoutData.isEmpty())
            io.out << "-- stdout --\n"
                   << QString::fromUtf8(e.stdoutData) << (e.stdoutData.endsWith('\n') ? "" : "\n");
        if (!e.stderrData.isEmpty())
            io.out << "-- stderr --\n"
                   << QString::fromUtf8(e.stderrData) << (e.stderrData.endsWith('\n') ? "" : "\n");
    }
    return ExitOk;
}

} // namespace fleetcron
