// The scheduler's fires that do not start when claimed: a fire queued behind the task's active
// run (overlap "queue"), and the tasks chained to a run that ended. Scheduler's own members; the
// claims, timers and release are in Scheduler.cpp.
#include "ChainStarter.h"
#include "ClaimPass.h"
#include "Scheduler.h"
#include "core/RunHost.h"
#include "model/RunReason.h"
#include "store/Database.h"
#include "store/RunRepository.h"
#include "store/TaskRepository.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTimer>

namespace fleetcron {
namespace {

Q_LOGGING_CATEGORY(lcSchedulerQueue, "fleetcron.scheduler")

// Why a queued fire of a task disabled meanwhile did not start, in the run's reason.
const QString disabledWhileQueued = QString::fromLatin1(runReasonDisabledWhileQueued);

} // namespace

void Scheduler::admit(const Task &task, Run &run, const QDateTime &at) {
    // As a claim pass does (ClaimPass), for one task: a chained run.
    auto active =
        RunRepository(m_engine.database())
            .countActive(task.id, QDateTime::currentDateTimeUtc().addMSecs(-m_options.leaseMs));
    ClaimPass::admit(task, run,
                     (active && active.value() > 0) || !m_queued.value(task.id).isEmpty(), at);
}

void Scheduler::startChain(qint64 parentRunId, qint64 taskId, RunStatus status) {
    if (!m_running)
        return;
    ChainStarter chain(m_engine.database());
    auto children = chain.children(taskId, status);
    if (!children) {
        qCWarning(lcSchedulerQueue).noquote() << children.error().toString();
        return;
    }
    const QString reason = ChainStarter::reason(parentRunId, status);
    for (const Task &child : children.value()) {
        // Held to the child's overlap rule as a fire is; its own schedule is left as it was.
        Run run;
        run.taskId = child.id;
        run.engineId = m_engine.engineId();
        run.trigger = RunTrigger::Schedule;
        run.parentRunId = parentRunId;
        run.scheduledFor = now();
        admit(child, run, run.scheduledFor);
        auto recorded = chain.record(child, run, reason);
        if (!recorded || !recorded->has_value())
            continue;
        const Run stored = **recorded;
        if (stored.status == RunStatus::Skipped) {
            emit skipped(child.id, stored.scheduledFor, QStringLiteral("overlap"));
            continue;
        }
        startOrQueue(child, stored);
    }
}

void Scheduler::startOrQueue(const Task &task, const Run &run) {
    if (run.status == RunStatus::Pending) {
        m_queued[task.id].append(run);
        return;
    }
    startAll({RunStart{run, task, {}}});
}

void Scheduler::onRunFinished(qint64, qint64 taskId) {
    auto it = m_queued.find(taskId);
    if (it == m_queued.end() || it->isEmpty() || !m_running)
        return;
    // A fire claimed ahead and queued behind this run waits for its own time.
    const QDateTime dueAt = it->first().scheduledFor.addMSecs(it->first().startDelayMs);
    if (const qint64 early = now().msecsTo(dueAt); early > 0) {
        QTimer::singleShot(early, Qt::PreciseTimer, this,
                           [this, taskId] { onRunFinished(0, taskId); });
        return;
    }
    Run run = it->takeFirst();
    if (it->isEmpty())
        m_queued.erase(it);
    auto task = TaskRepository(m_engine.database()).find(taskId);
    if (!task)
        return;
    RunRepository runs(m_engine.database());
    if (!task->enabled) {
        // Disabled while this fire waited for the run before it: it does not start, and the
        // ones queued behind it follow the same way.
        (void)runs.setReason(run.id, disabledWhileQueued);
        (void)runs.finish(run.id, RunStatus::Skipped, QDateTime::currentDateTimeUtc());
        qCInfo(lcSchedulerQueue).noquote()
            << QCoreApplication::translate("Scheduler", "task=%1 fire at %2 skipped: %3")
                   .arg(task->name, run.scheduledFor.toString(Qt::ISODateWithMs),
                        disabledWhileQueued);
        emit skipped(taskId, run.scheduledFor, disabledWhileQueued);
        onRunFinished(run.id, taskId);
        return;
    }
    run.status = RunStatus::Running;
    run.startedAt = QDateTime::currentDateTimeUtc();
    (void)runs.markStarted(run.id, run.startedAt);
    (void)runs.setStatus(run.id, RunStatus::Running);
    startOrQueue(task.value(), run);
}

void Scheduler::deferOverlap(const Task &task, const Run &run, const QDateTime &due) {
    m_deferred.insert(due.toMSecsSinceEpoch(), {task, run, due});
    const qint64 ms = std::max<qint64>(
        0, now().msecsTo(QDateTime::fromMSecsSinceEpoch(m_deferred.firstKey(), Qt::UTC)));
    if (!m_deferTimer.isActive() || ms < m_deferTimer.remainingTime())
        m_deferTimer.start(int(ms));
}

void Scheduler::decideOverlaps() {
    if (!m_running)
        return;
    const QDateTime t = now();
    QList<Deferred> due;
    while (!m_deferred.isEmpty() && m_deferred.firstKey() <= t.toMSecsSinceEpoch())
        due.append(m_deferred.take(m_deferred.firstKey()));
    if (!m_deferred.isEmpty())
        m_deferTimer.start(int(std::max<qint64>(
            0, t.msecsTo(QDateTime::fromMSecsSinceEpoch(m_deferred.firstKey(), Qt::UTC)))));
    if (due.isEmpty())
        return;
    // Runs of a task still waiting for their own time are pending in the store as well; they
    // do not make it busy.
    QHash<qint64, int> waiting;
    QList<qint64> taskIds;
    for (const Deferred &d : std::as_const(due)) {
        waiting[d.task.id] += 1;
        taskIds << d.task.id;
    }
    for (const Deferred &d : std::as_const(m_deferred))
        waiting[d.task.id] += 1;
    RunRepository runs(m_engine.database());
    const auto active = runs.countActiveByTask(
        taskIds, QDateTime::currentDateTimeUtc().addMSecs(-m_options.leaseMs));
    QList<RunStart> starts;
    for (const Deferred &d : std::as_const(due)) {
        Run run = d.run;
        const bool busy = !active || active->value(d.task.id) - waiting.value(d.task.id) > 0 ||
                          !m_queued.value(d.task.id).isEmpty();
        emit fired(d.task.id, run.id, run.scheduledFor, std::max<qint64>(0, d.due.msecsTo(t)));
        if (busy) {
            // Written in the background: a skip has nothing to wait for. Its start (started_at)
            // is the due time, written by the claim.
            m_engine.closeRun(run.id, RunStatus::Skipped, d.due);
            qCInfo(lcSchedulerQueue).noquote()
                << QStringLiteral("task=%1 fire at %2 skipped: the previous run is still active")
                       .arg(d.task.name, run.scheduledFor.toString(Qt::ISODateWithMs));
            emit skipped(d.task.id, run.scheduledFor, QStringLiteral("overlap"));
            continue;
        }
        // Free at its time: it starts, one run of this task fewer counts as waiting.
        waiting[d.task.id] -= 1;
        run.status = RunStatus::Running;
        run.startedAt = t;
        (void)runs.markStarted(run.id, t);
        (void)runs.setStatus(run.id, RunStatus::Running);
        starts.append({run, d.task, {}});
    }
    startAll(starts);
}

} // namespace fleetcron
