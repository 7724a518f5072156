// How the executor stops work: one run (cancel), what waits for a slot (a stopping daemon), and
// everything (the end of the grace period, or the engine going away).
#include "Executor.h"

#include <QTimer>

namespace fleetcron {

void Executor::cancelUnstarted(const ExecutionPtr &active, const RunPtr &run, const QString &why) {
    const QDateTime now = QDateTime::currentDateTimeUtc();
    active->execution.status = ExecutionStatus::Cancelled;
    active->execution.startedAt = now;
    active->execution.endedAt = now;
    active->execution.error = why;
    recordEnd(active, run);
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
        cancelUnstarted(active, run, QStringLiteral("cancelled before it started"));
        if (!m_runs.contains(runId))
            break;
    }
    return true;
}

void Executor::cancelWaiting() {
    // All at once: cancel() per run looks through every execution and the gate's queue, which
    // with 10,000 executions waiting behind the global limit is 10,000² steps.
    const QList<ConcurrencyGate::Ticket> waiting = m_gate.takeWaiting();
    for (const ConcurrencyGate::Ticket &ticket : waiting) {
        const ExecutionPtr active = m_executions.value(ticket.executionId);
        const RunPtr run = active ? m_runs.value(active->execution.runId) : RunPtr();
        if (!active || !run) {
            m_executions.remove(ticket.executionId);
            continue;
        }
        run->cancelled = true; // no retry, no moving on: nothing new starts
        cancelUnstarted(active, run, QStringLiteral("cancelled before it started"));
    }
}

void Executor::cancelAll() {
    cancelWaiting();
    // What is left runs (at most the global limit) or waits for a retry.
    const QList<qint64> ids = m_runs.keys();
    for (qint64 id : ids)
        cancel(id);
}

} // namespace fleetcron
