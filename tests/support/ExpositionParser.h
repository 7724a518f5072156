#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace fleetcron::test {

// A strict reader of the Prometheus text exposition format 0.0.4, written for the tests from the
// format's description rather than taken from the code under test: every line must be a `# HELP`,
// a `# TYPE` or a sample with valid names, quoted and escaped label values and a number; a family's
// HELP and TYPE come once, before its samples, and its samples stay together; a sample's name
// fits its family's type (a histogram's `_bucket`, `_sum`, `_count`); no series twice. For each
// histogram series it also checks what Prometheus relies on: `le` ascending and ending with
// +Inf, buckets cumulative, and `_count` equal to the +Inf bucket.
class ExpositionParser {
public:
    using Labels = QMap<QString, QString>;
    struct Sample {
        QString name; // with its suffix
        Labels labels;
        double value = 0;
    };
    struct Family {
        QString type;
        QString help;
        QList<Sample> samples;
    };

    // False with error() naming the line when the text breaks a rule.
    bool parse(const QByteArray &text);
    QString error() const { return m_error; }

    const QMap<QString, Family> &families() const { return m_families; }
    // The value of the one sample with this name and exactly these labels.
    std::optional<double> value(const QString &name, const Labels &labels = {}) const;

private:
    bool fail(int line, const QString &why);
    bool parseSample(const QString &line, Sample &out, QString &why) const;
    bool checkHistograms(QString &why) const;

    QMap<QString, Family> m_families;
    QString m_error;
};

} // namespace fleetcron::test
