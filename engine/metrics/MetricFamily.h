#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace fleetcron {

// One metric as Prometheus sees it, already read: a name, its help and type, and its samples.
// The registry's snapshot is a list of these; PrometheusText turns them into the exposition
// format and is the only place that knows the format.
struct MetricSample {
    QByteArray suffix; // "" or "_bucket", "_sum", "_count" for a histogram's series
    QList<QPair<QByteArray, QString>> labels;
    double value = 0;
};

struct MetricFamily {
    enum class Type { Counter, Gauge, Histogram };

    QByteArray name; // with its unit and "_total" for counters, e.g. "fleetcron_runs_total"
    QByteArray help;
    Type type = Type::Gauge;
    QList<MetricSample> samples;
    // Sample lines already in the exposition format, written after `samples`: series that did
    // not change since the last scrape are kept as text (TaskHistograms), not built again.
    QByteArray renderedSamples;

    MetricFamily(QByteArray name, QByteArray help, Type type)
        : name(std::move(name))
        , help(std::move(help))
        , type(type) {}

    void add(double value, QList<QPair<QByteArray, QString>> labels = {}, QByteArray suffix = {}) {
        samples.append(MetricSample{std::move(suffix), std::move(labels), value});
    }
};

} // namespace fleetcron
