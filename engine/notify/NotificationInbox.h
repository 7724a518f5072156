#pragma once

#include "model/Execution.h"
#include "model/Statuses.h"

#include <QList>
#include <QMutex>
#include <QQueue>
#include <QSet>
#include <QStringList>

#include <functional>

namespace fleetcron {

// One engine event as the dispatcher needs it.
struct InboxEvent {
    enum Kind { RunStarted, ExecutionFinished, RunFinished, EnginesLost };
    Kind kind = RunStarted;
    qint64 runId = 0;
    qint64 taskId = 0;
    RunStatus status = RunStatus::Running;
    Execution execution; // ExecutionFinished: no stdout, stderr cut to what a payload shows
    QStringList engineIds;
    QList<qint64> runIds;
};

// Where the engine's threads leave their events for the notification dispatcher (issue 13).
//
// Why not queued signals: at 100 fires/s the engine emits ~300 events a second; as posted events
// they shared one FIFO with the dispatcher's own network replies, request starts and retry
// timers, so once the dispatcher fell behind, every reply and every new request waited behind
// thousands of run events and deliveries stopped (6 requests in 40 s, docs/PERFORMANCE.md).
// Here the engine's thread only takes a mutex, checks whether any rule names the task, and
// appends; one wake-up is posted per batch, and the dispatcher takes the events in slices, so
// its network work runs between slices. The queue is bounded: past `capacity` an event is
// dropped and counted (the dispatcher logs and records the count), never blocking the engine.
class NotificationInbox {
public:
    explicit NotificationInbox(int capacity)
        : m_capacity(capacity) {}

    // Any thread. `wake` is called (under the inbox's lock, so close() cannot race it) when the
    // dispatcher must be told there is work; it only posts.
    void push(InboxEvent event);
    // The dispatcher: at most `max` events, oldest first. `more` says whether some are left (the
    // dispatcher then comes back after its other work); when none are, the next push wakes it.
    QList<InboxEvent> take(int max, bool *more);
    qint64 takeDropped();

    // The dispatcher, after each read of the rules: the tasks some enabled rule names, or every
    // task (a global rule). Until the first call every event is let in.
    void setInterest(bool everyTask, const QSet<qint64> &tasks);
    void setWake(std::function<void()> wake);
    // No wake-up after this: the dispatcher is going.
    void close();

private:
    bool wantsLocked(const InboxEvent &e);

    mutable QMutex m_mutex;
    const int m_capacity;
    QQueue<InboxEvent> m_queue;
    std::function<void()> m_wake;
    bool m_wakePosted = false;
    qint64 m_dropped = 0;
    bool m_interestKnown = false;
    bool m_everyTask = false;
    QSet<qint64> m_tasks;
    QSet<qint64> m_runs; // runs let in at their start, so their executions are let in too
};

} // namespace fleetcron
