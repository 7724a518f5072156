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

} // namespace fleetcron
