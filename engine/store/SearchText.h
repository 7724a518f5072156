#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace fleetcron {

// What full-text search over stored output (issue 17) indexes and asks, in one place so the
// store writer, the migration's back-fill and the query agree (docs/SEARCH.md).
//
// A word is a run of letters, digits and private-use characters (what SQLite's unicode61
// tokenizer keeps), lower-cased. An execution's index document is the set of distinct words of
// its stdout and stderr. A search text matches an execution whose stdout or stderr contains it,
// ignoring case, where a word starts when the text starts with a letter or digit ("refused"
// finds "Connection refused", "efused" does not); the index only narrows the candidates (every
// word of the text must be there, the last one as a prefix), and the exact text is then
// checked in the stored output.
class SearchText {
public:
    // The most characters of index document kept per execution: PostgreSQL refuses a tsvector
    // over 1 MB. Output beyond that many distinct words is not found.
    static constexpr qsizetype maxDocument = 512 * 1024;

    // The distinct words of both streams, space-separated, in first-seen order, as UTF-8.
    // Runs on the store writer's thread for every result: ASCII output (the common case) takes
    // a byte-wise path with no QString and no allocation per word.
    static QByteArray document(const QByteArray &stdoutData, const QByteArray &stderrData);
    // The words of `text`, in order, lower-cased.
    static QStringList words(const QString &text);

    // The words the index must hold for `text` to be found. `lastIsPrefix`: the text ends with
    // a letter or digit, so its last word may go on in the output.
    struct Terms {
        QStringList words;
        bool lastIsPrefix = false;
    };
    static Terms terms(const QString &text);

    // The index condition for `terms`: an FTS5 MATCH expression, a PostgreSQL tsquery.
    static QString ftsMatch(const Terms &terms);
    static QString tsQuery(const Terms &terms);

    // Where `text` is in `output` (decoded as UTF-8), ignoring case, at a word start when the
    // text starts with a letter or digit; -1 when not.
    static qsizetype find(const QString &output, const QString &text);
    // The line around [pos, pos+length) of `output`, cut to about `width` characters, and where
    // the match starts within it.
    struct Snippet {
        QString text;
        qsizetype matchStart = 0;
    };
    static Snippet snippet(const QString &output, qsizetype pos, qsizetype length,
                           qsizetype width = 160);
};

} // namespace fleetcron
