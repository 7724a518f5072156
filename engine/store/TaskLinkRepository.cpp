#include "TaskLinkRepository.h"

#include "Database.h"

#include <QHash>
#include <QSqlQuery>

namespace fleetcron {
namespace {

const QString selectEdges = QStringLiteral(
    "SELECT l.parent_task_id, p.name, l.child_task_id, c.name, l.condition FROM task_links l "
    "JOIN tasks p ON p.id = l.parent_task_id JOIN tasks c ON c.id = l.child_task_id ");

TaskLinkRepository::Edge edgeFrom(const QSqlQuery &q) {
    TaskLinkRepository::Edge e;
    e.parentId = q.value(0).toLongLong();
    e.parentName = q.value(1).toString();
    e.link.taskId = q.value(2).toLongLong();
    e.link.task = q.value(3).toString();
    e.link.condition =
        enumFromString<ChainCondition>(q.value(4).toString()).value_or(ChainCondition::Success);
    return e;
}

} // namespace

TaskLinkRepository::TaskLinkRepository(Database &db)
    : m_db(db) {}

StoreResult<void> TaskLinkRepository::replace(const Task &task) {
    const QString doing = QStringLiteral("save the chained tasks of task '%1'").arg(task.name);
    if (auto cleared = m_db.apply(QStringLiteral("DELETE FROM task_links WHERE parent_task_id = ?"),
                                  {task.id}, doing);
        !cleared)
        return cleared;
    QList<TaskLink> saved;
    for (const TaskLink &l : task.links) {
        if (saved.contains(l))
            continue;
        saved << l;
        if (auto added = m_db.apply(QStringLiteral("INSERT INTO task_links (parent_task_id, "
                                                   "child_task_id, condition) VALUES (?, ?, ?)"),
                                    {task.id, l.taskId, toString(l.condition)}, doing);
            !added)
            return added;
    }
    return {};
}

StoreResult<void> TaskLinkRepository::attach(QList<Task> &tasks) {
    if (tasks.isEmpty())
        return {};
    QHash<qint64, qsizetype> index;
    for (qsizetype i = 0; i < tasks.size(); ++i)
        index.insert(tasks.at(i).id, i);
    QString sql = selectEdges;
    QVariantList ids;
    // A few tasks (find, an edit): only theirs; a listing: all links, fewer round trips.
    if (tasks.size() <= 200) {
        QStringList marks;
        for (const Task &t : std::as_const(tasks)) {
            marks << QStringLiteral("?");
            ids << t.id;
        }
        sql += QStringLiteral("WHERE l.parent_task_id IN (%1) ").arg(marks.join(QLatin1Char(',')));
    }
    sql += QStringLiteral("ORDER BY l.id");
    auto edges = m_db.rows(sql, ids, QStringLiteral("read chained tasks"), edgeFrom);
    if (!edges)
        return edges.error();
    for (const Edge &e : edges.value()) {
        const auto it = index.constFind(e.parentId);
        if (it != index.constEnd())
            tasks[it.value()].links << e.link;
    }
    return {};
}

StoreResult<QList<TaskLinkRepository::Edge>> TaskLinkRepository::all() {
    return m_db.rows(selectEdges + QStringLiteral("ORDER BY l.id"), {},
                     QStringLiteral("read the task chain"), edgeFrom);
}

} // namespace fleetcron
