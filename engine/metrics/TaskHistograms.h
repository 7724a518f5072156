#pragma once

#include "Histogram.h"
#include "MetricFamily.h"

#include <QHash>

#include <memory>
#include <shared_mutex>

namespace fleetcron {

// One histogram per task, made the first time the task is observed. Finding a task's histogram
// takes a shared (reader) lock, which readers never wait on each other for; only the first
// observation of a new task takes it exclusively. The observation itself is atomics.
class TaskHistograms {
public:
    explicit TaskHistograms(QList<double> upperBounds);

    void observe(qint64 taskId, double seconds);
    // Each task's series, labelled task_id="<id>" (the service adds the task's name).
    void appendTo(MetricFamily &family) const;

private:
    const QList<double> m_bounds;
    mutable std::shared_mutex m_mutex;
    QHash<qint64, std::shared_ptr<Histogram>> m_byTask;
};

} // namespace fleetcron
