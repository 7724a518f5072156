#include "TaskHistograms.h"

#include <algorithm>
#include <mutex>

namespace fleetcron {

TaskHistograms::TaskHistograms(QList<double> upperBounds)
    : m_bounds(std::move(upperBounds)) {}

void TaskHistograms::observe(qint64 taskId, double seconds) {
    std::shared_ptr<Histogram> histogram;
    {
        std::shared_lock lock(m_mutex);
        histogram = m_byTask.value(taskId);
    }
    if (!histogram) {
        std::unique_lock lock(m_mutex);
        auto &slot = m_byTask[taskId];
        if (!slot)
            slot = std::make_shared<Histogram>(m_bounds);
        histogram = slot;
    }
    histogram->observe(seconds);
}

void TaskHistograms::appendTo(MetricFamily &family) const {
    QList<QPair<qint64, std::shared_ptr<Histogram>>> tasks;
    {
        std::shared_lock lock(m_mutex);
        tasks.reserve(m_byTask.size());
        for (auto it = m_byTask.cbegin(); it != m_byTask.cend(); ++it)
            tasks.append({it.key(), it.value()});
    }
    // By id, so two scrapes list the series in the same order.
    std::sort(tasks.begin(), tasks.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &[id, histogram] : tasks)
        histogram->appendTo(family, {{QByteArrayLiteral("task_id"), QString::number(id)}});
}

} // namespace fleetcron
