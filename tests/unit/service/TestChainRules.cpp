// ChainRules: a task may not start itself, and a chain that would loop is refused with its path,
// however many tasks it passes. Pure: links in, the first problem out.
#include "service/ChainRules.h"

#include <QTest>

using namespace fleetcron;

namespace {

// Tasks 1..n named a, b, c, … as the store would name them.
QString nameOf(qint64 id) {
    return QString(QChar(u'a' + int(id) - 1));
}

ChainRules::Edge edge(qint64 parent, qint64 child) {
    return {parent, nameOf(parent), child, nameOf(child)};
}

Task edited(qint64 id, QList<std::pair<ChainCondition, qint64>> links) {
    Task t;
    t.id = id;
    t.name = nameOf(id);
    for (const auto &[c, child] : links)
        t.links.append({c, child, nameOf(child)});
    return t;
}

} // namespace

class TestChainRules : public QObject {
    Q_OBJECT

private slots:
    void noLinksIsFine() { QVERIFY(!ChainRules::check(edited(1, {}), {}).isError()); }

    void aTaskCannotStartItself() {
        const FieldError byId = ChainRules::check(edited(1, {{ChainCondition::Failure, 1}}), {});
        QCOMPARE(byId.field, QStringLiteral("on_failure"));
        QCOMPARE(byId.message, QStringLiteral("task 'a' cannot start itself"));
        // A new task names itself before it has an id.
        Task fresh;
        fresh.name = QStringLiteral("new");
        fresh.links.append({ChainCondition::Always, 0, QStringLiteral("new")});
        QCOMPARE(ChainRules::check(fresh, {}).field, QStringLiteral("always"));
    }

    void aTwoTaskLoopIsNamed() {
        // b already starts a; a starting b would loop.
        const FieldError e =
            ChainRules::check(edited(1, {{ChainCondition::Success, 2}}), {edge(2, 1)});
        QCOMPARE(e.field, QStringLiteral("on_success"));
        QCOMPARE(e.message, QStringLiteral("chained tasks would loop: a -> b -> a"));
    }

    void aLongLoopIsNamedWholeWhateverTheConditions() {
        // b -> c -> d -> a stored (any conditions: a loop is a loop), a -> e fine, a -> b loops.
        const QList<ChainRules::Edge> stored{edge(2, 3), edge(3, 4), edge(4, 1), edge(3, 5)};
        const FieldError e = ChainRules::check(
            edited(1, {{ChainCondition::Always, 5}, {ChainCondition::Failure, 2}}), stored);
        QCOMPARE(e.field, QStringLiteral("on_failure"));
        QCOMPARE(e.message, QStringLiteral("chained tasks would loop: a -> b -> c -> d -> a"));
    }

    void aDiamondIsNotALoop() {
        // a -> b, a -> c, b -> d, c -> d: d is reached twice, nothing comes back to a.
        const QList<ChainRules::Edge> stored{edge(2, 4), edge(3, 4)};
        QVERIFY(
            !ChainRules::check(
                 edited(1, {{ChainCondition::Success, 2}, {ChainCondition::Failure, 3}}), stored)
                 .isError());
    }

    void theEditedTasksOwnStoredLinksAreReplaced() {
        // a -> b stored, b -> a stored would be a loop only with a's old link; a now starts c.
        const QList<ChainRules::Edge> stored{edge(1, 2)};
        QVERIFY(!ChainRules::check(edited(2, {{ChainCondition::Success, 1}}), {}).isError());
        QVERIFY(!ChainRules::check(edited(1, {{ChainCondition::Success, 3}}),
                                   stored + QList<ChainRules::Edge>{edge(2, 1)})
                     .isError());
    }

    void aWideGraphIsCheckedQuickly() {
        // 2000 tasks in a line, the edit closing it: found, and fast (no path explosion).
        QList<ChainRules::Edge> stored;
        for (qint64 i = 2; i < 2000; ++i)
            stored.append({i, QString::number(i), i + 1, QString::number(i + 1)});
        stored.append({2000, QStringLiteral("2000"), 1, QStringLiteral("a")});
        Task t = edited(1, {});
        t.links.append({ChainCondition::Success, 2, QStringLiteral("2")});
        const FieldError e = ChainRules::check(t, stored);
        QVERIFY(e.message.startsWith(QStringLiteral("chained tasks would loop: a -> 2 -> 3 -> ")));
        QVERIFY(e.message.endsWith(QStringLiteral(" -> 2000 -> a")));
    }
};

QTEST_GUILESS_MAIN(TestChainRules)
#include "TestChainRules.moc"
