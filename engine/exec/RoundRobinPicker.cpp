#include "RoundRobinPicker.h"

namespace fleetcron {

std::optional<qint64> RoundRobinPicker::pick(qint64 taskId, const QList<qint64> &serverIds,
                                             const std::function<bool(qint64)> &isReachable) {
    if (serverIds.isEmpty())
        return std::nullopt;
    const auto last = m_lastServerOfTask.find(taskId);
    // Start after the last server used; ids keep their order so the turn is stable.
    qsizetype start = 0;
    if (last != m_lastServerOfTask.end()) {
        const qsizetype at = serverIds.indexOf(last.value());
        start = at < 0 ? 0 : at + 1;
    }
    const qsizetype n = serverIds.size();
    qint64 chosen = serverIds.at(start % n);
    for (qsizetype i = 0; i < n; ++i) {
        const qint64 candidate = serverIds.at((start + i) % n);
        if (isReachable(candidate)) {
            chosen = candidate;
            break;
        }
    }
    m_lastServerOfTask.insert(taskId, chosen);
    return chosen;
}

} // namespace fleetcron
