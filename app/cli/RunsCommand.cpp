#include "RunsCommand.h"

#include "CliRuntime.h"
#include "CliTime.h"
#include "RunCancel.h"
#include "RunView.h"
#include "RunsGrep.h"
#include "TextTable.h"
#include "model/ModelJson.h"
#include "model/RunReason.h"
#include "runtime/Runtime.h"
#include "service/Services.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#include <algorithm>

namespace fleetcron {

namespace {

QList<qint64> distinct(QList<qint64> ids) {
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

} // namespace

int RunsCommand::run(const QStringList &args, CliIo &io) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "RunsCommand", "List recent runs, newest first (each server's attempts apart, as "
                       "web1#1=failed(1) web1#2=succeeded(0)); show one run; cancel one.\n"
                       "Times are local, with their offset."));
    parser.addPositionalArgument(
        QStringLiteral("action"),
        QCoreApplication::translate("RunsCommand", "list (the default) | show RUN | cancel RUN"),
        QStringLiteral("[action]"));
    parser.addPositionalArgument(QStringLiteral("run"),
                                 QCoreApplication::translate("RunsCommand", "The run's id."),
                                 QStringLiteral("[run]"));
    CliRuntime::addOption(parser);
    parser.addOption({QStringLiteral("task"),
                      QCoreApplication::translate("RunsCommand", "Only runs of this task."),
                      QStringLiteral("name")});
    parser.addOption({QStringLiteral("limit"),
                      QCoreApplication::translate("RunsCommand", "At most N runs (default 20)."),
                      QStringLiteral("n"), QStringLiteral("20")});
    parser.addOption({QStringLiteral("json"),
                      QCoreApplication::translate(
                          "RunsCommand", "Print JSON, with every execution and its output.")});
    parser.addOption({QStringLiteral("wait"),
                      QCoreApplication::translate(
                          "RunsCommand", "cancel: wait until the run has ended (the default).")});
    RunCancel::addOptions(parser);
    RunsGrep::addOptions(parser);
    int exitCode = ExitOk;
    if (!parseOrExplain(parser, args, io, exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0, QStringLiteral("list"));
    if (action == QStringLiteral("show") || action == QStringLiteral("cancel"))
        return runAction(parser, action, io);
    if (action != QStringLiteral("list") || positional.size() > 1) {
        io.err << "fleetcron runs: "
               << QCoreApplication::translate("RunsCommand",
                                              "expected list, show RUN or cancel RUN; got '%1'")
                      .arg(positional.join(u' '))
               << '\n';
        return ExitUsage;
    }
    bool ok = false;
    const int limit = parser.value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit < 1 || limit > 100000) {
        io.err << "fleetcron runs: "
               << QCoreApplication::translate("RunsCommand",
                                              "limit: must be a number from 1 to 100000")
               << '\n';
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("grep")))
        return RunsGrep::run(parser, parser.isSet(QStringLiteral("limit")) ? limit : 50, io);
    if (RunsGrep::anySet(parser)) {
        io.err << "fleetcron runs: "
               << QCoreApplication::translate(
                      "RunsCommand",
                      "--server, --status, --since, --until and --before need --grep")
               << '\n';
        return ExitUsage;
    }
    auto runtime = CliRuntime::open(parser, io, QStringLiteral("runs"));
    if (!runtime)
        return ExitFailed;
    Services &services = runtime->services();

    RunRepository::Filter filter;
    filter.limit = limit;
    if (parser.isSet(QStringLiteral("task"))) {
        auto task = services.tasks.resolve(parser.value(QStringLiteral("task")));
        if (!task)
            return serviceFailure(QStringLiteral("runs"), task.error(), io);
        filter.taskId = task->id;
    }
    auto found = services.runs.list(filter);
    if (!found)
        return serviceFailure(QStringLiteral("runs"), found.error(), io);
    // One query for the page's executions and one each for the names of its tasks and servers
    // (removed servers keep their name in history): a round trip per run or per name cost
    // PostgreSQL ~1 ms each, most of `runs --json` beyond the process's start.
    auto executions = services.runs.executionsOfRuns(found.value());
    if (!executions)
        return serviceFailure(QStringLiteral("runs"), executions.error(), io);
    QList<qint64> taskIds;
    QList<qint64> serverIds;
    for (const Run &r : found.value()) {
        taskIds << r.taskId;
        for (const Execution &e : executions->value(r.id))
            serverIds << e.serverId;
    }
    auto taskNames = services.tasks.namesOf(distinct(taskIds));
    if (!taskNames)
        return serviceFailure(QStringLiteral("runs"), taskNames.error(), io);
    auto serverNames = services.servers.namesOf(distinct(serverIds));
    if (!serverNames)
        return serviceFailure(QStringLiteral("runs"), serverNames.error(), io);
    auto taskName = [&](qint64 id) { return taskNames->value(id, QStringLiteral("#%1").arg(id)); };
    auto serverName = [&](qint64 id) {
        return serverNames->value(id, QStringLiteral("#%1").arg(id));
    };
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Run &r : found.value()) {
            QJsonObject json = ModelJson::run(r);
            json.insert(QStringLiteral("task"), taskName(r.taskId));
            QJsonArray list;
            for (const Execution &e : executions->value(r.id))
                list.append(ModelJson::execution(e, true, serverName(e.serverId)));
            json.insert(QStringLiteral("executions"), list);
            array.append(json);
        }
        io.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    TextTable table({QStringLiteral("RUN"), QStringLiteral("TASK"), QStringLiteral("TRIGGER"),
                     QStringLiteral("STARTED"), QStringLiteral("STATUS"), QStringLiteral("PARENT"),
                     QStringLiteral("SERVERS"), QStringLiteral("REASON")});
    for (const Run &r : found.value()) {
        const QString results = RunView::attempts(executions->value(r.id), serverName);
        const QDateTime at = r.startedAt.isValid() ? r.startedAt : r.scheduledFor;
        table.addRow({QString::number(r.id), taskName(r.taskId), toString(r.trigger),
                      CliTime::local(at), toString(r.status),
                      r.parentRunId > 0 ? QString::number(r.parentRunId) : QStringLiteral("-"),
                      results, runReasonText(r.reason)});
    }
    table.print(io.out);
    return ExitOk;
}

int RunsCommand::runAction(QCommandLineParser &parser, const QString &action, CliIo &io) {
    const QString what = QStringLiteral("runs ") + action;
    const QStringList positional = parser.positionalArguments();
    bool ok = false;
    const qint64 runId = positional.value(1).toLongLong(&ok);
    if (positional.size() != 2 || !ok || runId < 1) {
        io.err << "fleetcron " << what << ": "
               << QCoreApplication::translate("RunsCommand",
                                              "expected the run's id (a number, as `runs` lists)")
               << '\n';
        return ExitUsage;
    }
    if (action == QStringLiteral("cancel") && !RunCancel::validOptions(parser, what, io))
        return ExitUsage;
    auto runtime = CliRuntime::open(parser, io, what);
    if (!runtime)
        return ExitFailed;
    if (action == QStringLiteral("cancel"))
        return RunCancel::cancelRun(parser, *runtime, runId, io);
    Services &services = runtime->services();
    auto run = services.runs.find(runId);
    if (!run)
        return serviceFailure(what, run.error(), io);
    auto executions = services.runs.executionsOf(runId);
    if (!executions)
        return serviceFailure(what, executions.error(), io);
    auto task = services.tasks.find(run->taskId);
    const QString taskName = task ? task->name : QStringLiteral("#%1").arg(run->taskId);
    auto serverName = [&](qint64 id) {
        auto s = services.servers.find(id, true);
        return s ? s->name : QStringLiteral("#%1").arg(id);
    };
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject json = ModelJson::run(run.value());
        json.insert(QStringLiteral("task"), taskName);
        QJsonArray list;
        for (const Execution &e : executions.value())
            list.append(ModelJson::execution(e, true, serverName(e.serverId)));
        json.insert(QStringLiteral("executions"), list);
        io.out << QJsonDocument(json).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    RunView::printDetail(run.value(), taskName, executions.value(), serverName, io.out);
    return ExitOk;
}

} // namespace fleetcron
