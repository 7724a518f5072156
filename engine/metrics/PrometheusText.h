#pragma once

#include "MetricFamily.h"

#include <QByteArray>
#include <QList>

namespace fleetcron {

// The Prometheus text exposition format, version 0.0.4: for each family a `# HELP` and a
// `# TYPE` line, then one line per sample, `name{label="value",...} number`. The one place that
// writes it; GET /metrics serves what this returns with contentType().
class PrometheusText {
public:
    static QByteArray render(const QList<MetricFamily> &families);
    // The sample lines of one family alone (no HELP/TYPE), appended to `out`.
    static void appendSamples(QByteArray &out, const MetricFamily &family);
    static QByteArray contentType() { return "text/plain; version=0.0.4; charset=utf-8"; }

    // A label value inside its quotes: backslash, double quote and line feed escaped.
    static QByteArray escapeLabelValue(const QString &value);
    // A sample value: integers without a fraction, "+Inf", "-Inf", "NaN".
    static QByteArray formatValue(double value);
};

} // namespace fleetcron
