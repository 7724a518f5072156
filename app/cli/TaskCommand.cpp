#include "TaskCommand.h"

#include "CliRuntime.h"
#include "RunCancel.h"
#include "RunWaiter.h"
#include "TaskFields.h"
#include "TaskView.h"
#include "runtime/Runtime.h"
#include "service/Services.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace fleetcron {
namespace {

QString opt(const char *name) {
    return QString::fromLatin1(name);
}

QString what(const char *action) {
    return QStringLiteral("task ") + QLatin1String(action);
}

} // namespace

int TaskCommand::run(const QStringList &args, CliIo &io) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "TaskCommand", "Manage tasks: add, list, show, edit, remove, enable, disable, run, "
                       "cancel (its pending and running runs, on whichever engine runs them)."));
    parser.addPositionalArgument(
        QStringLiteral("action"),
        QStringLiteral("add | list | show | edit | remove | enable | disable | run | cancel"));
    parser.addPositionalArgument(QStringLiteral("name"),
                                 QCoreApplication::translate("TaskCommand", "The task's name."),
                                 QStringLiteral("[name]"));
    CliRuntime::addOption(parser);
    parser.addOption({opt("json"), QCoreApplication::translate(
                                       "TaskCommand", "Print JSON (list, show, run --wait).")});
    parser.addOption(
        {opt("name"), QCoreApplication::translate("TaskCommand", "New name (edit)."), opt("name")});
    parser.addOption(
        {opt("disabled"), QCoreApplication::translate("TaskCommand", "Add the task disabled.")});
    parser.addOption(
        {opt("wait"),
         QCoreApplication::translate("TaskCommand", "run: wait and print every server's result.")});
    RunCancel::addOptions(parser);
    TaskFields::addOptions(parser);
    int exitCode = ExitOk;
    if (!parseOrExplain(parser, args, io, exitCode))
        return exitCode;
    if (parser.positionalArguments().value(0) == opt("cancel") &&
        !RunCancel::validOptions(parser, what("cancel"), io))
        return ExitUsage;

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
         {opt("run"), std::bind(&TaskCommand::runNow, this, _1, _2, _3)},
         {opt("cancel"),
          [](QCommandLineParser &p, Runtime &runtime, CliIo &cio) {
              return RunCancel::cancelTask(p, runtime, p.positionalArguments().at(1), cio);
          }}},
        io);
}

int TaskCommand::add(QCommandLineParser &p, Runtime &runtime, CliIo &io) {
    Services &services = runtime.services();
    // Shared defaults (the output cap) first; what the options say, then the service's rules.
    Task task = services.tasks.newTask();
    task.name = p.positionalArguments().at(1).trimmed();
    task.enabled = !p.isSet(opt("disabled"));
    if (StoreError e = TaskFields::apply(p, services.servers, task); e.isError())
        return serviceFailure(what("add"), e, io);
    auto created = services.tasks.save(task, Actor::cli());
    if (!created)
        return serviceFailure(what("add"), created.error(), io);
    io.out << QCoreApplication::translate("TaskCommand", "added task %1 (id %2), next run %3")
                  .arg(created->name)
                  .arg(created->id)
                  .arg(TaskView::localTime(created->nextFireAt))
           << '\n';
    if (created->serverIds.isEmpty() && created->serverTags.isEmpty())
        io.err << QCoreApplication::translate(
                      "TaskCommand",
                      "note: no --servers or --tags given: the task runs on every server")
               << '\n';
    return ExitOk;
}

int TaskCommand::edit(QCommandLineParser &p, Runtime &runtime, CliIo &io) {
    Services &services = runtime.services();
    auto found = services.tasks.resolve(p.positionalArguments().at(1));
    if (!found)
        return serviceFailure(what("edit"), found.error(), io);
    Task task = found.value();
    if (StoreError e = TaskFields::apply(p, services.servers, task); e.isError())
        return serviceFailure(what("edit"), e, io);
    if (p.isSet(opt("name")))
        task.name = p.value(opt("name")).trimmed();
    auto updated = services.tasks.save(task, Actor::cli());
    if (!updated)
        return serviceFailure(what("edit"), updated.error(), io);
    io.out << QCoreApplication::translate("TaskCommand", "updated task %1, next run %2")
                  .arg(updated->name, TaskView::localTime(updated->nextFireAt))
           << '\n';
    return ExitOk;
}

int TaskCommand::list(QCommandLineParser &p, Runtime &runtime, CliIo &io) {
    auto all = runtime.services().tasks.list();
    if (!all)
        return serviceFailure(what("list"), all.error(), io);
    if (p.isSet(opt("json")))
        TaskView::printJson(all.value(), runtime.services().tasks, io.out);
    else
        TaskView::printTable(all.value(), io.out);
    return ExitOk;
}

int TaskCommand::show(QCommandLineParser &p, Runtime &runtime, CliIo &io) {
    TaskService &tasks = runtime.services().tasks;
    auto found = tasks.resolve(p.positionalArguments().at(1));
    if (!found)
        return serviceFailure(what("show"), found.error(), io);
    auto targets = tasks.targets(found->id);
    const QList<Server> servers = targets ? targets.value() : QList<Server>{};
    if (p.isSet(opt("json")))
        TaskView::printJson(found.value(), servers, tasks, io.out);
    else
        TaskView::printDetail(found.value(), servers, tasks, io.out);
    return ExitOk;
}

int TaskCommand::remove(QCommandLineParser &p, Runtime &runtime, CliIo &io) {
    TaskService &tasks = runtime.services().tasks;
    auto found = tasks.resolve(p.positionalArguments().at(1));
    if (!found)
        return serviceFailure(what("remove"), found.error(), io);
    // Refused (Conflict) while a run of the task is active, so no remote command is orphaned.
    if (auto removed = tasks.remove(found->id, Actor::cli()); !removed)
        return serviceFailure(what("remove"), removed.error(), io);
    io.out << QCoreApplication::translate("TaskCommand", "removed task %1 and its history")
                  .arg(found->name)
           << '\n';
    return ExitOk;
}

int TaskCommand::setEnabled(QCommandLineParser &p, Runtime &runtime, CliIo &io, bool enabled) {
    const QString sub = enabled ? what("enable") : what("disable");
    TaskService &tasks = runtime.services().tasks;
    auto found = tasks.resolve(p.positionalArguments().at(1));
    if (!found)
        return serviceFailure(sub, found.error(), io);
    // The service starts a task enabled again from now, not from the fires it missed while off.
    auto changed = tasks.setEnabled(found->id, enabled, Actor::cli());
    if (!changed)
        return serviceFailure(sub, changed.error(), io);
    io.out << (enabled ? QCoreApplication::translate("TaskCommand", "enabled task %1")
                       : QCoreApplication::translate("TaskCommand", "disabled task %1"))
                  .arg(changed->name)
           << '\n';
    return ExitOk;
}

int TaskCommand::runNow(QCommandLineParser &p, Runtime &runtime, CliIo &io) {
    auto found = runtime.services().tasks.resolve(p.positionalArguments().at(1));
    if (!found)
        return serviceFailure(what("run"), found.error(), io);
    return RunWaiter::runAndReport(runtime, found.value(), p.isSet(opt("wait")),
                                   p.isSet(opt("json")), io);
}

} // namespace fleetcron
