#include "TaskRepository.h"

#include "ChangeNotifier.h"
#include "Database.h"
#include "RunRepository.h"
#include "ServerRepository.h"
#include "SqlValues.h"
#include "Transaction.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace fleetcron {
namespace {

const QString columns = QStringLiteral(
    "id, name, kind, body, interpreter, schedule, time_zone, timeout_s, target, overlap, "
    "misfire, retries, retry_delay_s, max_output_bytes, enabled, next_fire_at, created_at, "
    "updated_at");

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
    return t;
}

StoreError taskNotFound(qint64 id) {
    return StoreError::make(StoreError::Kind::NotFound,
                            QStringLiteral("unknown task id %1").arg(id), QStringLiteral("id"));
}

} // namespace

TaskRepository::TaskRepository(Database &db)
    : m_db(db) {}

StoreError TaskRepository::duplicateName(const QString &name) const {
    return StoreError::make(StoreError::Kind::Duplicate,
                            QStringLiteral("a task named '%1' already exists").arg(name),
                            QStringLiteral("name"));
}

StoreResult<void> TaskRepository::validate(const Task &t) const {
    auto invalid = [](const QString &message, const QString &field) {
        return StoreError::make(StoreError::Kind::Invalid, message, field);
    };
    if (t.name.trimmed().isEmpty())
        return invalid(QStringLiteral("a task needs a name"), QStringLiteral("name"));
    if (t.body.trimmed().isEmpty())
        return invalid(t.kind == TaskKind::Script
                           ? QStringLiteral("task '%1' has an empty script").arg(t.name)
                           : QStringLiteral("task '%1' has no command").arg(t.name),
                       QStringLiteral("body"));
    if (t.schedule.trimmed().isEmpty())
        return invalid(QStringLiteral("task '%1' has no schedule").arg(t.name),
                       QStringLiteral("schedule"));
    if (t.timeoutSeconds < 0)
        return invalid(QStringLiteral("the timeout cannot be negative"), QStringLiteral("timeout"));
    if (t.retries < 0)
        return invalid(QStringLiteral("retries cannot be negative"), QStringLiteral("retries"));
    if (t.retryDelaySeconds < 0)
        return invalid(QStringLiteral("the retry delay cannot be negative"),
                       QStringLiteral("retry_delay"));
    if (t.maxOutputBytes < 0)
        return invalid(QStringLiteral("the output limit cannot be negative"),
                       QStringLiteral("max_output_bytes"));
    for (const QString &tag : t.serverTags) {
        if (tag.contains(QLatin1Char(',')))
            return invalid(QStringLiteral("tag '%1' contains a comma").arg(tag),
                           QStringLiteral("servers"));
    }
    return {};
}

StoreResult<void> TaskRepository::saveTargets(const Task &t) {
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    QSqlQuery clear(conn.value());
    if (auto done = m_db.run(clear, QStringLiteral("DELETE FROM task_servers WHERE task_id = ?"),
                             {t.id}, QStringLiteral("save the servers of task '%1'").arg(t.name));
        !done)
        return done.error();

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
            return StoreError::make(StoreError::Kind::UnknownReference,
                                    QStringLiteral("unknown server id %1").arg(id),
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

StoreResult<Task> TaskRepository::create(const Task &input) {
    if (auto v = validate(input); !v)
        return v.error();
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    Task t = input;
    t.name = t.name.trimmed();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    t.createdAt = now;
    t.updatedAt = now;

    Transaction tx(conn.value(), m_db.dialect());
    if (!tx.ok())
        return tx.error();
    {
        QSqlQuery q(conn.value());
        auto done = m_db.run(
            q,
            QStringLiteral(
                "INSERT INTO tasks (name, kind, body, interpreter, schedule, time_zone, timeout_s, "
                "target, overlap, misfire, retries, retry_delay_s, max_output_bytes, enabled, "
                "next_fire_at, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)") +
                m_db.dialect().insertReturningId(),
            {t.name, toString(t.kind), t.body, t.interpreter, t.schedule.trimmed(), t.timeZone,
             t.timeoutSeconds, toString(t.target), toString(t.overlap), toString(t.misfire),
             t.retries, t.retryDelaySeconds, t.maxOutputBytes, SqlValues::flag(t.enabled),
             SqlValues::time(t.nextFireAt), SqlValues::time(now), SqlValues::time(now)},
            QStringLiteral("add task '%1'").arg(t.name));
        if (!done)
            return done.error().kind == StoreError::Kind::Duplicate ? duplicateName(t.name)
                                                                    : done.error();
        t.id = m_db.dialect().insertReturnsRow() ? (q.next() ? q.value(0).toLongLong() : 0)
                                                 : q.lastInsertId().toLongLong();
    }
    if (auto targets = saveTargets(t); !targets)
        return targets.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    ChangeNotifier::notify(m_db, ChangeNotifier::tasksChannel());
    return find(t.id);
}

StoreResult<Task> TaskRepository::update(const Task &input) {
    if (auto v = validate(input); !v)
        return v.error();
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    Task t = input;
    t.name = t.name.trimmed();
    Transaction tx(conn.value(), m_db.dialect());
    if (!tx.ok())
        return tx.error();
    {
        QSqlQuery q(conn.value());
        auto done = m_db.run(
            q,
            QStringLiteral("UPDATE tasks SET name = ?, kind = ?, body = ?, interpreter = ?, "
                           "schedule = ?, time_zone = ?, timeout_s = ?, target = ?, overlap = ?, "
                           "misfire = ?, retries = ?, retry_delay_s = ?, max_output_bytes = ?, "
                           "enabled = ?, next_fire_at = ?, updated_at = ? WHERE id = ?"),
            {t.name, toString(t.kind), t.body, t.interpreter, t.schedule.trimmed(), t.timeZone,
             t.timeoutSeconds, toString(t.target), toString(t.overlap), toString(t.misfire),
             t.retries, t.retryDelaySeconds, t.maxOutputBytes, SqlValues::flag(t.enabled),
             SqlValues::time(t.nextFireAt), SqlValues::time(QDateTime::currentDateTimeUtc()), t.id},
            QStringLiteral("save task '%1'").arg(t.name));
        if (!done)
            return done.error().kind == StoreError::Kind::Duplicate ? duplicateName(t.name)
                                                                    : done.error();
        if (q.numRowsAffected() == 0)
            return taskNotFound(t.id);
    }
    if (auto targets = saveTargets(t); !targets)
        return targets.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    ChangeNotifier::notify(m_db, ChangeNotifier::tasksChannel());
    return find(t.id);
}

StoreResult<void> TaskRepository::remove(qint64 id) {
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    QSqlQuery q(conn.value());
    auto done = m_db.run(q, QStringLiteral("DELETE FROM tasks WHERE id = ?"), {id},
                         QStringLiteral("remove task %1").arg(id));
    if (!done)
        return done.error();
    if (q.numRowsAffected() == 0)
        return taskNotFound(id);
    ChangeNotifier::notify(m_db, ChangeNotifier::tasksChannel());
    return {};
}

StoreResult<QList<Task>> TaskRepository::select(const QString &where, const QVariantList &values,
                                                const QString &suffix, const QString &doing) {
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    QList<Task> tasks;
    QHash<qint64, qsizetype> index;
    {
        QSqlQuery q(conn.value());
        auto done = m_db.run(
            q, QStringLiteral("SELECT %1 FROM tasks WHERE %2 %3").arg(columns, where, suffix),
            values, doing);
        if (!done)
            return done.error();
        while (q.next()) {
            index.insert(q.value(0).toLongLong(), tasks.size());
            tasks << taskFrom(q);
        }
    }
    if (tasks.isEmpty())
        return tasks;
    // Targets of all selected tasks in one query rather than one per task.
    QSqlQuery targets(conn.value());
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
    if (auto done = m_db.run(targets, sql, ids, doing); !done)
        return done.error();
    while (targets.next()) {
        const auto it = index.constFind(targets.value(0).toLongLong());
        if (it == index.constEnd())
            continue;
        Task &t = tasks[it.value()];
        if (!targets.value(1).isNull())
            t.serverIds << targets.value(1).toLongLong();
        else
            t.serverTags << targets.value(2).toString();
    }
    for (Task &t : tasks)
        t.serverTags = SqlValues::normalizedTags(t.serverTags);
    return tasks;
}

StoreResult<Task> TaskRepository::find(qint64 id) {
    auto found = select(QStringLiteral("id = ?"), {id}, {}, QStringLiteral("read task %1").arg(id));
    if (!found)
        return found.error();
    if (found->isEmpty())
        return taskNotFound(id);
    return found->first();
}

StoreResult<Task> TaskRepository::findByName(const QString &name) {
    auto found = select(QStringLiteral("name = ?"), {name.trimmed()}, {},
                        QStringLiteral("read task '%1'").arg(name));
    if (!found)
        return found.error();
    if (found->isEmpty())
        return StoreError::make(StoreError::Kind::NotFound,
                                QStringLiteral("no task named '%1'").arg(name),
                                QStringLiteral("name"));
    return found->first();
}

StoreResult<QList<Task>> TaskRepository::list(const Filter &filter) {
    QStringList where{QStringLiteral("1 = 1")};
    QVariantList values;
    if (filter.enabledOnly)
        where << QStringLiteral("enabled = 1");
    if (!filter.nameContains.isEmpty()) {
        where << QStringLiteral("name %1 ?").arg(m_db.dialect().caseInsensitiveLike());
        values << QStringLiteral("%%1%").arg(filter.nameContains);
    }
    if (filter.serverId > 0) {
        where << QStringLiteral("id IN (SELECT task_id FROM task_servers WHERE server_id = ?)");
        values << filter.serverId;
    }
    return select(where.join(QStringLiteral(" AND ")), values, QStringLiteral("ORDER BY name"),
                  QStringLiteral("list tasks"));
}

StoreResult<QList<Task>> TaskRepository::due(const QDateTime &now, int limit) {
    return select(QStringLiteral("enabled = 1 AND next_fire_at IS NOT NULL AND next_fire_at <= ?"),
                  {SqlValues::time(now), limit},
                  m_db.dialect().dueOrder() + QStringLiteral(" LIMIT ?"),
                  QStringLiteral("find due tasks"));
}

StoreResult<QDateTime> TaskRepository::earliestNextFire(const QDateTime &after) {
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    QSqlQuery q(conn.value());
    QString sql = QStringLiteral("SELECT MIN(next_fire_at) FROM tasks WHERE enabled = 1");
    QVariantList values;
    if (after.isValid()) {
        sql += QStringLiteral(" AND next_fire_at > ?");
        values << SqlValues::time(after);
    }
    auto done = m_db.run(q, sql, values, QStringLiteral("find the next fire time"));
    if (!done)
        return done.error();
    return q.next() ? SqlValues::time(q.value(0)) : QDateTime();
}

StoreResult<void> TaskRepository::setNextFireAt(qint64 id, const QDateTime &nextFireAt) {
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    QSqlQuery q(conn.value());
    auto done =
        m_db.run(q, QStringLiteral("UPDATE tasks SET next_fire_at = ? WHERE id = ?"),
                 {SqlValues::time(nextFireAt), id}, QStringLiteral("schedule task %1").arg(id));
    if (!done)
        return done.error();
    if (q.numRowsAffected() == 0)
        return taskNotFound(id);
    ChangeNotifier::notify(m_db, ChangeNotifier::tasksChannel());
    return {};
}

StoreResult<void> TaskRepository::setEnabled(qint64 id, bool enabled) {
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    QSqlQuery q(conn.value());
    auto done =
        m_db.run(q, QStringLiteral("UPDATE tasks SET enabled = ?, updated_at = ? WHERE id = ?"),
                 {SqlValues::flag(enabled), SqlValues::time(QDateTime::currentDateTimeUtc()), id},
                 QStringLiteral("%1 task %2")
                     .arg(enabled ? QStringLiteral("enable") : QStringLiteral("disable"))
                     .arg(id));
    if (!done)
        return done.error();
    if (q.numRowsAffected() == 0)
        return taskNotFound(id);
    ChangeNotifier::notify(m_db, ChangeNotifier::tasksChannel());
    return {};
}

StoreResult<bool> TaskRepository::claimFire(qint64 taskId, const QDateTime &expected,
                                            const QDateTime &next) {
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    QSqlQuery q(conn.value());
    const bool expectNull = !expected.isValid();
    // A single conditional UPDATE is atomic on both backends: of two engines that read the
    // same next_fire_at, exactly one sees its row change.
    QString sql =
        expectNull
            ? QStringLiteral("UPDATE tasks SET next_fire_at = ? WHERE id = ? AND enabled = 1 "
                             "AND next_fire_at IS NULL")
            : QStringLiteral("UPDATE tasks SET next_fire_at = ? WHERE id = ? AND enabled = 1 "
                             "AND next_fire_at = ?");
    QVariantList values{SqlValues::time(next), taskId};
    if (!expectNull)
        values << SqlValues::time(expected);
    if (m_db.dialect().supportsRowLocks() && !expectNull) {
        // Several daemons wake for the same due time. A plain UPDATE of a row another engine
        // is claiming would wait for that engine's transaction only to change nothing; the
        // row lock taken with SKIP LOCKED lets the loser see at once that the fire is being
        // claimed and move on to the next task. Inside claimFireAndCreateRun the lock is held
        // until the run is recorded. The conditions above stay the guarantee either way.
        sql += QStringLiteral(" AND id IN (SELECT id FROM tasks WHERE id = ? AND "
                              "next_fire_at = ?") +
               m_db.dialect().lockSkippingLocked() + u')';
        values << taskId << SqlValues::time(expected);
    }
    auto done = m_db.run(q, sql, values, QStringLiteral("claim task %1").arg(taskId));
    if (!done)
        return done.error();
    return q.numRowsAffected() == 1;
}

StoreResult<std::optional<Run>> TaskRepository::claimFireAndCreateRun(qint64 taskId,
                                                                      const QDateTime &expected,
                                                                      const QDateTime &next,
                                                                      const Run &run) {
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    Transaction tx(conn.value(), m_db.dialect());
    if (!tx.ok())
        return tx.error();
    auto won = claimFire(taskId, expected, next);
    if (!won)
        return won.error();
    if (!won.value()) {
        // Lost to another engine: not a failure, so this must not doom an enclosing
        // transaction (the scheduler claims a whole pass in one).
        if (auto committed = tx.commit(); !committed)
            return committed.error();
        return std::optional<Run>();
    }
    Run r = run;
    r.taskId = taskId;
    auto created = RunRepository(m_db).create(r);
    if (!created)
        return created.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return std::optional<Run>(created.value());
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
