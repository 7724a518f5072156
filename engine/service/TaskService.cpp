#include "TaskService.h"

#include "AuditService.h"
#include "ChainRules.h"
#include "NameOrId.h"
#include "SettingsService.h"
#include "model/ModelJson.h"
#include "scheduler/TaskSaver.h"
#include "scheduler/TaskTiming.h"
#include "store/RunRepository.h"
#include "store/TaskLinkRepository.h"

#include <QCoreApplication>

namespace fleetcron {

TaskService::TaskService(Database &db, AuditService &audit, SettingsService &settings)
    : m_db(db)
    , m_audit(audit)
    , m_settings(settings) {}

StoreResult<QList<Task>> TaskService::list(const TaskRepository::Filter &filter) {
    return TaskRepository(m_db).list(filter);
}

StoreResult<Task> TaskService::find(qint64 id) {
    return TaskRepository(m_db).find(id);
}

StoreResult<QHash<qint64, QString>> TaskService::namesOf(const QList<qint64> &ids) {
    return TaskRepository(m_db).namesOf(ids);
}

StoreResult<Task> TaskService::resolve(const QString &ref) {
    return findByNameOrId(TaskRepository(m_db), ref);
}

StoreResult<QList<Server>> TaskService::targets(qint64 id) {
    return TaskRepository(m_db).resolveTargets(id);
}

Task TaskService::newTask() {
    Task t;
    t.maxOutputBytes = m_settings.number(SettingKeys::defaultMaxOutputBytes());
    return t;
}

StoreResult<TaskState> TaskService::state(const Task &task) {
    RunRepository runs(m_db);
    auto active = runs.countActive(task.id, staleBefore());
    if (!active)
        return active.error();
    auto last = runs.latestCompleted(task.id);
    if (!last)
        return last.error();
    return TaskStates::of(task, active.value() > 0,
                          last->has_value() ? std::optional((*last)->status) : std::nullopt);
}

QDateTime TaskService::staleBefore() {
    return QDateTime::currentDateTimeUtc().addSecs(-m_settings.number(SettingKeys::leaseSeconds()));
}

FieldError TaskService::check(const Task &task) {
    return TaskTiming::validate(task);
}

StoreResult<Task> TaskService::save(Task task, const Actor &actor, const QDateTime &now) {
    if (const FieldError e = check(task); e.isError())
        return StoreError::make(StoreError::Kind::Invalid, e.message, e.field);
    if (auto chain = resolveChain(task); !chain)
        return chain.error();
    std::optional<Task> before;
    if (task.id != 0) {
        auto found = find(task.id);
        if (!found)
            return found;
        before = found.value();
    }
    // Armed now (as TaskSaver decides), a one-shot whose instant has passed would never fire.
    const bool armed = !before || TaskTiming::rearms(*before, task);
    if (armed && task.enabled && !TaskTiming::firstFire(task, now).isValid())
        return StoreError::make(StoreError::Kind::Invalid,
                                QCoreApplication::translate(
                                    "TaskService", "'%1' is in the past: a one-shot task armed now "
                                                   "would never fire")
                                    .arg(task.schedule),
                                QStringLiteral("schedule"));
    // TaskSaver holds the timing rules (validation, next fire on create, reschedule, re-enable).
    auto saved = TaskSaver(m_db).save(task, now);
    if (!saved)
        return saved;
    AuditService::Change change{before ? QStringLiteral("task.update")
                                       : QStringLiteral("task.create"),
                                QStringLiteral("task"),
                                saved->id,
                                saved->name,
                                {},
                                {}};
    if (before)
        change.before = ModelJson::task(*before);
    change.after = ModelJson::task(saved.value());
    m_audit.record(actor, change);
    return saved;
}

StoreResult<void> TaskService::resolveChain(Task &task) {
    TaskRepository tasks(m_db);
    for (TaskLink &l : task.links) {
        const QString field = ChainRules::fieldOf(l.condition);
        l.task = l.task.trimmed();
        // Itself, named before it exists (a new task) or by the name it is being given.
        if (l.taskId == 0 && l.task == task.name.trimmed())
            continue;
        auto child = l.taskId != 0 ? tasks.find(l.taskId) : findByNameOrId(tasks, l.task);
        if (!child) {
            if (child.error().kind != StoreError::Kind::NotFound)
                return child.error();
            return StoreError::make(
                StoreError::Kind::Invalid,
                QCoreApplication::translate("TaskService", "%1: unknown task '%2'")
                    .arg(field, l.taskId != 0 ? QString::number(l.taskId) : l.task),
                field);
        }
        l.taskId = child->id;
        l.task = child->name;
    }
    if (task.links.isEmpty())
        return {};
    auto stored = TaskLinkRepository(m_db).all();
    if (!stored)
        return stored.error();
    QList<ChainRules::Edge> edges;
    for (const TaskLinkRepository::Edge &e : stored.value())
        edges.append({e.parentId, e.parentName, e.link.taskId, e.link.task});
    Task named = task;
    named.name = task.name.trimmed();
    if (const FieldError e = ChainRules::check(named, edges); e.isError())
        return StoreError::make(StoreError::Kind::Invalid, e.message, e.field);
    return {};
}

StoreResult<Task> TaskService::setEnabled(qint64 id, bool enabled, const Actor &actor) {
    auto found = find(id);
    if (!found)
        return found;
    if (found->enabled == enabled)
        return found;
    // The same door as an edit, so enabling recomputes the next fire exactly as saving does.
    Task changed = found.value();
    changed.enabled = enabled;
    auto updated = TaskSaver(m_db).save(changed);
    if (!updated)
        return updated;
    m_audit.record(actor, {enabled ? QStringLiteral("task.enable") : QStringLiteral("task.disable"),
                           QStringLiteral("task"), id, found->name, ModelJson::task(found.value()),
                           ModelJson::task(updated.value())});
    return updated;
}

StoreResult<void> TaskService::refuseWhileActive(const Task &task) {
    // A dead engine's runs must not keep the task from being deleted.
    RunRepository runs(m_db);
    auto active = runs.countActive(task.id, staleBefore());
    if (!active)
        return active.error();
    if (active.value() == 0)
        return {};
    QStringList ids;
    RunRepository::Filter filter;
    filter.taskId = task.id;
    filter.limit = 5;
    for (RunStatus status : {RunStatus::Running, RunStatus::Pending}) {
        filter.status = status;
        if (auto list = runs.list(filter))
            for (const Run &r : list.value())
                ids << QStringLiteral("#%1").arg(r.id);
    }
    return StoreError::make(
        StoreError::Kind::Conflict,
        QCoreApplication::translate("TaskService",
                                    "task '%1' has %2 active run(s) (%3); cancel them or "
                                    "wait for them to end, then delete it")
            .arg(task.name)
            .arg(active.value())
            .arg(ids.join(QStringLiteral(", "))),
        QStringLiteral("task"));
}

StoreResult<void> TaskService::remove(qint64 id, const Actor &actor) {
    auto found = find(id);
    if (!found)
        return found.error();
    if (auto idle = refuseWhileActive(found.value()); !idle)
        return idle;
    if (auto removed = TaskRepository(m_db).remove(id); !removed)
        return removed;
    m_audit.record(actor, {QStringLiteral("task.delete"),
                           QStringLiteral("task"),
                           id,
                           found->name,
                           ModelJson::task(found.value()),
                           {}});
    return {};
}

} // namespace fleetcron
