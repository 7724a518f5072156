#include "Executor.h"

#include "ExecutionWork.h"
#include "model/RunReason.h"
#include "ssh/SshExecResult.h"
#include "ssh/SshPool.h"
#include "store/Database.h"
#include "store/ExecutionRepository.h"
#include "store/RunRepository.h"
#include "store/ServerRepository.h"
#include "store/StoreWriter.h"
#include "store/TaskRepository.h"
#include "store/ThreadPriority.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTimer>

#include <chrono>

namespace fleetcron {
namespace {

Q_LOGGING_CATEGORY(lcExec, "fleetcron.exec")

// A server that was unreachable is skipped by round-robin targets for this long.
constexpr qint64 unreachableMemoryMs = 60'000;

// Why queued work of a task that was disabled meanwhile did not start.
const QString disabledWhileQueued = QString::fromLatin1(runReasonDisabledWhileQueued);

} // namespace

Executor::Executor(Database &db, StoreWriter &writer, SshPool &pool, SecretStore *secrets,
                   const QString &engineId, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_writer(writer)
    , m_pool(pool)
    , m_secrets(secrets)
    , m_output(50, this)
    , m_picker(db, engineId)
    , m_reaper(secrets) {
    qRegisterMetaType<fleetcron::Execution>();
    setGlobalLimit(64);
}

Executor::~Executor() {
    cancelAll();
    m_threads.waitForDone();
    // Results the workers posted before they ended are recorded, not dropped.
    QCoreApplication::sendPostedEvents(this);
}

void Executor::setGlobalLimit(int limit) {
    m_gate.setGlobalLimit(limit);
    // Pool threads only ever run admitted executions, so the gate is the real limit.
    m_threads.setMaxThreadCount(std::max(1, limit));
    dispatch();
}

int Executor::activeRunsOfTask(qint64 taskId) const {
    int n = 0;
    for (const RunPtr &run : m_runs)
        n += run->task.id == taskId ? 1 : 0;
    return n;
}

bool Executor::isReachable(qint64 serverId) const {
    const auto it = m_unreachableUntil.constFind(serverId);
    return it == m_unreachableUntil.constEnd() || it.value() < QDateTime::currentDateTimeUtc();
}

bool Executor::isRetryable(ExecutionStatus status) {
    // Auth and host key failures need an operator; retrying them only adds noise.
    switch (status) {
    case ExecutionStatus::Failed:
    case ExecutionStatus::TimedOut:
    case ExecutionStatus::Unreachable:
    case ExecutionStatus::Interrupted:
        return true;
    default:
        return false;
    }
}

void Executor::start(const Run &run, const Task &task, const QList<Server> &targets) {
    startMany({RunStart{run, task, targets}});
}

void Executor::startMany(const QList<RunStart> &starts) {
    QList<Launch> launches;
    launches.reserve(starts.size());
    for (const RunStart &s : starts) {
        auto active = std::make_shared<ActiveRun>();
        active->run = s.run;
        active->task = s.task;
        QList<Server> chosen = s.targets;
        if (s.task.target == TargetMode::One && s.targets.size() > 1) {
            RoundRobinPicker::Judge judge;
            judge.isReachable = [this](qint64 id) { return isReachable(id); };
            judge.ownOfTask = [this](qint64 serverId, qint64 taskId) {
                return ownExecutions(serverId, taskId);
            };
            judge.ownTotal = [this](qint64 serverId) { return ownExecutions(serverId, 0); };
            RoundRobinPicker::Pick pick = m_picker.pick(s.task.id, s.targets, judge);
            chosen = {pick.chosen};
            active->fallbacks = pick.fallbacks;
        }
        for (const Server &server : chosen)
            active->servers.insert(server.id, server);
        m_runs.insert(s.run.id, active);
        if (chosen.isEmpty())
            settle(active);
        else
            launches.append({active, chosen});
    }
    launch(launches);
}

void Executor::launch(const RunPtr &run, const QList<Server> &servers) {
    launch(QList<Launch>{{run, servers}});
}

void Executor::launch(const QList<Launch> &launches) {
    if (launches.isEmpty())
        return;
    QList<Execution> rows;
    QHash<qint64, RunPtr> byId;
    for (const Launch &l : launches) {
        byId.insert(l.run->run.id, l.run);
        for (const Server &s : l.servers) {
            Execution e;
            e.runId = l.run->run.id;
            e.serverId = s.id;
            e.attempt = l.run->attempt;
            e.status = ExecutionStatus::Pending;
            rows.append(e);
        }
    }
    // One transaction for all of them: one wait for the store's write lock per claim pass.
    auto created = ExecutionRepository(m_db).createMany(rows);
    if (!created) {
        // Nothing can be recorded for these runs; close them so none stays "running".
        for (const Launch &l : launches) {
            qCWarning(lcExec).noquote() << "run" << l.run->run.id << created.error().toString();
            m_runs.remove(l.run->run.id);
            m_writer.finishRun(l.run->run.id, RunStatus::Failed, QDateTime::currentDateTimeUtc());
            emit runFinished(l.run->run.id, l.run->task.id, RunStatus::Failed);
        }
        return;
    }
    for (const Execution &e : created.value()) {
        const RunPtr run = byId.value(e.runId);
        auto active = std::make_shared<ActiveExecution>();
        active->execution = e;
        active->server = run->servers.value(e.serverId);
        m_executions.insert(e.id, active);
        m_gate.setServerLimit(e.serverId, active->server.maxParallel);
        m_gate.enqueue({e.id, e.serverId});
        ++run->remaining;
    }
    dispatch();
    // What did not start at once waits for room; its task is looked at again when it gets it.
    for (const Execution &e : created.value()) {
        if (const ExecutionPtr active = m_executions.value(e.id); active && !active->started)
            active->queued = true;
    }
}

int Executor::ownExecutions(qint64 serverId, qint64 taskId) const {
    int n = 0;
    for (const ExecutionPtr &active : m_executions) {
        if (active->execution.serverId != serverId)
            continue;
        const RunPtr run = m_runs.value(active->execution.runId);
        if (taskId == 0 || (run && run->task.id == taskId))
            ++n;
    }
    return n;
}

bool Executor::taskStillEnabled(qint64 taskId, QHash<qint64, bool> &known) {
    auto it = known.find(taskId);
    if (it == known.end()) {
        auto task = TaskRepository(m_db).find(taskId);
        // A task that cannot be read now is given the benefit of the doubt; a deleted one not.
        const bool enabled = task ? task->enabled : task.error().kind != StoreError::Kind::NotFound;
        it = known.insert(taskId, enabled);
    }
    return it.value();
}

void Executor::skipQueued(const ExecutionPtr &active, const RunPtr &run) {
    const QDateTime now = QDateTime::currentDateTimeUtc();
    active->execution.status = ExecutionStatus::Cancelled;
    active->execution.startedAt = now;
    active->execution.endedAt = now;
    active->execution.error = disabledWhileQueued;
    run->skipReason = disabledWhileQueued;
    qCInfo(lcExec).noquote() << QStringLiteral("task=%1 run=%2: %3, not started")
                                    .arg(run->task.name)
                                    .arg(run->run.id)
                                    .arg(disabledWhileQueued);
    recordEnd(active, run);
}

void Executor::dispatch() {
    QHash<qint64, bool> enabledTasks; // read once per pass
    for (const ConcurrencyGate::Ticket &ticket : m_gate.admit()) {
        const ExecutionPtr active = m_executions.value(ticket.executionId);
        const RunPtr run = active ? m_runs.value(active->execution.runId) : RunPtr();
        if (!active || !run) {
            m_gate.release(ticket.serverId);
            continue;
        }
        if (active->queued && !taskStillEnabled(run->task.id, enabledTasks)) {
            m_gate.release(ticket.serverId);
            skipQueued(active, run);
            continue;
        }
        active->started = true;
        run->anyStarted = true;
        ExecutionWork item{active->execution.id,     active->server,
                           run->task.kind,           run->task.body,
                           run->task.interpreter,    run->task.timeoutSeconds,
                           run->task.maxOutputBytes, active->cancel};
        m_threads.start([this, item]() {
            static thread_local const int lowered = ThreadPriority::lowerCurrentThread();
            Q_UNUSED(lowered)
            const QDateTime startedAt = QDateTime::currentDateTimeUtc();
            m_writer.startExecution(item.executionId, startedAt);
            QMetaObject::invokeMethod(
                this, [this, id = item.executionId, startedAt] { onStarted(id, startedAt); },
                Qt::QueuedConnection);

            const SshExecResult result = item.run(m_pool, m_secrets, m_writer, m_output);
            // Stamped here, not when the engine's thread gets to it: under load that queue
            // lags, and the end time is what a timeout is judged by.
            const QDateTime endedAt = QDateTime::currentDateTimeUtc();
            QMetaObject::invokeMethod(
                this,
                [this, id = item.executionId, startedAt, endedAt, result] {
                    onDone(id, startedAt, endedAt, result);
                },
                Qt::QueuedConnection);
        });
    }
}

void Executor::onStarted(qint64 executionId, const QDateTime &at) {
    const ExecutionPtr active = m_executions.value(executionId);
    if (!active)
        return;
    active->execution.startedAt = at;
    active->execution.status = ExecutionStatus::Running;
    emit executionStarted(executionId, active->execution.runId, active->execution.serverId);
}

void Executor::onDone(qint64 executionId, const QDateTime &startedAt, const QDateTime &endedAt,
                      const SshExecResult &result) {
    const ExecutionPtr active = m_executions.value(executionId);
    if (!active)
        return;
    m_gate.release(active->execution.serverId);
    const RunPtr run = m_runs.value(active->execution.runId);

    Execution &e = active->execution;
    e.startedAt = startedAt;
    e.endedAt = endedAt;
    result.applyTo(e);
    const qint64 serverId = e.serverId;
    if (result.mayStillRun()) {
        e.error += QStringLiteral("; Fleetcron stops process group %1 as soon as %2 answers again")
                       .arg(result.remoteProcessGroup)
                       .arg(active->server.name);
        m_reaper.adopt(
            active->server, result.remoteProcessGroup,
            QStringLiteral("task=%1 run=%2").arg(run ? run->task.name : QString()).arg(e.runId));
    }
    if (result.status == ExecutionStatus::Unreachable)
        m_unreachableUntil.insert(serverId, e.endedAt.addMSecs(unreachableMemoryMs));
    else
        m_unreachableUntil.remove(serverId);
    if (result.hostKeyNewlyPinned && !result.hostKeyFingerprint.isEmpty()) {
        // accept-new: the first key seen becomes the pin; every later contact must match it.
        ServerRepository servers(m_db);
        if (auto pinned = servers.setHostKey(serverId, result.hostKeyFingerprint); pinned)
            emit hostKeyPinned(serverId, result.hostKeyFingerprint);
        else
            qCWarning(lcExec).noquote() << pinned.error().toString();
        if (run)
            run->servers[serverId].hostKeySha256 = result.hostKeyFingerprint;
    }
    if (run)
        recordEnd(active, run);
    else
        m_executions.remove(executionId);
    dispatch();
}

void Executor::recordEnd(const ExecutionPtr &active, const RunPtr &run) {
    // Output first, so a viewer never sees "finished" before the last lines.
    m_output.flush();
    m_writer.finishExecution(active->execution);
    m_executions.remove(active->execution.id);
    run->lastStatus.insert(active->execution.serverId, active->execution.status);
    --run->remaining;
    emit executionFinished(active->execution);
    if (run->remaining == 0)
        settle(run);
}

bool Executor::moveOn(const RunPtr &run) {
    // Target "one" only: the chosen server could not be reached, so the run goes on to the
    // next in turn at once; the failed attempt stays recorded as its own execution.
    if (run->cancelled || run->fallbacks.isEmpty() || run->lastStatus.size() != 1 ||
        run->lastStatus.cbegin().value() != ExecutionStatus::Unreachable)
        return false;
    const qint64 from = run->lastStatus.cbegin().key();
    // Servers found down a moment ago are not tried again in this run.
    while (!run->fallbacks.isEmpty() && !isReachable(run->fallbacks.constFirst().id))
        run->fallbacks.removeFirst();
    if (run->fallbacks.isEmpty())
        return false;
    const Server next = run->fallbacks.takeFirst();
    qCInfo(lcExec).noquote() << QStringLiteral("task=%1 run=%2: %3 is unreachable, moving on to %4")
                                    .arg(run->task.name)
                                    .arg(run->run.id)
                                    .arg(run->servers.value(from).name, next.name);
    run->lastStatus.clear();
    run->servers.insert(next.id, next);
    m_picker.moveOn(run->task.id, from, next.id);
    launch(run, {next});
    return true;
}

void Executor::settle(const RunPtr &run) {
    if (moveOn(run))
        return;
    QList<Server> retry;
    if (!run->cancelled && run->skipReason.isEmpty() && run->attempt <= run->task.retries) {
        for (auto it = run->lastStatus.cbegin(); it != run->lastStatus.cend(); ++it) {
            if (isRetryable(it.value()))
                retry.append(run->servers.value(it.key()));
        }
    }
    if (!retry.isEmpty()) {
        ++run->attempt;
        run->retryTimer = new QTimer(this);
        run->retryTimer->setSingleShot(true);
        connect(run->retryTimer, &QTimer::timeout, this, [this, run, retry] {
            run->retryTimer->deleteLater();
            run->retryTimer = nullptr;
            launch(run, retry);
        });
        run->retryTimer->start(std::max(0, run->task.retryDelaySeconds) * 1000);
        return;
    }
    RunStatus status = run->lastStatus.isEmpty()
                           ? (run->cancelled ? RunStatus::Cancelled : RunStatus::Failed)
                           : summarize(run->lastStatus.values());
    if (!run->skipReason.isEmpty() && !run->anyStarted) {
        // Nothing of it ran: the run was skipped, and says why.
        status = RunStatus::Skipped;
        if (auto noted = RunRepository(m_db).setReason(run->run.id, run->skipReason); !noted)
            qCWarning(lcExec).noquote() << noted.error().toString();
    }
    m_runs.remove(run->run.id);
    m_writer.finishRun(run->run.id, status, QDateTime::currentDateTimeUtc());
    emit runFinished(run->run.id, run->task.id, status);
}

} // namespace fleetcron
