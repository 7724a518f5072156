#include "ConcurrencyGate.h"

#include <algorithm>

namespace fleetcron {

ConcurrencyGate::ConcurrencyGate(int globalLimit)
    : m_globalLimit(std::max(1, globalLimit)) {}

void ConcurrencyGate::setGlobalLimit(int limit) {
    m_globalLimit = std::max(1, limit);
}

void ConcurrencyGate::setServerLimit(qint64 serverId, int limit) {
    m_serverLimits.insert(serverId, std::max(1, limit));
}

int ConcurrencyGate::serverLimit(qint64 serverId) const {
    return m_serverLimits.value(serverId, 4);
}

void ConcurrencyGate::enqueue(Ticket ticket) {
    m_waiting.push_back(ticket);
}

bool ConcurrencyGate::dequeue(qint64 executionId) {
    const auto it = std::find_if(m_waiting.begin(), m_waiting.end(),
                                 [&](const Ticket &t) { return t.executionId == executionId; });
    if (it == m_waiting.end())
        return false;
    m_waiting.erase(it);
    return true;
}

QList<ConcurrencyGate::Ticket> ConcurrencyGate::takeWaiting() {
    QList<Ticket> all(m_waiting.begin(), m_waiting.end());
    m_waiting.clear();
    return all;
}

QList<ConcurrencyGate::Ticket> ConcurrencyGate::admit() {
    QList<Ticket> admitted;
    for (auto it = m_waiting.begin(); it != m_waiting.end() && m_running < m_globalLimit;) {
        int &onServer = m_runningPerServer[it->serverId];
        if (onServer >= serverLimit(it->serverId)) {
            ++it;
            continue;
        }
        ++onServer;
        ++m_running;
        admitted.append(*it);
        it = m_waiting.erase(it);
    }
    return admitted;
}

void ConcurrencyGate::release(qint64 serverId) {
    auto it = m_runningPerServer.find(serverId);
    if (it == m_runningPerServer.end() || it.value() == 0)
        return;
    --it.value();
    --m_running;
}

} // namespace fleetcron
