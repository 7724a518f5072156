#include "RunsCommand.h"

#include "CliRuntime.h"
#include "TextTable.h"
#include "model/ModelJson.h"
#include "runtime/Runtime.h"
#include "service/Services.h"

#include <QCommandLineParser>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

namespace fleetcron {

int RunsCommand::run(const QStringList &args, CliIo &io) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("List recent runs, newest first."));
    CliRuntime::addOption(parser);
    parser.addOption({QStringLiteral("task"), QStringLiteral("Only runs of this task."),
                      QStringLiteral("name")});
    parser.addOption({QStringLiteral("limit"), QStringLiteral("At most N runs (default 20)."),
                      QStringLiteral("n"), QStringLiteral("20")});
    parser.addOption({QStringLiteral("json"),
                      QStringLiteral("Print JSON, with every execution and its output.")});
    int exitCode = ExitOk;
    if (!parseOrExplain(parser, args, io, exitCode))
        return exitCode;
    bool ok = false;
    const int limit = parser.value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit < 1 || limit > 100000) {
        io.err << "fleetcron runs: limit: must be a number from 1 to 100000\n";
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
    // Names by id, looked up once: removed servers keep their name in history.
    QHash<qint64, QString> taskNames;
    QHash<qint64, QString> serverNames;
    auto taskName = [&](qint64 id) {
        if (!taskNames.contains(id)) {
            auto t = services.tasks.find(id);
            taskNames.insert(id, t ? t->name : QStringLiteral("#%1").arg(id));
        }
        return taskNames.value(id);
    };
    auto serverName = [&](qint64 id) {
        if (!serverNames.contains(id)) {
            auto s = services.servers.find(id, true);
            serverNames.insert(id, s ? s->name : QStringLiteral("#%1").arg(id));
        }
        return serverNames.value(id);
    };
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Run &r : found.value()) {
            QJsonObject json = ModelJson::run(r);
            json.insert(QStringLiteral("task"), taskName(r.taskId));
            QJsonArray list;
            if (auto execs = services.runs.executionsOf(r.id)) {
                for (const Execution &e : execs.value())
                    list.append(ModelJson::execution(e, true, serverName(e.serverId)));
            }
            json.insert(QStringLiteral("executions"), list);
            array.append(json);
        }
        io.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    TextTable table({QStringLiteral("RUN"), QStringLiteral("TASK"), QStringLiteral("TRIGGER"),
                     QStringLiteral("STARTED"), QStringLiteral("STATUS"),
                     QStringLiteral("SERVERS")});
    for (const Run &r : found.value()) {
        QStringList results;
        ExecutionRepository::Filter ef;
        ef.runId = r.id; // without output: the table shows statuses only
        if (auto execs = services.runs.executions(ef)) {
            for (const Execution &e : execs.value()) {
                results.append(QStringLiteral("%1=%2%3").arg(
                    serverName(e.serverId), toString(e.status),
                    e.exitCode ? QStringLiteral("(%1)").arg(*e.exitCode) : QString()));
            }
        }
        const QDateTime at = r.startedAt.isValid() ? r.startedAt : r.scheduledFor;
        table.addRow({QString::number(r.id), taskName(r.taskId), toString(r.trigger),
                      at.isValid() ? at.toLocalTime().toString(Qt::ISODate) : QStringLiteral("-"),
                      toString(r.status), results.join(u' ')});
    }
    table.print(io.out);
    return ExitOk;
}

} // namespace fleetcron
