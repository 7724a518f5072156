#pragma once

#include "Histogram.h"
#include "MetricFamily.h"

#include <QHash>

#include <memory>
#include <mutex>
#include <shared_mutex>

namespace fleetcron {

// One histogram per task, made the first time the task is observed. Finding a task's histogram
// takes a shared (reader) lock, which readers never wait on each other for; only the first
// observation of a new task takes it exclusively. The observation itself is atomics.
class TaskHistograms {
public:
    explicit TaskHistograms(QList<double> upperBounds);

    void observe(qint64 taskId, double seconds);
    // Each task's series, labelled task="<name>",task_id="<id>", as text in the family's
    // renderedSamples. With `names`, a task missing from it (deleted since) is left out, so a
    // name reused by a new task never gives two series the same labels; without, series carry
    // task_id only. A task's text is kept between calls and built again only when its count
    // or name changed: with 1,000 tasks most scrapes then copy text instead of formatting
    // ~18,000 samples (issue 13: /metrics < 10 ms).
    void appendTo(MetricFamily &family, const QHash<qint64, QString> *names = nullptr) const;

private:
    struct Rendered {
        quint64 count = 0;
        QString name;
        QByteArray text;
    };

    const QList<double> m_bounds;
    const QList<QString> m_leLabels;
    mutable std::shared_mutex m_mutex;
    QHash<qint64, std::shared_ptr<Histogram>> m_byTask;
    mutable std::mutex m_renderMutex; // one scrape at a time updates the cache
    mutable QHash<qint64, Rendered> m_rendered;
};

} // namespace fleetcron
