#include "TaskCommand.h"

#include "CliStore.h"
#include "RunWaiter.h"
#include "TextTable.h"
#include "model/ModelJson.h"
#include "scheduler/TaskSaver.h"
#include "scheduler/TaskTiming.h"
#include "store/Database.h"
#include "store/ServerRepository.h"
#include "store/TaskRepository.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

namespace fleetcron {
namespace {

QString opt(const char *name) {
    return QString::fromLatin1(name);
}

void addFieldOptions(QCommandLineParser &p) {
    p.addOption({opt("command"), QStringLiteral("The command line to run."), opt("cmd")});
    p.addOption(
        {opt("script"), QStringLiteral("A script file; its text is sent on stdin."), opt("file")});
    p.addOption({opt("interpreter"), QStringLiteral("What runs the script (default /bin/sh)."),
                 opt("program")});
    p.addOption({opt("schedule"),
                 QStringLiteral("Cron (5 or 6 fields), @every 30s, 'every 5 minutes' or seconds."),
                 opt("spec")});
    p.addOption(
        {opt("servers"), QStringLiteral("Target servers by name, comma-separated."), opt("names")});
    p.addOption({opt("tag"), QStringLiteral("Target every server with this tag (repeatable)."),
                 opt("tag")});
    p.addOption({opt("tz"), QStringLiteral("IANA time zone of the schedule (default: local)."),
                 opt("zone")});
    p.addOption({opt("timeout"), QStringLiteral("Seconds before the command is stopped (0: none)."),
                 opt("s")});
    p.addOption(
        {opt("retries"), QStringLiteral("Retries for failed servers (default 0)."), opt("n")});
    p.addOption({opt("retry-delay"), QStringLiteral("Seconds between retries."), opt("s")});
    p.addOption(
        {opt("overlap"), QStringLiteral("skip | queue | parallel (default skip)."), opt("policy")});
    p.addOption(
        {opt("misfire"), QStringLiteral("skip | run-once (default run-once)."), opt("policy")});
    p.addOption(
        {opt("target"), QStringLiteral("all | one (round-robin) (default all)."), opt("mode")});
    p.addOption({opt("max-output"), QStringLiteral("Bytes kept per stream (default 1048576)."),
                 opt("bytes")});
}

// Applies the given options to `task`. Returns the error to print, empty when all is well.
QString applyFields(const QCommandLineParser &p, Database &db, Task &task) {
    auto number = [&](const char *name, int &out) -> QString {
        if (!p.isSet(opt(name)))
            return {};
        bool ok = false;
        out = p.value(opt(name)).toInt(&ok);
        return ok ? QString()
                  : QStringLiteral("%1: '%2' is not a whole number")
                        .arg(opt(name), p.value(opt(name)));
    };
    if (p.isSet(opt("command")) && p.isSet(opt("script")))
        return QStringLiteral("choose --command or --script, not both");
    if (p.isSet(opt("command"))) {
        task.kind = TaskKind::Command;
        task.body = p.value(opt("command"));
        task.interpreter.clear();
        if (task.body.trimmed().isEmpty())
            return QStringLiteral("command: must not be empty");
    }
    if (p.isSet(opt("script"))) {
        QFile file(p.value(opt("script")));
        if (!file.open(QIODevice::ReadOnly))
            return QStringLiteral("script: cannot read '%1': %2")
                .arg(file.fileName(), file.errorString());
        task.kind = TaskKind::Script;
        task.body = QString::fromUtf8(file.readAll());
        if (task.interpreter.isEmpty())
            task.interpreter = QStringLiteral("/bin/sh");
    }
    if (p.isSet(opt("interpreter"))) {
        if (task.kind != TaskKind::Script)
            return QStringLiteral("--interpreter goes with --script");
        task.interpreter = p.value(opt("interpreter")).trimmed();
    }
    if (p.isSet(opt("schedule")))
        task.schedule = p.value(opt("schedule")).trimmed();
    if (p.isSet(opt("tz")))
        task.timeZone = p.value(opt("tz")).trimmed();
    for (const auto &[name, field] :
         {std::pair{"timeout", &task.timeoutSeconds}, std::pair{"retries", &task.retries},
          std::pair{"retry-delay", &task.retryDelaySeconds}}) {
        if (QString e = number(name, *field); !e.isEmpty())
            return e;
    }
    if (p.isSet(opt("max-output"))) {
        bool ok = false;
        task.maxOutputBytes = p.value(opt("max-output")).toLongLong(&ok);
        if (!ok)
            return QStringLiteral("max-output: '%1' is not a number")
                .arg(p.value(opt("max-output")));
    }
    if (p.isSet(opt("overlap"))) {
        const auto v = enumFromString<OverlapPolicy>(p.value(opt("overlap")));
        if (!v)
            return QStringLiteral("overlap: '%1' is not skip, queue or parallel")
                .arg(p.value(opt("overlap")));
        task.overlap = *v;
    }
    if (p.isSet(opt("misfire"))) {
        const auto v = enumFromString<MisfirePolicy>(p.value(opt("misfire")));
        if (!v)
            return QStringLiteral("misfire: '%1' is not skip or run-once")
                .arg(p.value(opt("misfire")));
        task.misfire = *v;
    }
    if (p.isSet(opt("target"))) {
        const auto v = enumFromString<TargetMode>(p.value(opt("target")));
        if (!v)
            return QStringLiteral("target: '%1' is not all or one").arg(p.value(opt("target")));
        task.target = *v;
    }
    if (p.isSet(opt("servers"))) {
        ServerRepository servers(db);
        task.serverIds.clear();
        for (const QString &name : p.value(opt("servers")).split(u',', Qt::SkipEmptyParts)) {
            auto found = servers.findByName(name.trimmed());
            if (!found)
                return QStringLiteral("servers: unknown server '%1'").arg(name.trimmed());
            task.serverIds.append(found->id);
        }
    }
    if (p.isSet(opt("tag"))) {
        task.serverTags.clear();
        for (const QString &value : p.values(opt("tag")))
            task.serverTags += value.split(u',', Qt::SkipEmptyParts);
    }
    if (const FieldError e = TaskTiming::validate(task); e.isError())
        return QStringLiteral("%1: %2").arg(e.field, e.message);
    return {};
}

int storeFailure(const QString &sub, const StoreError &error, CliIo &io) {
    io.err << "fleetcron task " << sub << ": " << error.toString() << '\n';
    const bool badInput =
        error.kind == StoreError::Kind::Duplicate || error.kind == StoreError::Kind::NotFound ||
        error.kind == StoreError::Kind::UnknownReference || error.kind == StoreError::Kind::Invalid;
    return badInput ? ExitUsage : ExitFailed;
}

QString localTime(const QDateTime &t) {
    return t.isValid() ? t.toLocalTime().toString(Qt::ISODate) : QStringLiteral("-");
}

} // namespace

int TaskCommand::run(const QStringList &args, CliIo &io) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Manage tasks: add, list, show, edit, remove, enable, disable, run."));
    parser.addPositionalArgument(
        QStringLiteral("action"),
        QStringLiteral("add | list | show | edit | remove | enable | disable | run"));
    parser.addPositionalArgument(QStringLiteral("name"), QStringLiteral("The task's name."),
                                 QStringLiteral("[name]"));
    CliStore::addOption(parser);
    parser.addOption({opt("json"), QStringLiteral("Print JSON (list, show, run --wait).")});
    parser.addOption({opt("name"), QStringLiteral("New name (edit)."), opt("name")});
    parser.addOption({opt("disabled"), QStringLiteral("Add the task disabled.")});
    parser.addOption({opt("wait"), QStringLiteral("run: wait and print every server's result.")});
    addFieldOptions(parser);
    int exitCode = ExitOk;
    if (!parseOrExplain(parser, args, io, exitCode))
        return exitCode;

    using namespace std::placeholders;
    return dispatchAction(
        QStringLiteral("task"), QStringLiteral("task"), parser,
        {{opt("add"), std::bind(&TaskCommand::add, this, _1, _2, _3)},
         {opt("list"), std::bind(&TaskCommand::list, this, _1, _2, _3)},
         {opt("show"), std::bind(&TaskCommand::show, this, _1, _2, _3)},
         {opt("edit"), std::bind(&TaskCommand::edit, this, _1, _2, _3)},
         {opt("remove"), std::bind(&TaskCommand::remove, this, _1, _2, _3)},
         {opt("enable"), std::bind(&TaskCommand::setEnabled, this, _1, _2, _3, true)},
         {opt("disable"), std::bind(&TaskCommand::setEnabled, this, _1, _2, _3, false)},
         {opt("run"), std::bind(&TaskCommand::runNow, this, _1, _2, _3)}},
        io);
}

int TaskCommand::add(QCommandLineParser &p, Database &db, CliIo &io) {
    Task task;
    task.name = p.positionalArguments().at(1).trimmed();
    if (!p.isSet(opt("command")) && !p.isSet(opt("script"))) {
        io.err << "fleetcron task add: give --command CMD or --script FILE\n";
        return ExitUsage;
    }
    if (!p.isSet(opt("schedule"))) {
        io.err << "fleetcron task add: --schedule is required\n";
        return ExitUsage;
    }
    if (!p.isSet(opt("servers")) && !p.isSet(opt("tag"))) {
        io.err << "fleetcron task add: choose targets with --servers A,B or --tag T\n";
        return ExitUsage;
    }
    if (const QString error = applyFields(p, db, task); !error.isEmpty()) {
        io.err << "fleetcron task add: " << error << '\n';
        return ExitUsage;
    }
    task.enabled = !p.isSet(opt("disabled"));
    auto created = TaskSaver(db).save(task);
    if (!created)
        return storeFailure(opt("add"), created.error(), io);
    io.out << "added task " << created->name << " (id " << created->id << "), next run "
           << localTime(created->nextFireAt) << '\n';
    return ExitOk;
}

int TaskCommand::edit(QCommandLineParser &p, Database &db, CliIo &io) {
    TaskRepository tasks(db);
    auto found = tasks.findByName(p.positionalArguments().at(1));
    if (!found)
        return storeFailure(opt("edit"), found.error(), io);
    Task task = found.value();
    if (const QString error = applyFields(p, db, task); !error.isEmpty()) {
        io.err << "fleetcron task edit: " << error << '\n';
        return ExitUsage;
    }
    if (p.isSet(opt("name")))
        task.name = p.value(opt("name")).trimmed();
    auto updated = TaskSaver(db).save(task);
    if (!updated)
        return storeFailure(opt("edit"), updated.error(), io);
    io.out << "updated task " << updated->name << ", next run " << localTime(updated->nextFireAt)
           << '\n';
    return ExitOk;
}

int TaskCommand::list(QCommandLineParser &p, Database &db, CliIo &io) {
    TaskRepository tasks(db);
    auto all = tasks.list();
    if (!all)
        return storeFailure(opt("list"), all.error(), io);
    if (p.isSet(opt("json"))) {
        QJsonArray array;
        for (const Task &t : all.value())
            array.append(ModelJson::task(t));
        io.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    TextTable table({QStringLiteral("NAME"), QStringLiteral("SCHEDULE"), QStringLiteral("ZONE"),
                     QStringLiteral("TARGET"), QStringLiteral("ENABLED"),
                     QStringLiteral("NEXT RUN"), QStringLiteral("COMMAND")});
    for (const Task &t : all.value()) {
        table.addRow({t.name, t.schedule,
                      t.timeZone.isEmpty() ? QStringLiteral("local") : t.timeZone,
                      toString(t.target), t.enabled ? QStringLiteral("yes") : QStringLiteral("no"),
                      t.enabled ? localTime(t.nextFireAt) : QStringLiteral("-"),
                      t.kind == TaskKind::Script ? QStringLiteral("script (%1)").arg(t.interpreter)
                                                 : t.body.left(60)});
    }
    table.print(io.out);
    return ExitOk;
}

int TaskCommand::show(QCommandLineParser &p, Database &db, CliIo &io) {
    TaskRepository tasks(db);
    auto found = tasks.findByName(p.positionalArguments().at(1));
    if (!found)
        return storeFailure(opt("show"), found.error(), io);
    auto targets = tasks.resolveTargets(found->id);
    const QList<Server> servers = targets ? targets.value() : QList<Server>{};
    if (p.isSet(opt("json"))) {
        io.out << QJsonDocument(ModelJson::task(found.value(), servers)).toJson();
        return ExitOk;
    }
    const Task &t = found.value();
    QStringList names;
    for (const Server &s : servers)
        names.append(s.name);
    io.out << "name:        " << t.name << '\n'
           << "id:          " << t.id << '\n'
           << "kind:        " << toString(t.kind)
           << (t.kind == TaskKind::Script ? QStringLiteral(" (%1)").arg(t.interpreter) : QString())
           << '\n'
           << "schedule:    " << t.schedule << " ("
           << (t.timeZone.isEmpty() ? QStringLiteral("local time") : t.timeZone) << ")\n"
           << "next run:    " << (t.enabled ? localTime(t.nextFireAt) : QStringLiteral("disabled"))
           << '\n'
           << "target:      " << toString(t.target) << " of " << names.join(QStringLiteral(", "))
           << (t.serverTags.isEmpty() ? QString()
                                      : QStringLiteral(" (tags: %1)").arg(t.serverTags.join(u',')))
           << '\n'
           << "timeout:     "
           << (t.timeoutSeconds ? QString::number(t.timeoutSeconds) + u's' : QStringLiteral("none"))
           << '\n'
           << "retries:     " << t.retries << " (delay " << t.retryDelaySeconds << "s)\n"
           << "overlap:     " << toString(t.overlap) << '\n'
           << "misfire:     " << toString(t.misfire) << '\n'
           << (t.kind == TaskKind::Script ? "script:\n" : "command:     ") << t.body << '\n';
    return ExitOk;
}

int TaskCommand::remove(QCommandLineParser &p, Database &db, CliIo &io) {
    TaskRepository tasks(db);
    auto found = tasks.findByName(p.positionalArguments().at(1));
    if (!found)
        return storeFailure(opt("remove"), found.error(), io);
    if (auto removed = tasks.remove(found->id); !removed)
        return storeFailure(opt("remove"), removed.error(), io);
    io.out << "removed task " << found->name << " and its history\n";
    return ExitOk;
}

int TaskCommand::setEnabled(QCommandLineParser &p, Database &db, CliIo &io, bool enabled) {
    const QString sub = enabled ? opt("enable") : opt("disable");
    TaskRepository tasks(db);
    auto found = tasks.findByName(p.positionalArguments().at(1));
    if (!found)
        return storeFailure(sub, found.error(), io);
    if (enabled && !found->enabled) {
        // A task enabled again starts from now, not from the fires it missed while off.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (auto r =
                tasks.setNextFireAt(found->id, TaskTiming::nextFireAfter(found.value(), now, now));
            !r)
            return storeFailure(sub, r.error(), io);
    }
    if (auto r = tasks.setEnabled(found->id, enabled); !r)
        return storeFailure(sub, r.error(), io);
    io.out << (enabled ? "enabled task " : "disabled task ") << found->name << '\n';
    return ExitOk;
}

int TaskCommand::runNow(QCommandLineParser &p, Database &db, CliIo &io) {
    TaskRepository tasks(db);
    auto found = tasks.findByName(p.positionalArguments().at(1));
    if (!found)
        return storeFailure(opt("run"), found.error(), io);
    return RunWaiter::runAndReport(db, found.value(), p.isSet(opt("wait")), p.isSet(opt("json")),
                                   io);
}

} // namespace fleetcron
