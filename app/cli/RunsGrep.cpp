#include "RunsGrep.h"

#include "CliRuntime.h"
#include "CliTime.h"
#include "TextTable.h"
#include "runtime/Runtime.h"
#include "service/Services.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace fleetcron {
namespace {

const QString what = QStringLiteral("runs --grep");

int usage(const QString &message, CliIo &io) {
    io.err << "fleetcron " << what << ": " << message << '\n';
    return ExitUsage;
}

} // namespace

void RunsGrep::addOptions(QCommandLineParser &parser) {
    parser.addOption({QStringLiteral("grep"),
                      QCoreApplication::translate(
                          "RunsGrep", "List the executions whose stdout or stderr contains TEXT "
                                      "(ignoring case), newest first."),
                      QStringLiteral("text")});
    parser.addOption({QStringLiteral("server"),
                      QCoreApplication::translate("RunsGrep", "--grep: only on this server."),
                      QStringLiteral("name")});
    parser.addOption(
        {QStringLiteral("status"),
         QCoreApplication::translate("RunsGrep", "--grep: only executions with this status."),
         QStringLiteral("status")});
    parser.addOption({QStringLiteral("since"),
                      QCoreApplication::translate(
                          "RunsGrep", "--grep: started at or after (ISO 8601, or -1h, -7d)."),
                      QStringLiteral("time")});
    parser.addOption({QStringLiteral("until"),
                      QCoreApplication::translate("RunsGrep", "--grep: started before."),
                      QStringLiteral("time")});
    parser.addOption(
        {QStringLiteral("before"),
         QCoreApplication::translate("RunsGrep", "--grep: the next page, below this execution "
                                                 "id (as the previous page says)."),
         QStringLiteral("id")});
}

bool RunsGrep::anySet(const QCommandLineParser &parser) {
    for (const char *name : {"server", "status", "since", "until", "before"})
        if (parser.isSet(QString::fromLatin1(name)))
            return true;
    return false;
}

int RunsGrep::run(const QCommandLineParser &parser, int limit, CliIo &io) {
    SearchService::Filter filter;
    if (parser.isSet(QStringLiteral("status"))) {
        const auto status = enumFromString<ExecutionStatus>(parser.value(QStringLiteral("status")));
        if (!status)
            return usage(
                QCoreApplication::translate("RunsGrep", "status: '%1' is not an execution status")
                    .arg(parser.value(QStringLiteral("status"))),
                io);
        filter.status = *status;
    }
    for (const QString &key : {QStringLiteral("since"), QStringLiteral("until")}) {
        if (!parser.isSet(key))
            continue;
        const QDateTime t = CliTime::parse(parser.value(key));
        if (!t.isValid())
            return usage(QCoreApplication::translate(
                             "RunsGrep", "%1: '%2' is not a time (ISO 8601, a date, or -1h)")
                             .arg(key, parser.value(key)),
                         io);
        (key == QStringLiteral("since") ? filter.from : filter.to) = t;
    }
    qint64 before = 0;
    if (parser.isSet(QStringLiteral("before"))) {
        bool ok = false;
        before = parser.value(QStringLiteral("before")).toLongLong(&ok);
        if (!ok || before < 1)
            return usage(QCoreApplication::translate("RunsGrep", "before: must be an execution id"),
                         io);
    }
    auto runtime = CliRuntime::open(parser, io, what);
    if (!runtime)
        return ExitFailed;
    Services &services = runtime->services();
    if (parser.isSet(QStringLiteral("task"))) {
        auto task = services.tasks.resolve(parser.value(QStringLiteral("task")));
        if (!task)
            return CliCommand::serviceFailure(what, task.error(), io);
        filter.taskId = task->id;
    }
    if (parser.isSet(QStringLiteral("server"))) {
        auto server = services.servers.resolve(parser.value(QStringLiteral("server")));
        if (!server)
            return CliCommand::serviceFailure(what, server.error(), io);
        filter.serverId = server->id;
    }
    auto page = services.search.search(parser.value(QStringLiteral("grep")), filter, before, limit);
    if (!page)
        return CliCommand::serviceFailure(what, page.error(), io);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray hits;
        for (const SearchService::Hit &h : page->hits)
            hits.append(SearchService::hitJson(h));
        QJsonObject json{{QStringLiteral("executions"), hits}};
        json.insert(QStringLiteral("next_before"),
                    page->nextBefore > 0 ? QJsonValue(page->nextBefore) : QJsonValue());
        io.out << QJsonDocument(json).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    TextTable table({QStringLiteral("EXECUTION"), QStringLiteral("RUN"), QStringLiteral("TASK"),
                     QStringLiteral("SERVER"), QStringLiteral("STATUS"), QStringLiteral("STARTED"),
                     QStringLiteral("STREAM"), QStringLiteral("MATCH")});
    for (const SearchService::Hit &h : page->hits)
        table.addRow({QString::number(h.executionId), QString::number(h.runId), h.taskName,
                      h.serverName, toString(h.status), CliTime::local(h.startedAt), h.stream,
                      h.snippet});
    table.print(io.out);
    if (page->nextBefore > 0)
        io.err << QCoreApplication::translate("RunsGrep", "more: add --before %1")
                      .arg(page->nextBefore)
               << '\n';
    return ExitOk;
}

} // namespace fleetcron
