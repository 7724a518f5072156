#include "PrometheusText.h"

#include <QLocale>

#include <charconv>
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

// Appends `value` escaped for a label, without a temporary per value: /metrics with 1,000 tasks
// writes ~20,000 samples, and a toUtf8() and three replace() calls each were most of its cost.
void appendEscaped(QByteArray &out, QStringView value) {
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char16_t c = value[i].unicode();
        if (c >= 0x80) { // rare: the rest through UTF-8, escaped the slow way
            QByteArray rest = value.mid(i).toUtf8();
            rest.replace('\\', "\\\\").replace('"', "\\\"").replace('\n', "\\n");
            out += rest;
            return;
        }
        if (c == '\\' || c == '"')
            out += '\\';
        if (c == '\n')
            out += "\\n";
        else
            out += char(c);
    }
}

// Appends a sample value; integers (counts, the common case) and shortest round-trip doubles
// straight into `out`.
void appendValue(QByteArray &out, double value) {
    if (std::isnan(value) || std::isinf(value)) {
        out += PrometheusText::formatValue(value);
        return;
    }
    char buffer[32];
    const auto [end, ec] = value == std::floor(value) && std::fabs(value) < 1e15
                               ? std::to_chars(buffer, buffer + sizeof buffer, qint64(value))
                               : std::to_chars(buffer, buffer + sizeof buffer, value);
    if (ec != std::errc())
        out += PrometheusText::formatValue(value);
    else
        out.append(buffer, end - buffer);
}

} // namespace

QByteArray PrometheusText::escapeLabelValue(const QString &value) {
    QByteArray out;
    appendEscaped(out, value);
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

void PrometheusText::appendSamples(QByteArray &out, const MetricFamily &family) {
    for (const MetricSample &sample : family.samples) {
        out += family.name;
        out += sample.suffix;
        if (!sample.labels.isEmpty()) {
            out += '{';
            for (qsizetype i = 0; i < sample.labels.size(); ++i) {
                if (i > 0)
                    out += ',';
                out += sample.labels[i].first;
                out += "=\"";
                appendEscaped(out, sample.labels[i].second);
                out += '"';
            }
            out += '}';
        }
        out += ' ';
        appendValue(out, sample.value);
        out += '\n';
    }
    out += family.renderedSamples;
}

QByteArray PrometheusText::render(const QList<MetricFamily> &families) {
    qsizetype samples = 0;
    qsizetype rendered = 0;
    for (const MetricFamily &family : families) {
        samples += family.samples.size();
        rendered += family.renderedSamples.size();
    }
    QByteArray out;
    out.reserve(4096 + samples * 96 + rendered);
    for (const MetricFamily &family : families) {
        out += "# HELP ";
        out += family.name;
        out += ' ';
        out += escapeHelp(family.help);
        out += "\n# TYPE ";
        out += family.name;
        out += ' ';
        out += typeWord(family.type);
        out += '\n';
        appendSamples(out, family);
    }
    return out;
}

} // namespace fleetcron
