#include "StorageHealth.h"

#include <utility>

namespace fleetcron {

StorageHealth::StorageHealth(std::function<void(const QString &)> changed)
    : m_changed(std::move(changed)) {}

void StorageHealth::report(Source source, const QString &problem) {
    QMutexLocker lock(&m_mutex);
    const QString before = combinedLocked();
    m_problems[size_t(source)] = problem;
    const QString after = combinedLocked();
    lock.unlock();
    // Only a change of the combined answer is news: a second source failing while the first
    // already does, or one of two recovering, leaves the operator's picture as it was.
    if (before.isEmpty() != after.isEmpty() || (!after.isEmpty() && before != after))
        m_changed(after);
}

QString StorageHealth::problem() const {
    QMutexLocker lock(&m_mutex);
    return combinedLocked();
}

QString StorageHealth::combinedLocked() const {
    for (const QString &p : m_problems) {
        if (!p.isEmpty())
            return p;
    }
    return {};
}

} // namespace fleetcron
