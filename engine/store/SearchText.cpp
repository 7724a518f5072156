#include "SearchText.h"

#include <QSet>

namespace fleetcron {
namespace {

bool isWordChar(char32_t c) {
    const QChar::Category cat = QChar::category(c);
    return QChar::isLetterOrNumber(c) || cat == QChar::Other_PrivateUse;
}

// Calls `sink(word)` for each word of `text`, lower-cased.
template <typename Sink> void eachWord(const QString &text, Sink sink) {
    const qsizetype n = text.size();
    qsizetype start = -1;
    qsizetype i = 0;
    while (i <= n) {
        char32_t c = 0;
        qsizetype step = 1;
        if (i < n) {
            c = text.at(i).unicode();
            if (QChar::isHighSurrogate(c) && i + 1 < n && text.at(i + 1).isLowSurrogate()) {
                c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
                step = 2;
            }
        }
        const bool word = i < n && isWordChar(c);
        if (word && start < 0)
            start = i;
        if (!word && start >= 0) {
            sink(text.mid(start, i - start).toLower());
            start = -1;
        }
        i += step;
    }
}

bool startsWord(const QString &text) {
    if (text.isEmpty())
        return false;
    const char32_t c = text.at(0).isHighSurrogate() && text.size() > 1
                           ? QChar::surrogateToUcs4(text.at(0), text.at(1))
                           : char32_t(text.at(0).unicode());
    return isWordChar(c);
}

bool endsWord(const QString &text) {
    const qsizetype n = text.size();
    if (n == 0)
        return false;
    const char32_t c = text.at(n - 1).isLowSurrogate() && n > 1
                           ? QChar::surrogateToUcs4(text.at(n - 2), text.at(n - 1))
                           : char32_t(text.at(n - 1).unicode());
    return isWordChar(c);
}

} // namespace

QString SearchText::document(const QByteArray &stdoutData, const QByteArray &stderrData) {
    QSet<QString> seen;
    QString out;
    auto add = [&](const QString &word) {
        if (out.size() + word.size() + 1 > maxDocument || seen.contains(word))
            return;
        seen.insert(word);
        if (!out.isEmpty())
            out += QLatin1Char(' ');
        out += word;
    };
    eachWord(QString::fromUtf8(stdoutData), add);
    eachWord(QString::fromUtf8(stderrData), add);
    return out;
}

QStringList SearchText::words(const QString &text) {
    QStringList out;
    eachWord(text, [&](const QString &w) { out << w; });
    return out;
}

SearchText::Terms SearchText::terms(const QString &text) {
    Terms t;
    t.words = words(text);
    if (t.words.isEmpty())
        return t;
    t.lastIsPrefix = endsWord(text);
    // "xample.com" may be the end of "example.com": its first word is no index word of its own.
    if (t.words.size() > 1 && startsWord(text))
        t.words.removeFirst();
    return t;
}

QString SearchText::ftsMatch(const Terms &terms) {
    QStringList parts;
    for (qsizetype i = 0; i < terms.words.size(); ++i) {
        QString part = QLatin1Char('"') + terms.words.at(i) + QLatin1Char('"');
        if (terms.lastIsPrefix && i == terms.words.size() - 1)
            part += QLatin1Char('*');
        parts << part;
    }
    return parts.join(QStringLiteral(" AND "));
}

QString SearchText::tsQuery(const Terms &terms) {
    QStringList parts;
    for (qsizetype i = 0; i < terms.words.size(); ++i) {
        QString part = QLatin1Char('\'') + terms.words.at(i) + QLatin1Char('\'');
        if (terms.lastIsPrefix && i == terms.words.size() - 1)
            part += QStringLiteral(":*");
        parts << part;
    }
    return parts.join(QStringLiteral(" & "));
}

qsizetype SearchText::find(const QString &output, const QString &text) {
    return output.indexOf(text, 0, Qt::CaseInsensitive);
}

SearchText::Snippet SearchText::snippet(const QString &output, qsizetype pos, qsizetype length,
                                        qsizetype width) {
    qsizetype lineStart = output.lastIndexOf(QLatin1Char('\n'), pos > 0 ? pos - 1 : 0);
    lineStart = pos == 0 || lineStart < 0 ? 0 : lineStart + 1;
    qsizetype lineEnd = output.indexOf(QLatin1Char('\n'), pos + length);
    if (lineEnd < 0)
        lineEnd = output.size();
    // Keep the match and as much of the line around it as fits, more before than after.
    const qsizetype room = qMax<qsizetype>(0, width - length);
    const qsizetype from = qMax(lineStart, pos - room / 2);
    const qsizetype to = qMin(lineEnd, pos + length + (room - (pos - from)));
    Snippet s;
    s.text = output.mid(from, to - from);
    s.matchStart = pos - from;
    // Line breaks inside a multi-line match would break a one-line listing.
    s.text.replace(QLatin1Char('\n'), QLatin1Char(' '))
        .replace(QLatin1Char('\r'), QLatin1Char(' '));
    return s;
}

} // namespace fleetcron
