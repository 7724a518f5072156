#pragma once

#include <QHash>
#include <QList>

#include <deque>

namespace fleetcron {

// Admission control for executions: at most `globalLimit` at once, and at most each server's
// own limit on that server. Waiting work keeps its arrival order per server, and a busy server
// never holds back work for an idle one. Not thread-safe: the executor calls it from its own
// thread only.
class ConcurrencyGate {
public:
    struct Ticket {
        qint64 executionId = 0;
        qint64 serverId = 0;
    };

    explicit ConcurrencyGate(int globalLimit = 64);

    void setGlobalLimit(int limit);
    int globalLimit() const { return m_globalLimit; }
    void setServerLimit(qint64 serverId, int limit);

    void enqueue(Ticket ticket);
    // Removes a waiting ticket (a cancelled execution that never started); false if not waiting.
    bool dequeue(qint64 executionId);
    // Removes every waiting ticket and returns them, in arrival order.
    QList<Ticket> takeWaiting();
    // The tickets that may start now; they count as running until release().
    QList<Ticket> admit();
    void release(qint64 serverId);

    int running() const { return m_running; }
    int waiting() const { return static_cast<int>(m_waiting.size()); }
    int runningOn(qint64 serverId) const { return m_runningPerServer.value(serverId); }

private:
    int serverLimit(qint64 serverId) const;

    int m_globalLimit;
    int m_running = 0;
    std::deque<Ticket> m_waiting;
    QHash<qint64, int> m_runningPerServer;
    QHash<qint64, int> m_serverLimits;
};

} // namespace fleetcron
