#include "TaskRepository.h"

#include "ChangeNotifier.h"
#include "Database.h"
#include "NamesById.h"
#include "ServerRepository.h"
#include "SqlValues.h"
#include "TaskClaims.h"
#include "TaskLinkRepository.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace fleetcron {
namespace {

const QString columns = QStringLiteral(
    "id, name, kind, body, interpreter, schedule, time_zone, timeout_s, target, overlap, "
    "misfire, retries, retry_delay_s, max_output_bytes, enabled, next_fire_at, created_at, "
    "updated_at, start_delay_s, next_fire_delay_ms, blackouts");

Task taskFrom(const QSqlQuery &q) {
    Task t;
    t.id = q.value(0).toLongLong();
    t.name = q.value(1).toString();
    t.kind = enumFromString<TaskKind>(q.value(2).toString()).value_or(TaskKind::Command);
    t.body = q.value(3).toString();
    t.interpreter = q.value(4).toString();
    t.schedule = q.value(5).toString();
    t.timeZone = q.value(6).toString();
    t.timeoutSeconds = q.value(7).toInt();
    t.target = enumFromString<TargetMode>(q.value(8).toString()).value_or(TargetMode::All);
    t.overlap = enumFromString<OverlapPolicy>(q.value(9).toString()).value_or(OverlapPolicy::Skip);
    t.misfire =
        enumFromString<MisfirePolicy>(q.value(10).toString()).value_or(MisfirePolicy::RunOnce);
    t.retries = q.value(11).toInt();
    t.retryDelaySeconds = q.value(12).toInt();
    t.maxOutputBytes = q.value(13).toLongLong();
    t.enabled = q.value(14).toInt() != 0;
    t.nextFireAt = SqlValues::time(q.value(15));
    t.createdAt = SqlValues::time(q.value(16));
    t.updatedAt = SqlValues::time(q.value(17));
    t.startDelaySeconds = q.value(18).toInt();
    t.nextFireDelayMs = q.value(19).toLongLong();
    t.blackouts = q.value(20).toString().split(u'\n', Qt::SkipEmptyParts);
    return t;
}

// The values of the columns create and update both write, in the order both name them.
QVariantList savedValues(const Task &t) {
    return {t.name,
            toString(t.kind),
            t.body,
            t.interpreter,
            t.schedule.trimmed(),
            t.timeZone,
            t.timeoutSeconds,
            toString(t.target),
            toString(t.overlap),
            toString(t.misfire),
            t.retries,
            t.retryDelaySeconds,
            t.maxOutputBytes,
            SqlValues::flag(t.enabled),
            SqlValues::time(t.nextFireAt),
            t.startDelaySeconds,
            t.nextFireAt.isValid() ? t.nextFireDelayMs : 0,
            t.blackouts.join(u'\n')};
}

StoreError taskNotFound(qint64 id) {
    return StoreError::notFound(QStringLiteral("task"), id);
}

} // namespace

TaskRepository::TaskRepository(Database &db)
    : m_db(db) {}

StoreResult<void> TaskRepository::validate(const Task &t) const {
    const auto invalid = &StoreError::invalid;
    if (t.name.trimmed().isEmpty())
        return invalid(QCoreApplication::translate("TaskRepository", "a task needs a name"),
                       QStringLiteral("name"));
    if (t.body.trimmed().isEmpty())
        return invalid(
            t.kind == TaskKind::Script
                ? QCoreApplication::translate("TaskRepository", "task '%1' has an empty script")
                      .arg(t.name)
                : QCoreApplication::translate("TaskRepository", "task '%1' has no command")
                      .arg(t.name),
            QStringLiteral("body"));
    if (t.schedule.trimmed().isEmpty())
        return invalid(
            QCoreApplication::translate("TaskRepository", "task '%1' has no schedule").arg(t.name),
            QStringLiteral("schedule"));
    if (t.timeoutSeconds < 0)
        return invalid(
            QCoreApplication::translate("TaskRepository", "the timeout cannot be negative"),
            QStringLiteral("timeout"));
    if (t.retries < 0)
        return invalid(QCoreApplication::translate("TaskRepository", "retries cannot be negative"),
                       QStringLiteral("retries"));
    if (t.retryDelaySeconds < 0)
        return invalid(
            QCoreApplication::translate("TaskRepository", "the retry delay cannot be negative"),
            QStringLiteral("retry_delay"));
    if (t.maxOutputBytes < 0)
        return invalid(
            QCoreApplication::translate("TaskRepository", "the output limit cannot be negative"),
            QStringLiteral("max_output_bytes"));
    if (const auto tag = SqlValues::unstorableTag(t.serverTags))
        return invalid(
            QCoreApplication::translate("TaskRepository", "tag '%1' contains a comma").arg(*tag),
            QStringLiteral("servers"));
    return {};
}

StoreResult<void> TaskRepository::saveTargets(const Task &t) {
    if (auto cleared =
            m_db.apply(QStringLiteral("DELETE FROM task_servers WHERE task_id = ?"), {t.id},
                       QStringLiteral("save the servers of task '%1'").arg(t.name));
        !cleared)
        return cleared;
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    QList<qint64> ids;
    for (qint64 id : t.serverIds) {
        if (!ids.contains(id))
            ids << id;
    }
    // Checked here rather than left to the foreign key: SQLite's foreign key error does not
    // say which id, and a removed server must not be targeted either.
    QSqlQuery check(conn.value());
    check.setForwardOnly(true);
    check.prepare(QStringLiteral("SELECT 1 FROM servers WHERE id = ? AND deleted_at IS NULL"));
    QSqlQuery insert(conn.value());
    insert.prepare(QStringLiteral("INSERT INTO task_servers (task_id, server_id, tag) "
                                  "VALUES (?, ?, ?)"));
    for (qint64 id : ids) {
        check.bindValue(0, id);
        if (!check.exec())
            return m_db.failure(check.lastError(), QStringLiteral("check server %1").arg(id));
        const bool exists = check.next();
        check.finish();
        if (!exists)
            return StoreError::make(
                StoreError::Kind::UnknownReference,
                QCoreApplication::translate("TaskRepository", "unknown server id %1").arg(id),
                QStringLiteral("servers"));
        insert.bindValue(0, t.id);
        insert.bindValue(1, id);
        insert.bindValue(2, QVariant());
        if (!insert.exec())
            return m_db.failure(insert.lastError(),
                                QStringLiteral("save the servers of task '%1'").arg(t.name));
    }
    for (const QString &tag : SqlValues::normalizedTags(t.serverTags)) {
        insert.bindValue(0, t.id);
        insert.bindValue(1, SqlValues::nullInt64());
        insert.bindValue(2, tag);
        if (!insert.exec())
            return m_db.failure(insert.lastError(),
                                QStringLiteral("save the tags of task '%1'").arg(t.name));
    }
    return {};
}

StoreResult<Task>
TaskRepository::save(const Task &input,
                     const std::function<StoreResult<qint64>(const Task &)> &write) {
    if (auto v = validate(input); !v)
        return v.error();
    Task t = input;
    t.name = t.name.trimmed();
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    auto id = write(t);
    if (!id)
        return id.error().kind == StoreError::Kind::Duplicate
                   ? StoreError::nameTaken(QStringLiteral("task"), t.name)
                   : id.error();
    t.id = id.value();
    if (auto targets = saveTargets(t); !targets)
        return targets.error();
    if (auto links = TaskLinkRepository(m_db).replace(t); !links)
        return links.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    ChangeNotifier::notify(m_db, ChangeNotifier::tasksChannel());
    return find(t.id);
}

StoreResult<Task> TaskRepository::create(const Task &task) {
    return save(task, [this](const Task &t) {
        const QVariant now = SqlValues::time(QDateTime::currentDateTimeUtc());
        return m_db.insert(
            QStringLiteral(
                "INSERT INTO tasks (name, kind, body, interpreter, schedule, time_zone, timeout_s, "
                "target, overlap, misfire, retries, retry_delay_s, max_output_bytes, enabled, "
                "next_fire_at, start_delay_s, next_fire_delay_ms, blackouts, created_at, "
                "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            savedValues(t) << now << now, QStringLiteral("add task '%1'").arg(t.name));
    });
}

StoreResult<Task> TaskRepository::update(const Task &task) {
    return save(task, [this](const Task &t) -> StoreResult<qint64> {
        auto done = m_db.change(
            QStringLiteral("UPDATE tasks SET name = ?, kind = ?, body = ?, interpreter = ?, "
                           "schedule = ?, time_zone = ?, timeout_s = ?, target = ?, overlap = ?, "
                           "misfire = ?, retries = ?, retry_delay_s = ?, max_output_bytes = ?, "
                           "enabled = ?, next_fire_at = ?, start_delay_s = ?, "
                           "next_fire_delay_ms = ?, blackouts = ?, updated_at = ? WHERE id = ?"),
            savedValues(t) << SqlValues::time(QDateTime::currentDateTimeUtc()) << t.id,
            QStringLiteral("save task '%1'").arg(t.name), taskNotFound(t.id));
        if (!done)
            return done.error();
        return t.id;
    });
}

StoreResult<void> TaskRepository::change(qint64 id, const QString &sql, const QVariantList &values,
                                         const QString &doing) {
    if (auto done = m_db.change(sql, values, doing, taskNotFound(id)); !done)
        return done;
    ChangeNotifier::notify(m_db, ChangeNotifier::tasksChannel());
    return {};
}

StoreResult<void> TaskRepository::remove(qint64 id) {
    return change(id, QStringLiteral("DELETE FROM tasks WHERE id = ?"), {id},
                  QStringLiteral("remove task %1").arg(id));
}

StoreResult<QList<Task>> TaskRepository::select(const QString &where, const QVariantList &values,
                                                const QString &suffix, const QString &doing) {
    auto found =
        m_db.rows(QStringLiteral("SELECT %1 FROM tasks WHERE %2 %3").arg(columns, where, suffix),
                  values, doing, taskFrom);
    if (!found || found->isEmpty())
        return found;
    QList<Task> tasks = found.value();
    QHash<qint64, qsizetype> index;
    for (qsizetype i = 0; i < tasks.size(); ++i)
        index.insert(tasks.at(i).id, i);
    // Targets of all selected tasks in one query rather than one per task.
    QString sql = QStringLiteral("SELECT task_id, server_id, tag FROM task_servers ");
    QVariantList ids;
    if (tasks.size() <= 200) {
        QStringList marks;
        for (const Task &t : std::as_const(tasks)) {
            marks << QStringLiteral("?");
            ids << t.id;
        }
        sql += QStringLiteral("WHERE task_id IN (%1) ").arg(marks.join(QLatin1Char(',')));
    }
    sql += QStringLiteral("ORDER BY id");
    auto targets = m_db.read(sql, ids, doing, [&](QSqlQuery &q) {
        while (q.next()) {
            const auto it = index.constFind(q.value(0).toLongLong());
            if (it == index.constEnd())
                continue;
            Task &t = tasks[it.value()];
            if (!q.value(1).isNull())
                t.serverIds << q.value(1).toLongLong();
            else
                t.serverTags << q.value(2).toString();
        }
    });
    if (!targets)
        return targets.error();
    for (Task &t : tasks)
        t.serverTags = SqlValues::normalizedTags(t.serverTags);
    if (auto links = TaskLinkRepository(m_db).attach(tasks); !links)
        return links.error();
    return tasks;
}

StoreResult<Task> TaskRepository::find(qint64 id) {
    return firstOr(
        select(QStringLiteral("id = ?"), {id}, {}, QStringLiteral("read task %1").arg(id)),
        taskNotFound(id));
}

StoreResult<Task> TaskRepository::findByName(const QString &name) {
    return firstOr(select(QStringLiteral("name = ?"), {name.trimmed()}, {},
                          QStringLiteral("read task '%1'").arg(name)),
                   StoreError::notFoundNamed(QStringLiteral("task"), name));
}

StoreResult<QHash<qint64, QString>> TaskRepository::names() {
    return namesById(m_db, QStringLiteral("tasks"));
}

StoreResult<QHash<qint64, QString>> TaskRepository::namesOf(const QList<qint64> &ids) {
    if (ids.isEmpty())
        return QHash<qint64, QString>();
    return namesById(m_db, QStringLiteral("tasks"), ids);
}

StoreResult<QList<Task>> TaskRepository::list(const Filter &filter) {
    SqlConditions where({QStringLiteral("1 = 1")});
    if (filter.enabledOnly)
        where.add(QStringLiteral("enabled = 1"));
    where.addContains(QStringLiteral("name"), filter.nameContains, m_db.dialect());
    where.addId(QStringLiteral("id IN (SELECT task_id FROM task_servers WHERE server_id = ?)"),
                filter.serverId);
    return select(where.joined(), where.values(), QStringLiteral("ORDER BY name"),
                  QStringLiteral("list tasks"));
}

StoreResult<QList<Task>> TaskRepository::due(const QDateTime &now, int limit) {
    return select(QStringLiteral("enabled = 1 AND next_fire_at IS NOT NULL AND next_fire_at <= ?"),
                  {SqlValues::time(now), limit},
                  m_db.dialect().dueOrder() + QStringLiteral(" LIMIT ?"),
                  QStringLiteral("find due tasks"));
}

StoreResult<QDateTime> TaskRepository::earliestNextFire(const QDateTime &after) {
    return TaskClaims(m_db).earliestNextFire(after);
}

StoreResult<void> TaskRepository::setNextFireAt(qint64 id, const QDateTime &nextFireAt) {
    return change(id,
                  QStringLiteral("UPDATE tasks SET next_fire_at = ?, next_fire_delay_ms = 0 "
                                 "WHERE id = ?"),
                  {SqlValues::time(nextFireAt), id}, QStringLiteral("schedule task %1").arg(id));
}

StoreResult<void> TaskRepository::setEnabled(qint64 id, bool enabled) {
    return change(id, QStringLiteral("UPDATE tasks SET enabled = ?, updated_at = ? WHERE id = ?"),
                  {SqlValues::flag(enabled), SqlValues::time(QDateTime::currentDateTimeUtc()), id},
                  QStringLiteral("%1 task %2")
                      .arg(enabled ? QStringLiteral("enable") : QStringLiteral("disable"))
                      .arg(id));
}

StoreResult<bool> TaskRepository::claimFire(qint64 taskId, const QDateTime &expected,
                                            const QDateTime &next, qint64 nextDelayMs) {
    return TaskClaims(m_db).claimFire(taskId, expected, next, nextDelayMs);
}

StoreResult<std::optional<Run>>
TaskRepository::claimFireAndCreateRun(qint64 taskId, const QDateTime &expected,
                                      const QDateTime &next, const Run &run, qint64 nextDelayMs) {
    return TaskClaims(m_db).claimFireAndCreateRun(taskId, expected, next, run, nextDelayMs);
}

StoreResult<QList<Server>> TaskRepository::resolveTargets(qint64 taskId) {
    auto task = find(taskId);
    if (!task)
        return task.error();
    ServerRepository servers(m_db);
    auto all = servers.list({QString(), QString(), true, false});
    if (!all)
        return all.error();
    return selectTargets(task.value(), all.value());
}

QList<Server> TaskRepository::selectTargets(const Task &task, const QList<Server> &enabledServers) {
    if (task.serverIds.isEmpty() && task.serverTags.isEmpty())
        return enabledServers;
    const QSet<qint64> ids(task.serverIds.cbegin(), task.serverIds.cend());
    QList<Server> out;
    for (const Server &s : enabledServers) {
        bool wanted = ids.contains(s.id);
        for (const QString &tag : task.serverTags)
            wanted = wanted || s.tags.contains(tag);
        if (wanted)
            out << s;
    }
    return out;
}

} // namespace fleetcron
