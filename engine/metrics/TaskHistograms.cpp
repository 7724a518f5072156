#include "TaskHistograms.h"

#include "PrometheusText.h"

#include <algorithm>
#include <mutex>

namespace fleetcron {

TaskHistograms::TaskHistograms(QList<double> upperBounds)
    : m_bounds(std::move(upperBounds))
    , m_leLabels(Histogram::leLabels(m_bounds)) {}

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
            slot = std::make_shared<Histogram>(m_bounds, m_leLabels);
        histogram = slot;
    }
    histogram->observe(seconds);
}

void TaskHistograms::appendTo(MetricFamily &family, const QHash<qint64, QString> *names) const {
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
    std::lock_guard lock(m_renderMutex);
    QList<QByteArray> texts; // shared copies: an insert into m_rendered may move its values
    texts.reserve(tasks.size());
    qsizetype total = 0;
    for (const auto &[id, histogram] : tasks) {
        QString name;
        if (names) {
            const auto found = names->constFind(id);
            if (found == names->cend())
                continue;
            name = found.value();
        }
        // Read before the buckets: an observation in between makes the next scrape build the
        // text again, never keeps a stale one.
        const quint64 count = histogram->count();
        Rendered &cached = m_rendered[id];
        if (cached.text.isEmpty() || cached.count != count || cached.name != name) {
            MetricFamily one(family.name, {}, family.type);
            QList<QPair<QByteArray, QString>> labels;
            if (names)
                labels.append({QByteArrayLiteral("task"), name});
            labels.append({QByteArrayLiteral("task_id"), QString::number(id)});
            histogram->appendTo(one, labels);
            cached.text.clear();
            cached.text.reserve(2048);
            PrometheusText::appendSamples(cached.text, one);
            cached.count = count;
            cached.name = name;
        }
        texts.append(cached.text);
        total += cached.text.size();
    }
    // One allocation for all of it: appending a thousand texts one by one reallocates often.
    family.renderedSamples.reserve(family.renderedSamples.size() + total);
    for (const QByteArray &text : std::as_const(texts))
        family.renderedSamples.append(text.constData(), text.size());
}

} // namespace fleetcron
