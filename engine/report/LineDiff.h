#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace fleetcron {

// One line of a line-by-line comparison of two outputs.
struct DiffLine {
    enum class Kind { Same, Removed, Added };
    Kind kind = Kind::Same;
    QString text;
    int oldNumber = 0; // 1-based line in the old output; 0 for an added line
    int newNumber = 0; // 1-based line in the new output; 0 for a removed line
};

// The shortest edit script between two outputs' lines (Myers' O((N+M)D) algorithm, as GNU diff
// and git use), so unchanged lines line up the way an operator expects. Outputs are capped per
// stream (1 MiB by default), but two unrelated ones would still cost O(N*M): past `maxEdits`
// the comparison gives up and reports the old lines removed and the new ones added.
class LineDiff {
public:
    static constexpr int defaultMaxEdits = 4000;

    struct Result {
        QList<DiffLine> lines;
        bool gaveUp = false; // more than maxEdits changes: everything shown as replaced
        bool identical() const;
        int changes() const; // removed + added lines
    };

    static Result compare(const QStringList &oldLines, const QStringList &newLines,
                          int maxEdits = defaultMaxEdits);
    // Output bytes as lines: split on \n, a final newline ends the last line (it adds none),
    // a \r before it dropped, invalid UTF-8 shown with replacement characters.
    static QStringList lines(const QByteArray &output);
    // Only the changes and `context` lines around each, with "@@ -a,b +c,d @@" hunk headers
    // (unified diff). Unchanged outputs give nothing.
    static QStringList unified(const QList<DiffLine> &lines, int context);
};

} // namespace fleetcron
