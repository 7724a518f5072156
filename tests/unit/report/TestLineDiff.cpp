// The line diff behind `fleetcron diff` and the console's "Compare with previous run" (issue 17,
// item 3), checked against independent oracles: a textbook dynamic-programming LCS for
// minimality on thousands of random pairs, and GNU diff's own unified output for the hunks.
#include "report/LineDiff.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <vector>

using namespace fleetcron;

namespace {

// Length of the longest common subsequence, by the O(N*M) table.
int lcsLength(const QStringList &a, const QStringList &b) {
    std::vector<std::vector<int>> t(size_t(a.size() + 1), std::vector<int>(size_t(b.size() + 1)));
    for (qsizetype i = a.size() - 1; i >= 0; --i)
        for (qsizetype j = b.size() - 1; j >= 0; --j)
            t[size_t(i)][size_t(j)] =
                a[i] == b[j] ? t[size_t(i + 1)][size_t(j + 1)] + 1
                             : std::max(t[size_t(i + 1)][size_t(j)], t[size_t(i)][size_t(j + 1)]);
    return t[0][0];
}

QStringList randomLines(QRandomGenerator &rng, int maxLength, int alphabet) {
    QStringList out;
    const int n = int(rng.bounded(maxLength + 1));
    for (int i = 0; i < n; ++i)
        out << QString(QChar(u'a' + int(rng.bounded(alphabet))));
    return out;
}

// GNU diff's hunk header with the counts it leaves out (",1") written in.
QString explicitCounts(const QString &header) {
    static const QRegularExpression re(
        QStringLiteral(R"(^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@$)"));
    const auto m = re.match(header);
    if (!m.hasMatch())
        return header;
    auto count = [](const QString &c) { return c.isEmpty() ? QStringLiteral("1") : c; };
    return QStringLiteral("@@ -%1,%2 +%3,%4 @@")
        .arg(m.captured(1), count(m.captured(2)), m.captured(3), count(m.captured(4)));
}

} // namespace

class TestLineDiff : public QObject {
    Q_OBJECT

    QString m_diff;

    // `diff -U<context>` of the two texts, its file header left off.
    QStringList gnuUnified(const QStringList &a, const QStringList &b, int context) {
        QTemporaryDir dir;
        const auto write = [&dir](const QString &name, const QStringList &lines) {
            QFile f(dir.filePath(name));
            f.open(QIODevice::WriteOnly);
            for (const QString &l : lines)
                f.write(l.toUtf8() + '\n');
            return f.fileName();
        };
        QProcess p;
        p.start(m_diff, {QStringLiteral("-U%1").arg(context), write(QStringLiteral("a"), a),
                         write(QStringLiteral("b"), b)});
        p.waitForFinished();
        QStringList out = QString::fromUtf8(p.readAllStandardOutput()).split(u'\n');
        if (!out.isEmpty() && out.last().isEmpty())
            out.removeLast();
        out = out.mid(2);
        for (QString &l : out)
            if (l.startsWith(QStringLiteral("@@")))
                l = explicitCounts(l);
        return out;
    }

private slots:
    void initTestCase() {
        m_diff = QStandardPaths::findExecutable(QStringLiteral("diff"));
        QVERIFY2(!m_diff.isEmpty(), "GNU diff (diffutils) is the oracle for the hunks");
    }

    // Minimal, and a faithful edit script: the unchanged lines are a longest common
    // subsequence, the old side and the new side read back exactly, numbered in order.
    void minimalAgainstLcs() {
        QRandomGenerator rng(20261205);
        for (int round = 0; round < 3000; ++round) {
            const QStringList a = randomLines(rng, 25, round % 2 ? 3 : 6);
            const QStringList b = randomLines(rng, 25, round % 2 ? 3 : 6);
            const LineDiff::Result r = LineDiff::compare(a, b);
            QVERIFY(!r.gaveUp);
            QStringList oldSide, newSide;
            int same = 0;
            for (const DiffLine &l : r.lines) {
                if (l.kind != DiffLine::Kind::Added) {
                    oldSide << l.text;
                    QCOMPARE(l.oldNumber, int(oldSide.size()));
                } else {
                    QCOMPARE(l.oldNumber, 0);
                }
                if (l.kind != DiffLine::Kind::Removed) {
                    newSide << l.text;
                    QCOMPARE(l.newNumber, int(newSide.size()));
                } else {
                    QCOMPARE(l.newNumber, 0);
                }
                same += l.kind == DiffLine::Kind::Same;
            }
            QCOMPARE(oldSide, a);
            QCOMPARE(newSide, b);
            const int lcs = lcsLength(a, b);
            QVERIFY2(same == lcs, qPrintable(QStringLiteral("%1 vs %2: %3 unchanged, LCS %4")
                                                 .arg(a.join(QString()), b.join(QString()))
                                                 .arg(same)
                                                 .arg(lcs)));
            QCOMPARE(r.changes(), int(a.size() + b.size()) - 2 * lcs);
            QCOMPARE(r.identical(), a == b);
        }
    }

    // Past the edit budget the outputs are shown as replaced, still read back exactly, and
    // never called identical.
    void givesUpPastTheBudget() {
        QStringList a, b;
        for (int i = 0; i < 200; ++i) {
            a << QStringLiteral("old %1").arg(i);
            b << QStringLiteral("new %1").arg(i);
        }
        a.prepend(QStringLiteral("same head"));
        b.prepend(QStringLiteral("same head"));
        const LineDiff::Result r = LineDiff::compare(a, b, 50);
        QVERIFY(r.gaveUp);
        QVERIFY(!r.identical());
        QCOMPARE(r.changes(), 400);
        QCOMPARE(r.lines.first().kind, DiffLine::Kind::Same);
        QVERIFY(!LineDiff::compare(a, b).gaveUp);
    }

    void splitsOutputIntoLines_data() {
        QTest::addColumn<QByteArray>("output");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("nothing") << QByteArray() << QStringList();
        QTest::newRow("one newline") << QByteArray("\n") << QStringList{QString()};
        QTest::newRow("final newline adds none")
            << QByteArray("a\nb\n") << QStringList{QStringLiteral("a"), QStringLiteral("b")};
        QTest::newRow("no final newline")
            << QByteArray("a\nb") << QStringList{QStringLiteral("a"), QStringLiteral("b")};
        QTest::newRow("CRLF") << QByteArray("a\r\nb\r\n")
                              << QStringList{QStringLiteral("a"), QStringLiteral("b")};
        QTest::newRow("blank lines kept")
            << QByteArray("a\n\n\nb\n")
            << QStringList{QStringLiteral("a"), QString(), QString(), QStringLiteral("b")};
        QTest::newRow("UTF-8") << QByteArray("Gr\xc3\xbc\xc3\x9f"
                                             "e\n")
                               << QStringList{QString::fromUtf8("Grüße")};
        QTest::newRow("invalid UTF-8 replaced") << QByteArray("a\xff"
                                                              "b\n")
                                                << QStringList{QString::fromUtf8("a\xef\xbf\xbd"
                                                                                 "b")};
    }

    void splitsOutputIntoLines() {
        QFETCH(QByteArray, output);
        QFETCH(QStringList, expected);
        QCOMPARE(LineDiff::lines(output), expected);
    }

    // The hunks as GNU diff writes them, for outputs whose changes have one right alignment:
    // distinct lines, some deleted, some replaced, some inserted, at every context width.
    void unifiedMatchesGnuDiff() {
        QRandomGenerator rng(17);
        int fresh = 0;
        for (int round = 0; round < 300; ++round) {
            QStringList a;
            const int n = int(rng.bounded(40));
            for (int i = 0; i < n; ++i)
                a << QStringLiteral("line %1").arg(i);
            QStringList b;
            for (const QString &l : a) {
                const int roll = int(rng.bounded(10));
                if (roll == 0)
                    continue; // deleted
                if (roll == 1)
                    b << QStringLiteral("changed %1").arg(++fresh); // replaced
                else
                    b << l;
                if (roll == 2)
                    b << QStringLiteral("inserted %1").arg(++fresh);
            }
            if (rng.bounded(3) == 0)
                b.prepend(QStringLiteral("inserted %1").arg(++fresh));
            const int context = int(rng.bounded(5));
            const QStringList ours = LineDiff::unified(LineDiff::compare(a, b).lines, context);
            QCOMPARE(ours, gnuUnified(a, b, context));
        }
    }

    void identicalOutputsGiveNoHunks() {
        const QStringList a{QStringLiteral("x"), QStringLiteral("y")};
        const LineDiff::Result r = LineDiff::compare(a, a);
        QVERIFY(r.identical());
        QCOMPARE(r.changes(), 0);
        QVERIFY(LineDiff::unified(r.lines, 3).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLineDiff)
#include "TestLineDiff.moc"
