#pragma once

#include "MetricFamily.h"

#include <QList>

#include <atomic>
#include <memory>

namespace fleetcron {

// A Prometheus histogram with fixed upper bounds (seconds). observe() is a few relaxed atomic
// adds and never locks, so any thread may call it on its hot path. Each observation lands in one
// bucket; the cumulative counts Prometheus wants are summed when read, and the count is that sum,
// so a reader always sees `_count` equal to the `+Inf` bucket even while others observe.
class Histogram {
public:
    explicit Histogram(QList<double> upperBounds);
    // With the "le" label texts made already (leLabels(upperBounds)): formatting 16 doubles
    // costs more than the rest of a histogram's creation, and a histogram per task shares them.
    Histogram(QList<double> upperBounds, QList<QString> leLabels);
    static QList<QString> leLabels(const QList<double> &upperBounds);

    void observe(double seconds);

    // Appends `_bucket` (one per bound, then +Inf), `_sum` and `_count` samples with `labels`.
    void appendTo(MetricFamily &family, const QList<QPair<QByteArray, QString>> &labels) const;

    quint64 count() const;

    // Bounds for run durations: 50 ms to an hour.
    static QList<double> durationBounds();
    // Bounds for how late a fire is claimed: 1 ms to a minute.
    static QList<double> latenessBounds();

private:
    const QList<double> m_bounds;
    QList<QString> m_leValues; // the "le" label of each bucket, written once, shared by scrapes
    // One more than the bounds: the last counts what is above every bound (+Inf).
    std::unique_ptr<std::atomic<quint64>[]> m_buckets;
    // The sum in microseconds: integer atomics add without a compare-and-swap loop.
    std::atomic<qint64> m_sumMicros{0};
};

} // namespace fleetcron
