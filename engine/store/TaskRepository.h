#pragma once

#include "StoreResult.h"
#include "model/Run.h"
#include "model/Server.h"
#include "model/Task.h"

#include <QDateTime>
#include <QHash>
#include <QList>

#include <functional>
#include <optional>

namespace fleetcron {

class Database;

// Tasks with their targets (explicit servers and tag selectors in task_servers), always saved
// together in one transaction, and what is due. The claims that let only one engine fire a
// given time live in TaskClaims; the methods here forward to it. Usable from any thread.
class TaskRepository {
public:
    struct Filter {
        QString nameContains; // case-insensitive
        bool enabledOnly = false;
        qint64 serverId = 0; // only tasks that target this server explicitly
    };

    explicit TaskRepository(Database &db);

    StoreResult<Task> create(const Task &task);
    StoreResult<Task> update(const Task &task);
    // Deletes the task and, with it, its runs and executions.
    StoreResult<void> remove(qint64 id);

    StoreResult<Task> find(qint64 id);
    StoreResult<Task> findByName(const QString &name);
    StoreResult<QList<Task>> list(const Filter &filter);
    StoreResult<QList<Task>> list() { return list(Filter()); }
    // Every task's name by id, without the rest of the row (what labels a metric).
    StoreResult<QHash<qint64, QString>> names();
    // The names of these tasks only (a page of history), in one query.
    StoreResult<QHash<qint64, QString>> namesOf(const QList<qint64> &ids);

    // Enabled tasks whose next fire is at or before `now`, earliest first.
    StoreResult<QList<Task>> due(const QDateTime &now, int limit = 100);
    // The earliest next fire of any enabled task (after `after`, when given); invalid when
    // nothing is scheduled.
    StoreResult<QDateTime> earliestNextFire(const QDateTime &after = {});
    StoreResult<void> setNextFireAt(qint64 id, const QDateTime &nextFireAt);
    StoreResult<void> setEnabled(qint64 id, bool enabled);

    // Claim-then-run: moves next_fire_at from `expected` to `next` only if it still is
    // `expected` (and the task is enabled). True when this caller won; false when another
    // engine (or an edit) got there first, in which case nothing changed. `nextDelayMs`: the
    // part of `next` that is a drawn start delay (tasks.next_fire_delay_ms).
    StoreResult<bool> claimFire(qint64 taskId, const QDateTime &expected, const QDateTime &next,
                                qint64 nextDelayMs = 0);
    // The same claim and the run's row in one transaction: a claimed fire always has its run.
    // Returns the stored run when this caller won, nothing when it lost.
    StoreResult<std::optional<Run>> claimFireAndCreateRun(qint64 taskId, const QDateTime &expected,
                                                          const QDateTime &next, const Run &run,
                                                          qint64 nextDelayMs = 0);

    // The servers a task runs on now: its explicit servers plus every server carrying one of
    // its tags; only live, enabled servers, each once, by name.
    StoreResult<QList<Server>> resolveTargets(qint64 taskId);
    // The same choice from a list of live, enabled servers already read (the scheduler keeps
    // one, refreshed each second, rather than reading every server for every fire). A task
    // that names no server and no tag runs on every one (TaskService: "no targets given").
    static QList<Server> selectTargets(const Task &task, const QList<Server> &enabledServers);

private:
    StoreResult<void> validate(const Task &task) const;
    StoreResult<void> saveTargets(const Task &task);
    // Create and update: validation, the transaction with the targets, the notice; `write`
    // runs the one statement that differs and returns the task's id.
    StoreResult<Task> save(const Task &task,
                           const std::function<StoreResult<qint64>(const Task &)> &write);
    // A change of one task's row that must find it, followed by the tasks notice.
    StoreResult<void> change(qint64 id, const QString &sql, const QVariantList &values,
                             const QString &doing);
    StoreResult<QList<Task>> select(const QString &where, const QVariantList &values,
                                    const QString &suffix, const QString &doing);

    Database &m_db;
};

} // namespace fleetcron
