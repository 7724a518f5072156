#include "Executor.h"

#include "SshTargetFactory.h"
#include "ssh/SshCommand.h"
#include "ssh/SshExecResult.h"
#include "ssh/SshPool.h"
#include "store/Database.h"
#include "store/ExecutionRepository.h"
#include "store/ServerRepository.h"
#include "store/StoreWriter.h"
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

// What a worker needs, copied on the engine thread so the worker touches no shared state.
struct WorkItem {
    qint64 executionId = 0;
    Server server;
    TaskKind kind = TaskKind::Command;
    QString body;
    QString interpreter;
    int timeoutSeconds = 0;
    qint64 maxOutputBytes = 0;
    SshCancelToken cancel;
};

SshCommand commandFor(const WorkItem &item) {
    const int timeoutMs = item.timeoutSeconds * 1000;
    SshCommand command =
        item.kind == TaskKind::Script
            ? SshCommand::scriptFor(item.interpreter, item.body.toUtf8(), timeoutMs)
            : SshCommand::shell(item.body, timeoutMs);
    command.maxOutputBytes = item.maxOutputBytes;
    return command;
}

} // namespace

Executor::Executor(Database &db, StoreWriter &writer, SshPool &pool, SecretStore *secrets,
                   QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_writer(writer)
    , m_pool(pool)
    , m_secrets(secrets)
    , m_output(50, this) {
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
    auto active = std::make_shared<ActiveRun>();
    active->run = run;
    active->task = task;
    QList<Server> chosen = targets;
    if (task.target == TargetMode::One && targets.size() > 1) {
        QList<qint64> ids;
        for (const Server &s : targets)
            ids.append(s.id);
        const auto pick =
            m_picker.pick(task.id, ids, [this](qint64 id) { return isReachable(id); });
        chosen = {targets.at(ids.indexOf(*pick))};
    }
    for (const Server &s : chosen)
        active->servers.insert(s.id, s);
    m_runs.insert(run.id, active);
    if (chosen.isEmpty()) {
        settle(active);
        return;
    }
    launch(active, chosen);
}

void Executor::launch(const RunPtr &run, const QList<Server> &servers) {
    QList<Execution> rows;
    for (const Server &s : servers) {
        Execution e;
        e.runId = run->run.id;
        e.serverId = s.id;
        e.attempt = run->attempt;
        e.status = ExecutionStatus::Pending;
        rows.append(e);
    }
    ExecutionRepository executions(m_db);
    auto created = executions.createMany(rows);
    if (!created) {
        // Nothing can be recorded for this run; close it so it does not stay "running".
        qCWarning(lcExec).noquote() << "run" << run->run.id << created.error().toString();
        m_runs.remove(run->run.id);
        m_writer.finishRun(run->run.id, RunStatus::Failed, QDateTime::currentDateTimeUtc());
        emit runFinished(run->run.id, run->task.id, RunStatus::Failed);
        return;
    }
    for (const Execution &e : created.value()) {
        auto active = std::make_shared<ActiveExecution>();
        active->execution = e;
        active->server = run->servers.value(e.serverId);
        m_executions.insert(e.id, active);
        m_gate.setServerLimit(e.serverId, active->server.maxParallel);
        m_gate.enqueue({e.id, e.serverId});
        ++run->remaining;
    }
    dispatch();
}

void Executor::dispatch() {
    for (const ConcurrencyGate::Ticket &ticket : m_gate.admit()) {
        const ExecutionPtr active = m_executions.value(ticket.executionId);
        const RunPtr run = active ? m_runs.value(active->execution.runId) : RunPtr();
        if (!active || !run) {
            m_gate.release(ticket.serverId);
            continue;
        }
        active->started = true;
        WorkItem item{active->execution.id,     active->server,        run->task.kind,
                      run->task.body,           run->task.interpreter, run->task.timeoutSeconds,
                      run->task.maxOutputBytes, active->cancel};
        m_threads.start([this, item]() {
            static thread_local const int lowered = ThreadPriority::lowerCurrentThread();
            Q_UNUSED(lowered)
            const QDateTime startedAt = QDateTime::currentDateTimeUtc();
            m_writer.startExecution(item.executionId, startedAt);
            QMetaObject::invokeMethod(
                this, [this, id = item.executionId, startedAt] { onStarted(id, startedAt); },
                Qt::QueuedConnection);

            SshExecResult result;
            const auto began = std::chrono::steady_clock::now();
            const SshTargetFactory::Result target = SshTargetFactory::make(item.server, m_secrets);
            if (!target.error.isEmpty()) {
                result.status = ExecutionStatus::AuthFailed;
                result.error = target.error;
            } else {
                SshCommand command = commandFor(item);
                // The task's timeout bounds the whole execution, connecting included.
                command.startedAt = began;
                command.sink = [this, id = item.executionId](SshStream stream,
                                                             QByteArrayView bytes) {
                    ExecutionOutputChunk chunk;
                    chunk.executionId = id;
                    chunk.stream = stream == SshStream::Stdout
                                       ? ExecutionOutputChunk::Stream::Stdout
                                       : ExecutionOutputChunk::Stream::Stderr;
                    chunk.at = QDateTime::currentDateTimeUtc();
                    chunk.bytes = bytes.toByteArray();
                    m_writer.appendOutput(id, chunk.stream, chunk.at, chunk.bytes);
                    m_output.append(std::move(chunk));
                };
                result = m_pool.exec(target.target, command, item.cancel);
            }
            QMetaObject::invokeMethod(
                this,
                [this, id = item.executionId, startedAt, result] { onDone(id, startedAt, result); },
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

void Executor::onDone(qint64 executionId, const QDateTime &startedAt, const SshExecResult &result) {
    const ExecutionPtr active = m_executions.value(executionId);
    if (!active)
        return;
    m_gate.release(active->execution.serverId);
    const RunPtr run = m_runs.value(active->execution.runId);

    Execution &e = active->execution;
    e.startedAt = startedAt;
    e.endedAt = QDateTime::currentDateTimeUtc();
    result.applyTo(e);
    const qint64 serverId = e.serverId;
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

void Executor::settle(const RunPtr &run) {
    QList<Server> retry;
    if (!run->cancelled && run->attempt <= run->task.retries) {
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
    const RunStatus status = run->lastStatus.isEmpty()
                                 ? (run->cancelled ? RunStatus::Cancelled : RunStatus::Failed)
                                 : summarize(run->lastStatus.values());
    m_runs.remove(run->run.id);
    m_writer.finishRun(run->run.id, status, QDateTime::currentDateTimeUtc());
    emit runFinished(run->run.id, run->task.id, status);
}

bool Executor::cancel(qint64 runId) {
    const RunPtr run = m_runs.value(runId);
    if (!run)
        return false;
    run->cancelled = true;
    if (run->retryTimer) {
        // Between attempts nothing runs: the run ends with what the last attempt left.
        run->retryTimer->stop();
        run->retryTimer->deleteLater();
        run->retryTimer = nullptr;
        if (run->remaining == 0) {
            settle(run);
            return true;
        }
    }
    const QList<ExecutionPtr> executions = m_executions.values();
    for (const ExecutionPtr &active : executions) {
        if (active->execution.runId != runId)
            continue;
        if (active->started) {
            active->cancel.cancel(); // the worker kills the remote command and reports back
            continue;
        }
        m_gate.dequeue(active->execution.id);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        active->execution.status = ExecutionStatus::Cancelled;
        active->execution.startedAt = now;
        active->execution.endedAt = now;
        active->execution.error = QStringLiteral("cancelled before it started");
        recordEnd(active, run);
        if (!m_runs.contains(runId))
            break;
    }
    return true;
}

void Executor::cancelAll() {
    const QList<qint64> ids = m_runs.keys();
    for (qint64 id : ids)
        cancel(id);
}

} // namespace fleetcron
