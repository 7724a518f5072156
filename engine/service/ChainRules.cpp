#include "ChainRules.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace fleetcron {

QString ChainRules::fieldOf(ChainCondition condition) {
    return condition == ChainCondition::Always ? QStringLiteral("always")
                                               : QStringLiteral("on_") + toString(condition);
}

FieldError ChainRules::check(const Task &task, const QList<Edge> &stored) {
    for (const TaskLink &l : task.links) {
        if ((task.id != 0 && l.taskId == task.id) || (!l.task.isEmpty() && l.task == task.name))
            return {fieldOf(l.condition),
                    QCoreApplication::translate("ChainRules", "task '%1' cannot start itself")
                        .arg(task.name)};
    }
    // A new task has no stored links into it, so only an edited one can close a loop; and as
    // the stored chain has none, any loop passes through it: look for a way back from each child.
    if (task.id == 0)
        return {};
    QHash<qint64, QList<qint64>> children;
    QHash<qint64, QString> names{{task.id, task.name}};
    for (const Edge &e : stored) {
        if (e.parentId == task.id)
            continue;
        children[e.parentId] << e.childId;
        names.insert(e.parentId, e.parentName);
        names.insert(e.childId, e.childName);
    }
    for (const TaskLink &l : task.links) {
        names.insert(l.taskId, l.task);
        // Depth first, keeping the path, so the message shows the whole loop.
        QList<qint64> path{task.id, l.taskId};
        QList<qsizetype> next{0, 0};
        QSet<qint64> seen{l.taskId};
        while (path.size() > 1) {
            const QList<qint64> &out = children.value(path.constLast());
            if (next.constLast() >= out.size()) {
                path.removeLast();
                next.removeLast();
                continue;
            }
            const qint64 child = out.at(next.last()++);
            if (child == task.id) {
                QStringList words;
                for (qint64 id : std::as_const(path))
                    words << names.value(id);
                words << task.name;
                return {fieldOf(l.condition),
                        QCoreApplication::translate("ChainRules", "chained tasks would loop: %1")
                            .arg(words.join(QStringLiteral(" -> ")))};
            }
            if (seen.contains(child))
                continue;
            seen.insert(child);
            path << child;
            next << 0;
        }
    }
    return {};
}

} // namespace fleetcron
