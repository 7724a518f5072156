#include "TaskView.h"

#include "CliTime.h"

#include "TextTable.h"
#include "model/ModelJson.h"
#include "model/Server.h"
#include "model/Task.h"
#include "service/TaskService.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

namespace fleetcron {
namespace {

// The task's state as every face says it; "unknown" only when the store cannot be read.
QString stateOf(TaskService &service, const Task &task) {
    auto state = service.state(task);
    return state ? toString(state.value()) : QStringLiteral("unknown");
}

QJsonObject withState(QJsonObject json, TaskService &service, const Task &task) {
    json.insert(QStringLiteral("state"), stateOf(service, task));
    return json;
}

// The tasks this one starts, one line per condition that has any.
QString chainLines(const Task &t) {
    QString lines;
    for (const auto &[condition, label] : {std::pair{ChainCondition::Success, "on success:  "},
                                           std::pair{ChainCondition::Failure, "on failure:  "},
                                           std::pair{ChainCondition::Always, "always:      "}}) {
        QStringList names;
        for (const TaskLink &l : t.linksOn(condition))
            names << l.task;
        if (!names.isEmpty())
            lines += QLatin1String(label) + names.join(QStringLiteral(", ")) + u'\n';
    }
    return lines;
}

} // namespace

QString TaskView::localTime(const QDateTime &t) {
    return CliTime::local(t); // the CLI's one time format: local, with its offset
}

void TaskView::printTable(const QList<Task> &tasks, QTextStream &out) {
    TextTable table({QStringLiteral("NAME"), QStringLiteral("SCHEDULE"), QStringLiteral("ZONE"),
                     QStringLiteral("TARGET"), QStringLiteral("ENABLED"),
                     QStringLiteral("NEXT RUN"), QStringLiteral("COMMAND")});
    for (const Task &t : tasks) {
        table.addRow({t.name, t.schedule,
                      t.timeZone.isEmpty() ? QStringLiteral("local") : t.timeZone,
                      toString(t.target), t.enabled ? QStringLiteral("yes") : QStringLiteral("no"),
                      t.enabled ? localTime(t.nextFireAt) : QStringLiteral("-"),
                      t.kind == TaskKind::Script ? QStringLiteral("script (%1)").arg(t.interpreter)
                                                 : t.body.left(60)});
    }
    table.print(out);
}

void TaskView::printDetail(const Task &t, const QList<Server> &targets, TaskService &service,
                           QTextStream &out) {
    QStringList names;
    for (const Server &s : targets)
        names.append(s.name);
    out << "name:        " << t.name << '\n'
        << "id:          " << t.id << '\n'
        << "kind:        " << toString(t.kind)
        << (t.kind == TaskKind::Script ? QStringLiteral(" (%1)").arg(t.interpreter) : QString())
        << '\n'
        << "schedule:    " << t.schedule << " ("
        << (t.timeZone.isEmpty() ? QCoreApplication::translate("TaskView", "local time")
                                 : t.timeZone)
        << ")\n"
        << "state:       " << stateOf(service, t) << '\n'
        << "next run:    " << (t.enabled ? localTime(t.nextFireAt) : QStringLiteral("disabled"))
        << '\n'
        << "target:      " << toString(t.target)
        << " of "
        // No server and no tag named: every server (TaskService), said as such.
        << (t.serverIds.isEmpty() && t.serverTags.isEmpty()
                ? QCoreApplication::translate("TaskView", "every server") + QStringLiteral(": ")
                : QString())
        << names.join(QStringLiteral(", "))
        << (t.serverTags.isEmpty() ? QString()
                                   : QStringLiteral(" (tags: %1)").arg(t.serverTags.join(u',')))
        << '\n'
        << "timeout:     "
        << (t.timeoutSeconds ? QString::number(t.timeoutSeconds) + u's' : QStringLiteral("none"))
        << '\n'
        << "retries:     " << t.retries << " (delay " << t.retryDelaySeconds << "s)\n"
        << "overlap:     " << toString(t.overlap) << '\n'
        << "misfire:     " << toString(t.misfire) << '\n'
        << chainLines(t) << "start delay: "
        << (t.startDelaySeconds ? QStringLiteral("up to %1s").arg(t.startDelaySeconds)
                                : QStringLiteral("none"))
        << '\n'
        << "blackouts:   "
        << (t.blackouts.isEmpty() ? QStringLiteral("none") : t.blackouts.join(QStringLiteral("; ")))
        << '\n'
        << (t.kind == TaskKind::Script ? "script:\n" : "command:     ") << t.body << '\n';
}

void TaskView::printJson(const QList<Task> &tasks, TaskService &service, QTextStream &out) {
    QJsonArray array;
    for (const Task &t : tasks)
        array.append(withState(ModelJson::task(t), service, t));
    out << QJsonDocument(array).toJson(QJsonDocument::Indented);
}

void TaskView::printJson(const Task &task, const QList<Server> &targets, TaskService &service,
                         QTextStream &out) {
    out << QJsonDocument(withState(ModelJson::task(task, targets), service, task)).toJson();
}

} // namespace fleetcron
