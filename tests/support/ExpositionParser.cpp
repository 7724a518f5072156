#include "ExpositionParser.h"

#include <QRegularExpression>
#include <QSet>

#include <cmath>
#include <limits>

namespace fleetcron::test {
namespace {

const QRegularExpression metricName(QStringLiteral("^[a-zA-Z_:][a-zA-Z0-9_:]*$"));
const QRegularExpression labelName(QStringLiteral("^[a-zA-Z_][a-zA-Z0-9_]*$"));

std::optional<double> number(const QString &text) {
    if (text == QLatin1String("+Inf"))
        return std::numeric_limits<double>::infinity();
    if (text == QLatin1String("-Inf"))
        return -std::numeric_limits<double>::infinity();
    if (text == QLatin1String("NaN"))
        return std::nan("");
    bool ok = false;
    const double v = text.toDouble(&ok);
    return ok ? std::optional<double>(v) : std::nullopt;
}

QString seriesKey(const QString &name, const ExpositionParser::Labels &labels) {
    QString key = name;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        key += QLatin1Char('\x1f') + it.key() + QLatin1Char('=') + it.value();
    return key;
}

} // namespace

bool ExpositionParser::fail(int line, const QString &why) {
    m_error = QStringLiteral("line %1: %2").arg(line).arg(why);
    return false;
}

bool ExpositionParser::parseSample(const QString &line, Sample &out, QString &why) const {
    qsizetype i = 0;
    while (i < line.size() && line[i] != QLatin1Char('{') && line[i] != QLatin1Char(' '))
        ++i;
    out.name = line.left(i);
    if (!metricName.match(out.name).hasMatch()) {
        why = QStringLiteral("bad metric name '%1'").arg(out.name);
        return false;
    }
    if (i < line.size() && line[i] == QLatin1Char('{')) {
        ++i;
        while (i < line.size() && line[i] != QLatin1Char('}')) {
            const qsizetype eq = line.indexOf(QLatin1Char('='), i);
            if (eq < 0) {
                why = QStringLiteral("label without '='");
                return false;
            }
            const QString name = line.mid(i, eq - i);
            if (!labelName.match(name).hasMatch() || name.startsWith(QLatin1String("__"))) {
                why = QStringLiteral("bad label name '%1'").arg(name);
                return false;
            }
            i = eq + 1;
            if (i >= line.size() || line[i] != QLatin1Char('"')) {
                why = QStringLiteral("label value not quoted");
                return false;
            }
            ++i;
            QString value;
            bool closed = false;
            while (i < line.size()) {
                const QChar c = line[i++];
                if (c == QLatin1Char('"')) {
                    closed = true;
                    break;
                }
                if (c == QLatin1Char('\\')) {
                    if (i >= line.size()) {
                        why = QStringLiteral("dangling backslash");
                        return false;
                    }
                    const QChar e = line[i++];
                    if (e == QLatin1Char('n'))
                        value += QLatin1Char('\n');
                    else if (e == QLatin1Char('\\') || e == QLatin1Char('"'))
                        value += e;
                    else {
                        why = QStringLiteral("bad escape '\\%1'").arg(e);
                        return false;
                    }
                } else {
                    value += c;
                }
            }
            if (!closed) {
                why = QStringLiteral("unterminated label value");
                return false;
            }
            if (out.labels.contains(name)) {
                why = QStringLiteral("label '%1' twice").arg(name);
                return false;
            }
            out.labels.insert(name, value);
            if (i < line.size() && line[i] == QLatin1Char(','))
                ++i;
            else if (i >= line.size() || line[i] != QLatin1Char('}')) {
                why = QStringLiteral("expected ',' or '}' after a label");
                return false;
            }
        }
        if (i >= line.size()) {
            why = QStringLiteral("unterminated label set");
            return false;
        }
        ++i; // '}'
    }
    if (i >= line.size() || line[i] != QLatin1Char(' ')) {
        why = QStringLiteral("no space before the value");
        return false;
    }
    const QStringList rest = line.mid(i + 1).split(QLatin1Char(' '));
    const auto v = number(rest.value(0));
    if (!v || rest.size() > 2) {
        why = QStringLiteral("bad value '%1'").arg(line.mid(i + 1));
        return false;
    }
    bool ok = true;
    if (rest.size() == 2)
        rest[1].toLongLong(&ok); // an optional timestamp in ms
    if (!ok) {
        why = QStringLiteral("bad timestamp");
        return false;
    }
    out.value = *v;
    return true;
}

bool ExpositionParser::parse(const QByteArray &text) {
    m_families.clear();
    if (!text.endsWith('\n'))
        return fail(0, QStringLiteral("the text does not end with a line feed"));
    const QList<QByteArray> lines = text.chopped(1).split('\n');
    QString current; // the family whose samples are being read
    QSet<QString> closed, series;
    for (int n = 0; n < lines.size(); ++n) {
        const QString line = QString::fromUtf8(lines[n]);
        const int lineNo = n + 1;
        if (line.startsWith(QLatin1String("# HELP ")) ||
            line.startsWith(QLatin1String("# TYPE "))) {
            const bool help = line.startsWith(QLatin1String("# HELP "));
            const QString rest = line.mid(7);
            const qsizetype space = rest.indexOf(QLatin1Char(' '));
            const QString name = space < 0 ? rest : rest.left(space);
            const QString what = space < 0 ? QString() : rest.mid(space + 1);
            if (!metricName.match(name).hasMatch())
                return fail(lineNo, QStringLiteral("bad family name '%1'").arg(name));
            if (closed.contains(name) ||
                (m_families.contains(name) && !m_families[name].samples.isEmpty()))
                return fail(lineNo, QStringLiteral("HELP/TYPE of %1 after its samples").arg(name));
            Family &f = m_families[name];
            if (!current.isEmpty() && current != name)
                closed.insert(current);
            current = name;
            if (help) {
                if (!f.help.isEmpty())
                    return fail(lineNo, QStringLiteral("second HELP for %1").arg(name));
                if (what.isEmpty())
                    return fail(lineNo, QStringLiteral("empty HELP for %1").arg(name));
                f.help = what;
            } else {
                static const QSet<QString> types{
                    QStringLiteral("counter"), QStringLiteral("gauge"), QStringLiteral("histogram"),
                    QStringLiteral("summary"), QStringLiteral("untyped")};
                if (!f.type.isEmpty())
                    return fail(lineNo, QStringLiteral("second TYPE for %1").arg(name));
                if (!types.contains(what))
                    return fail(lineNo, QStringLiteral("unknown type '%1'").arg(what));
                f.type = what;
            }
            continue;
        }
        if (line.startsWith(QLatin1Char('#')))
            return fail(lineNo, QStringLiteral("a comment that is neither HELP nor TYPE"));
        Sample s;
        QString why;
        if (!parseSample(line, s, why))
            return fail(lineNo, why);
        // Which family: the current one, by its type's sample names.
        if (current.isEmpty() || m_families[current].type.isEmpty())
            return fail(lineNo, QStringLiteral("sample %1 before its TYPE").arg(s.name));
        Family &f = m_families[current];
        QStringList allowed{current};
        if (f.type == QLatin1String("histogram"))
            allowed = {current + QStringLiteral("_bucket"), current + QStringLiteral("_sum"),
                       current + QStringLiteral("_count")};
        if (!allowed.contains(s.name))
            return fail(
                lineNo,
                QStringLiteral("sample %1 is not of family %2 (%3)").arg(s.name, current, f.type));
        if (s.name.endsWith(QLatin1String("_bucket")) != s.labels.contains(QStringLiteral("le")))
            return fail(lineNo, QStringLiteral("'le' belongs on buckets and only there"));
        const QString key = seriesKey(s.name, s.labels);
        if (series.contains(key))
            return fail(lineNo, QStringLiteral("series %1 twice").arg(line));
        series.insert(key);
        f.samples.append(s);
    }
    for (auto it = m_families.cbegin(); it != m_families.cend(); ++it) {
        if (it->type.isEmpty() || it->help.isEmpty())
            return fail(0, QStringLiteral("%1 lacks HELP or TYPE").arg(it.key()));
    }
    QString why;
    return checkHistograms(why) || fail(0, why);
}

bool ExpositionParser::checkHistograms(QString &why) const {
    for (auto it = m_families.cbegin(); it != m_families.cend(); ++it) {
        if (it->type != QLatin1String("histogram"))
            continue;
        const QString &name = it.key();
        // Buckets grouped by their labels without `le`, in the order they came.
        QMap<QString, QList<Sample>> buckets;
        QHash<QString, double> counts;
        QSet<QString> sums;
        for (const Sample &s : it->samples) {
            Labels rest = s.labels;
            rest.remove(QStringLiteral("le"));
            const QString key = seriesKey(name, rest);
            if (s.name.endsWith(QLatin1String("_bucket")))
                buckets[key].append(s);
            else if (s.name.endsWith(QLatin1String("_count")))
                counts.insert(key, s.value);
            else
                sums.insert(key);
        }
        for (auto b = buckets.cbegin(); b != buckets.cend(); ++b) {
            double lastLe = -std::numeric_limits<double>::infinity();
            double lastCount = 0;
            for (const Sample &s : b.value()) {
                const auto le = number(s.labels.value(QStringLiteral("le")));
                if (!le || *le <= lastLe) {
                    why = QStringLiteral("%1: le not ascending").arg(b.key());
                    return false;
                }
                if (s.value < lastCount) {
                    why = QStringLiteral("%1: buckets not cumulative at le=%2")
                              .arg(b.key(), s.labels.value(QStringLiteral("le")));
                    return false;
                }
                lastLe = *le;
                lastCount = s.value;
            }
            if (!std::isinf(lastLe)) {
                why = QStringLiteral("%1: no +Inf bucket").arg(b.key());
                return false;
            }
            if (!counts.contains(b.key()) || counts.value(b.key()) != lastCount ||
                !sums.contains(b.key())) {
                why = QStringLiteral("%1: _count is not the +Inf bucket, or _sum missing")
                          .arg(b.key());
                return false;
            }
        }
        if (buckets.size() != counts.size() || counts.size() != sums.size()) {
            why = QStringLiteral("%1: a series with _count or _sum but no buckets").arg(name);
            return false;
        }
    }
    return true;
}

std::optional<double> ExpositionParser::value(const QString &name, const Labels &labels) const {
    for (const Family &f : m_families) {
        for (const Sample &s : f.samples) {
            if (s.name == name && s.labels == labels)
                return s.value;
        }
    }
    return std::nullopt;
}

} // namespace fleetcron::test
