#pragma once

#include <QHash>
#include <QList>

#include <functional>
#include <optional>

namespace fleetcron {

// Target "one": each run of a task goes to the next server in turn, skipping servers that
// are known to be unreachable right now. When every server is unreachable it still picks the
// next in turn, so the run records the failure instead of silently doing nothing.
class RoundRobinPicker {
public:
    std::optional<qint64> pick(qint64 taskId, const QList<qint64> &serverIds,
                               const std::function<bool(qint64)> &isReachable);

private:
    QHash<qint64, qint64> m_lastServerOfTask;
};

} // namespace fleetcron
