#include "NotificationInbox.h"

#include "NotificationPayload.h"

#include <QMutexLocker>

namespace fleetcron {

bool NotificationInbox::wantsLocked(const InboxEvent &e) {
    switch (e.kind) {
    case InboxEvent::EnginesLost:
        return true; // rare; whose runs they were is read on the dispatcher's side
    case InboxEvent::RunStarted:
        if (!m_interestKnown || m_everyTask || m_tasks.contains(e.taskId)) {
            m_runs.insert(e.runId);
            return true;
        }
        return false;
    case InboxEvent::ExecutionFinished:
        return !m_interestKnown || m_runs.contains(e.runId);
    case InboxEvent::RunFinished:
        // A rule added while the run went on still hears of its end.
        return m_runs.remove(e.runId) || !m_interestKnown || m_everyTask ||
               m_tasks.contains(e.taskId);
    }
    return false;
}

void NotificationInbox::push(InboxEvent event) {
    QMutexLocker lock(&m_mutex);
    if (!m_wake || !wantsLocked(event))
        return;
    if (m_queue.size() >= m_capacity) {
        ++m_dropped;
        return;
    }
    if (event.kind == InboxEvent::ExecutionFinished) {
        // The payload shows the first KB of stderr and no stdout: copy no more than that.
        event.execution.stdoutData.clear();
        event.execution.stderrData.truncate(NotificationPayload::stderrHeadBytes + 1);
    }
    m_queue.enqueue(std::move(event));
    if (!m_wakePosted) {
        m_wakePosted = true;
        m_wake();
    }
}

QList<InboxEvent> NotificationInbox::take(int max, bool *more) {
    QMutexLocker lock(&m_mutex);
    QList<InboxEvent> out;
    while (!m_queue.isEmpty() && out.size() < max)
        out.append(m_queue.dequeue());
    *more = !m_queue.isEmpty();
    // Nothing left: the next push posts a wake-up; something left: the dispatcher comes back.
    m_wakePosted = *more;
    return out;
}

qint64 NotificationInbox::takeDropped() {
    QMutexLocker lock(&m_mutex);
    return std::exchange(m_dropped, 0);
}

void NotificationInbox::setInterest(bool everyTask, const QSet<qint64> &tasks) {
    QMutexLocker lock(&m_mutex);
    m_interestKnown = true;
    m_everyTask = everyTask;
    m_tasks = tasks;
}

void NotificationInbox::setWake(std::function<void()> wake) {
    QMutexLocker lock(&m_mutex);
    m_wake = std::move(wake);
}

void NotificationInbox::close() {
    QMutexLocker lock(&m_mutex);
    m_wake = nullptr;
    m_queue.clear();
}

} // namespace fleetcron
