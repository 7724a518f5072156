#include "ExportCommand.h"

#include "CliStore.h"
#include "report/ExecutionReportWriter.h"
#include "store/Database.h"
#include "store/ExecutionReportQuery.h"
#include "store/ServerRepository.h"
#include "store/TaskRepository.h"

#include <QCommandLineParser>
#include <QFile>
#include <QSaveFile>
#include <QTextStream>
#include <QTimeZone>

#include <cstdio>

namespace fleetcron {
namespace {

QString opt(const char *name) {
    return QString::fromLatin1(name);
}

// ISO 8601 with an offset, or a date (midnight UTC).
QDateTime parseTime(const QString &text) {
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    if (!t.isValid()) {
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (d.isValid())
            t = QDateTime(d, QTime(0, 0), QTimeZone::utc());
    }
    return t;
}

} // namespace

int ExportCommand::run(const QStringList &args, CliIo &io) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Writes every matching execution as CSV: run_id, execution_id, task, server, host, "
        "trigger, scheduled_for, started_at, ended_at, duration_ms, status, exit_code, error, "
        "stdout, stderr. Cells starting with = + - @ are neutralised for spreadsheets."));
    CliStore::addOption(parser);
    parser.addOption(
        {opt("out"), QStringLiteral("Write to FILE (default: standard output)."), opt("file")});
    parser.addOption({opt("task"), QStringLiteral("Only this task."), opt("name")});
    parser.addOption({opt("server"), QStringLiteral("Only this server."), opt("name")});
    parser.addOption(
        {opt("status"), QStringLiteral("Only this status (succeeded, failed, …)."), opt("status")});
    parser.addOption(
        {opt("since"), QStringLiteral("Started at or after (ISO 8601)."), opt("time")});
    parser.addOption({opt("until"), QStringLiteral("Started before (ISO 8601)."), opt("time")});
    parser.addOption(
        {opt("no-output"), QStringLiteral("Leave out the stdout and stderr columns.")});
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
            return usage(
                QStringLiteral("status: unknown status '%1'").arg(parser.value(opt("status"))));
    }
    for (const auto &[name, target] :
         {std::pair{"since", &filter.from}, std::pair{"until", &filter.to}}) {
        if (!parser.isSet(opt(name)))
            continue;
        *target = parseTime(parser.value(opt(name)));
        if (!target->isValid())
            return usage(QStringLiteral("%1: '%2' is not an ISO 8601 time")
                             .arg(opt(name), parser.value(opt(name))));
    }
    auto db = CliStore::open(parser, io, QStringLiteral("export"));
    if (!db)
        return ExitFailed;
    if (parser.isSet(opt("task"))) {
        auto task = TaskRepository(*db).findByName(parser.value(opt("task")));
        if (!task)
            return usage(task.error().toString());
        filter.taskId = task->id;
    }
    if (parser.isSet(opt("server"))) {
        auto server = ServerRepository(*db).findByName(parser.value(opt("server")));
        if (!server)
            return usage(server.error().toString());
        filter.serverId = server->id;
    }

    const QString out = parser.value(opt("out"));
    // A file appears whole or not at all; standard output streams as rows come.
    std::unique_ptr<QIODevice> device;
    if (out.isEmpty() || out == QStringLiteral("-")) {
        auto file = std::make_unique<QFile>();
        if (!file->open(stdout, QIODevice::WriteOnly))
            return ExitFailed;
        device = std::move(file);
    } else {
        auto file = std::make_unique<QSaveFile>(out);
        if (!file->open(QIODevice::WriteOnly)) {
            io.err << "fleetcron export: cannot write " << out << ": " << file->errorString()
                   << '\n';
            return ExitFailed;
        }
        device = std::move(file);
    }
    const bool withOutput = !parser.isSet(opt("no-output"));
    ExecutionReportWriter writer(device.get(), withOutput ? ExecutionReportWriter::Output::Included
                                                          : ExecutionReportWriter::Output::Omitted);
    auto rows =
        ExecutionReportQuery(*db).forEach(filter, withOutput, [&](const ExecutionReportRow &row) {
            writer.writeRow(row);
            return !writer.hasError();
        });
    const bool written = writer.finish();
    if (!rows || !written) {
        io.err << "fleetcron export: " << (!rows ? rows.error().toString() : writer.errorString())
               << '\n';
        if (auto *save = qobject_cast<QSaveFile *>(device.get()))
            save->cancelWriting();
        return ExitFailed;
    }
    if (auto *save = qobject_cast<QSaveFile *>(device.get())) {
        if (!save->commit()) {
            io.err << "fleetcron export: cannot write " << out << ": " << save->errorString()
                   << '\n';
            return ExitFailed;
        }
        io.err << "exported " << rows.value() << " executions to " << out << '\n';
    }
    return ExitOk;
}

} // namespace fleetcron
