#include "PrometheusText.h"

#include <QLocale>

#include <cmath>

namespace fleetcron {
namespace {

QByteArray typeWord(MetricFamily::Type type) {
    switch (type) {
    case MetricFamily::Type::Counter:
        return "counter";
    case MetricFamily::Type::Gauge:
        return "gauge";
    case MetricFamily::Type::Histogram:
        return "histogram";
    }
    return "untyped";
}

// HELP text escapes backslash and line feed only (quotes stay as they are).
QByteArray escapeHelp(const QByteArray &help) {
    QByteArray out = help;
    out.replace('\\', "\\\\").replace('\n', "\\n");
    return out;
}

} // namespace

QByteArray PrometheusText::escapeLabelValue(const QString &value) {
    QByteArray out = value.toUtf8();
    out.replace('\\', "\\\\").replace('"', "\\\"").replace('\n', "\\n");
    return out;
}

QByteArray PrometheusText::formatValue(double value) {
    if (std::isnan(value))
        return "NaN";
    if (std::isinf(value))
        return value > 0 ? "+Inf" : "-Inf";
    if (value == std::floor(value) && std::fabs(value) < 1e15)
        return QByteArray::number(qint64(value));
    return QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
}

QByteArray PrometheusText::render(const QList<MetricFamily> &families) {
    QByteArray out;
    out.reserve(4096);
    for (const MetricFamily &family : families) {
        out += "# HELP " + family.name + ' ' + escapeHelp(family.help) + '\n';
        out += "# TYPE " + family.name + ' ' + typeWord(family.type) + '\n';
        for (const MetricSample &sample : family.samples) {
            out += family.name;
            out += sample.suffix;
            if (!sample.labels.isEmpty()) {
                out += '{';
                for (qsizetype i = 0; i < sample.labels.size(); ++i) {
                    if (i > 0)
                        out += ',';
                    out += sample.labels[i].first + "=\"" +
                           escapeLabelValue(sample.labels[i].second) + '"';
                }
                out += '}';
            }
            out += ' ' + formatValue(sample.value) + '\n';
        }
    }
    return out;
}

} // namespace fleetcron
