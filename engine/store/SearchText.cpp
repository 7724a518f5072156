#include "SearchText.h"

#include <QSet>

#include <vector>

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

// The byte-wise document of ASCII output; false (nothing written) at the first non-ASCII byte.
// Distinct words are told apart by a 64-bit FNV-1a hash in an open-addressing table at most
// half full: no allocation per word, and a collision (two words, one hash) is astronomically
// unlikely.
bool asciiDocument(const QByteArray &a, const QByteArray &b, QByteArray &doc) {
    const qsizetype bytes = qMin(a.size() + b.size(), SearchText::maxDocument) + 64;
    size_t cap = 64;
    while (cap < size_t(bytes))
        cap <<= 1;
    std::vector<quint64> table(cap, 0);
    doc.reserve(qMin(a.size() + b.size(), SearchText::maxDocument));
    char word[256];
    for (const QByteArray *stream : {&a, &b}) {
        const char *p = stream->constData();
        const qsizetype n = stream->size();
        qsizetype len = 0;
        quint64 hash = 1469598103934665603ULL;
        qsizetype longStart = -1; // a word longer than `word`: copied from the doc instead
        for (qsizetype i = 0; i <= n; ++i) {
            const uchar c = i < n ? uchar(p[i]) : uchar(' ');
            if (c >= 0x80)
                return false;
            const bool alnum = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z');
            const bool upper = c >= 'A' && c <= 'Z';
            if (alnum || upper) {
                const char lower = upper ? char(c + 32) : char(c);
                if (len < qsizetype(sizeof word))
                    word[len] = lower;
                else if (longStart < 0)
                    longStart = i - len;
                ++len;
                hash = (hash ^ uchar(lower)) * 1099511628211ULL;
                continue;
            }
            if (len == 0)
                continue;
            size_t slot = size_t(hash) & (cap - 1);
            bool seen = false;
            for (; table[slot] != 0; slot = (slot + 1) & (cap - 1)) {
                if (table[slot] == (hash | 1)) {
                    seen = true;
                    break;
                }
            }
            if (!seen && doc.size() + len + 1 <= SearchText::maxDocument) {
                table[slot] = hash | 1;
                if (!doc.isEmpty())
                    doc += ' ';
                if (longStart < 0) {
                    doc.append(word, len);
                } else {
                    for (qsizetype k = 0; k < len; ++k)
                        doc += char(QChar::toLower(char32_t(uchar(p[longStart + k]))));
                }
            }
            len = 0;
            longStart = -1;
            hash = 1469598103934665603ULL;
        }
    }
    return true;
}

} // namespace

QByteArray SearchText::document(const QByteArray &stdoutData, const QByteArray &stderrData) {
    QByteArray ascii;
    if (asciiDocument(stdoutData, stderrData, ascii))
        return ascii;
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
    return out.toUtf8();
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
    // A prefix term makes FTS5 merge the posting lists of every word with that prefix (for a
    // word in every output: a million rowids) before it can intersect. So when other words
    // narrow the candidates, an unfinished last word is left to the exact check.
    if (t.lastIsPrefix && t.words.size() > 1) {
        t.words.removeLast();
        t.lastIsPrefix = false;
    }
    // Every other word is whole: a text that starts with a letter or digit matches only where a
    // word starts (find()), so its first word is one of the index's words too. That keeps a
    // host name selective ("web7.example.com": web7 AND example AND com*), where leaving the
    // first word out ("example", "com") made every output a candidate.
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
    const bool wordStart = startsWord(text);
    for (qsizetype pos = output.indexOf(text, 0, Qt::CaseInsensitive); pos >= 0;
         pos = output.indexOf(text, pos + 1, Qt::CaseInsensitive)) {
        if (!wordStart || pos == 0)
            return pos;
        // The character before must not be a letter or digit (a low surrogate: look at the pair).
        const QChar before = output.at(pos - 1);
        const char32_t c = before.isLowSurrogate() && pos > 1
                               ? QChar::surrogateToUcs4(output.at(pos - 2), before)
                               : char32_t(before.unicode());
        if (!isWordChar(c))
            return pos;
    }
    return -1;
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
