#include "LineDiff.h"

#include <QHash>

#include <algorithm>
#include <vector>

namespace fleetcron {
namespace {

DiffLine line(DiffLine::Kind kind, const QString &text, int oldNumber, int newNumber) {
    return DiffLine{kind, text, oldNumber, newNumber};
}

// Myers' greedy forward search over a[lo..] and b[lo..] (the common prefix and suffix already
// taken off), keeping each round's furthest reach so the path can be walked back. Returns
// false when more than maxEdits rounds would be needed.
bool shortestEdit(const std::vector<int> &a, const std::vector<int> &b, int maxEdits,
                  std::vector<std::vector<int>> &trace) {
    const int n = int(a.size());
    const int m = int(b.size());
    const int limit = std::min(maxEdits, n + m);
    const int offset = limit + 1;
    std::vector<int> v(size_t(2 * limit + 3), 0);
    for (int d = 0; d <= limit; ++d) {
        for (int k = -d; k <= d; k += 2) {
            int x = (k == -d || (k != d && v[size_t(offset + k - 1)] < v[size_t(offset + k + 1)]))
                        ? v[size_t(offset + k + 1)]
                        : v[size_t(offset + k - 1)] + 1;
            int y = x - k;
            while (x < n && y < m && a[size_t(x)] == b[size_t(y)]) {
                ++x;
                ++y;
            }
            v[size_t(offset + k)] = x;
            if (x >= n && y >= m) {
                trace.emplace_back(v.begin() + offset - d, v.begin() + offset + d + 1);
                return true;
            }
        }
        trace.emplace_back(v.begin() + offset - d, v.begin() + offset + d + 1);
    }
    return false;
}

} // namespace

bool LineDiff::Result::identical() const {
    return !gaveUp && std::all_of(lines.begin(), lines.end(),
                                  [](const DiffLine &l) { return l.kind == DiffLine::Kind::Same; });
}

int LineDiff::Result::changes() const {
    return int(std::count_if(lines.begin(), lines.end(),
                             [](const DiffLine &l) { return l.kind != DiffLine::Kind::Same; }));
}

LineDiff::Result LineDiff::compare(const QStringList &oldLines, const QStringList &newLines,
                                   int maxEdits) {
    Result result;
    // Lines compared as numbers: each distinct text once.
    QHash<QString, int> ids;
    auto idsOf = [&ids](const QStringList &lines) {
        std::vector<int> out;
        out.reserve(size_t(lines.size()));
        for (const QString &l : lines) {
            // Not QHash::emplace: it replaces the value of a key already there, which would
            // give a repeated line a new number each time it comes.
            auto it = ids.constFind(l);
            if (it == ids.constEnd())
                it = ids.insert(l, int(ids.size()));
            out.push_back(it.value());
        }
        return out;
    };
    const std::vector<int> a = idsOf(oldLines);
    const std::vector<int> b = idsOf(newLines);
    size_t prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix])
        ++prefix;
    size_t suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix &&
           a[a.size() - 1 - suffix] == b[b.size() - 1 - suffix])
        ++suffix;
    const std::vector<int> midA(a.begin() + qsizetype(prefix), a.end() - qsizetype(suffix));
    const std::vector<int> midB(b.begin() + qsizetype(prefix), b.end() - qsizetype(suffix));

    for (size_t i = 0; i < prefix; ++i)
        result.lines.append(
            line(DiffLine::Kind::Same, newLines[qsizetype(i)], int(i + 1), int(i + 1)));
    const int base = int(prefix);
    std::vector<std::vector<int>> trace;
    if (!shortestEdit(midA, midB, maxEdits, trace)) {
        result.gaveUp = true;
        for (size_t i = 0; i < midA.size(); ++i)
            result.lines.append(line(DiffLine::Kind::Removed, oldLines[qsizetype(prefix + i)],
                                     base + int(i) + 1, 0));
        for (size_t i = 0; i < midB.size(); ++i)
            result.lines.append(
                line(DiffLine::Kind::Added, newLines[qsizetype(prefix + i)], 0, base + int(i) + 1));
    } else {
        // Walk the rounds back from the end, collecting the middle's lines last to first.
        QList<DiffLine> middle;
        int x = int(midA.size());
        int y = int(midB.size());
        for (int d = int(trace.size()) - 1; d > 0; --d) {
            const std::vector<int> &v = trace[size_t(d - 1)]; // reach after round d - 1
            auto at = [&v, d](int k) { return v[size_t(k + d - 1)]; };
            const int k = x - y;
            const int prevK = (k == -d || (k != d && at(k - 1) < at(k + 1))) ? k + 1 : k - 1;
            const int prevX = at(prevK);
            const int prevY = prevX - prevK;
            for (; x > prevX && y > prevY; --x, --y)
                middle.append(
                    line(DiffLine::Kind::Same, newLines[base + y - 1], base + x, base + y));
            if (prevK == k + 1)
                middle.append(line(DiffLine::Kind::Added, newLines[base + y - 1], 0, base + y));
            else
                middle.append(line(DiffLine::Kind::Removed, oldLines[base + x - 1], base + x, 0));
            x = prevX;
            y = prevY;
        }
        for (; x > 0 && y > 0; --x, --y)
            middle.append(line(DiffLine::Kind::Same, newLines[base + y - 1], base + x, base + y));
        std::reverse(middle.begin(), middle.end());
        // Within each block of changes the removed lines come first, as diff and git show
        // them, whatever order the walk took them in.
        for (auto it = middle.begin(); it != middle.end();) {
            auto blockEnd = std::find_if(
                it, middle.end(), [](const DiffLine &l) { return l.kind == DiffLine::Kind::Same; });
            std::stable_partition(
                it, blockEnd, [](const DiffLine &l) { return l.kind == DiffLine::Kind::Removed; });
            it = blockEnd == middle.end() ? blockEnd : blockEnd + 1;
        }
        result.lines.append(middle);
    }
    const int oldEnd = int(a.size() - suffix);
    const int newEnd = int(b.size() - suffix);
    for (size_t i = 0; i < suffix; ++i)
        result.lines.append(line(DiffLine::Kind::Same, newLines[newEnd + qsizetype(i)],
                                 oldEnd + int(i) + 1, newEnd + int(i) + 1));
    return result;
}

QStringList LineDiff::lines(const QByteArray &output) {
    if (output.isEmpty())
        return {};
    QByteArray text = output;
    if (text.endsWith('\n'))
        text.chop(1);
    QStringList out;
    for (const QByteArray &l : text.split('\n'))
        out.append(QString::fromUtf8(l.endsWith('\r') ? l.chopped(1) : l));
    return out;
}

QStringList LineDiff::unified(const QList<DiffLine> &lines, int context) {
    QStringList out;
    const qsizetype count = lines.size();
    qsizetype i = 0;
    // Lines of each side before line `counted`, for where a hunk starts.
    qsizetype counted = 0;
    int oldSeen = 0, newSeen = 0;
    auto countUpTo = [&](qsizetype to) {
        for (; counted < to; ++counted) {
            oldSeen += lines[counted].kind != DiffLine::Kind::Added;
            newSeen += lines[counted].kind != DiffLine::Kind::Removed;
        }
    };
    while (i < count) {
        // The next change, and the hunk around it: changes closer than 2 * context join it.
        while (i < count && lines[i].kind == DiffLine::Kind::Same)
            ++i;
        if (i == count)
            break;
        const qsizetype start = std::max<qsizetype>(0, i - context);
        qsizetype end = i;
        for (qsizetype j = i; j < count; ++j) {
            if (lines[j].kind != DiffLine::Kind::Same)
                end = j;
            else if (j - end > 2 * context)
                break;
        }
        const qsizetype stop = std::min(count, end + context + 1);
        countUpTo(start);
        const int oldBefore = oldSeen, newBefore = newSeen;
        QStringList body;
        for (qsizetype j = start; j < stop; ++j) {
            const DiffLine &l = lines[j];
            const QChar mark = l.kind == DiffLine::Kind::Same      ? u' '
                               : l.kind == DiffLine::Kind::Removed ? u'-'
                                                                   : u'+';
            body.append(mark + l.text);
        }
        countUpTo(stop);
        // As GNU diff writes them: an empty side names the line before it ("-4,0").
        const int oldCount = oldSeen - oldBefore, newCount = newSeen - newBefore;
        out.append(QStringLiteral("@@ -%1,%2 +%3,%4 @@")
                       .arg(oldBefore + (oldCount ? 1 : 0))
                       .arg(oldCount)
                       .arg(newBefore + (newCount ? 1 : 0))
                       .arg(newCount));
        out.append(body);
        i = stop;
    }
    return out;
}

} // namespace fleetcron
