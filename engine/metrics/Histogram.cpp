#include "Histogram.h"

#include <algorithm>
#include <cmath>

namespace fleetcron {

Histogram::Histogram(QList<double> upperBounds)
    : Histogram(upperBounds, leLabels(upperBounds)) {}

Histogram::Histogram(QList<double> upperBounds, QList<QString> leLabels)
    : m_bounds(std::move(upperBounds))
    , m_leValues(std::move(leLabels))
    , m_buckets(std::make_unique<std::atomic<quint64>[]>(size_t(m_bounds.size()) + 1)) {
    Q_ASSERT(std::is_sorted(m_bounds.begin(), m_bounds.end()));
    Q_ASSERT(m_leValues.size() == m_bounds.size() + 1);
}

QList<QString> Histogram::leLabels(const QList<double> &upperBounds) {
    QList<QString> labels;
    labels.reserve(upperBounds.size() + 1);
    for (double bound : upperBounds)
        labels.append(QString::number(bound, 'g', 15));
    labels.append(QStringLiteral("+Inf"));
    return labels;
}

void Histogram::observe(double seconds) {
    if (std::isnan(seconds))
        return;
    // Prometheus buckets are "less than or equal to": the first bound not below the value.
    const auto bucket =
        std::lower_bound(m_bounds.begin(), m_bounds.end(), seconds) - m_bounds.begin();
    m_buckets[size_t(bucket)].fetch_add(1, std::memory_order_relaxed);
    m_sumMicros.fetch_add(qint64(std::llround(seconds * 1e6)), std::memory_order_relaxed);
}

void Histogram::appendTo(MetricFamily &family,
                         const QList<QPair<QByteArray, QString>> &labels) const {
    quint64 cumulative = 0;
    for (qsizetype i = 0; i <= m_bounds.size(); ++i) {
        cumulative += m_buckets[size_t(i)].load(std::memory_order_relaxed);
        QList<QPair<QByteArray, QString>> withLe;
        withLe.reserve(labels.size() + 1);
        withLe.append(labels);
        withLe.append({QByteArrayLiteral("le"), m_leValues[i]});
        family.add(double(cumulative), std::move(withLe), QByteArrayLiteral("_bucket"));
    }
    family.add(double(m_sumMicros.load(std::memory_order_relaxed)) / 1e6, labels,
               QByteArrayLiteral("_sum"));
    family.add(double(cumulative), labels, QByteArrayLiteral("_count"));
}

quint64 Histogram::count() const {
    quint64 n = 0;
    for (qsizetype i = 0; i <= m_bounds.size(); ++i)
        n += m_buckets[size_t(i)].load(std::memory_order_relaxed);
    return n;
}

QList<double> Histogram::durationBounds() {
    return {0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600, 1800, 3600};
}

QList<double> Histogram::latenessBounds() {
    return {0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60};
}

} // namespace fleetcron
