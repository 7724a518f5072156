// FireShare: which due fires an engine claims at once when several share one database.
#include "scheduler/FireShare.h"

#include <QSet>
#include <QTest>

using namespace fleetcron;

namespace {

const QDateTime now = QDateTime(QDate(2026, 12, 3), QTime(12, 0), Qt::UTC);

QList<Task> dueTasks(int count, qint64 msBeforeNow, qint64 firstId = 1) {
    QList<Task> out;
    for (int i = 0; i < count; ++i) {
        Task t;
        t.id = firstId + i;
        t.nextFireAt = now.addMSecs(-msBeforeNow);
        out << t;
    }
    return out;
}

QSet<qint64> ids(const QList<Task> &tasks) {
    QSet<qint64> out;
    for (const Task &t : tasks)
        out.insert(t.id);
    return out;
}

} // namespace

class TestFireShare : public QObject {
    Q_OBJECT

private slots:
    void aloneClaimsEverything() {
        const FireShare::Split s = FireShare::split(dueTasks(100, 0), 0, 1, now, 250);
        QCOMPARE(s.claimNow.size(), 100);
        QVERIFY(!s.lookAgainAt.isValid());
        // No grace, or an engine that is not among the live ones: the same.
        QCOMPARE(FireShare::split(dueTasks(100, 0), 1, 3, now, 0).claimNow.size(), 100);
        QCOMPARE(FireShare::split(dueTasks(100, 0), 3, 3, now, 250).claimNow.size(), 100);
    }

    void everyFireHasExactlyOneOwner() {
        // The three engines' parts are disjoint and together hold every fire, each a fair part.
        const QList<Task> due = dueTasks(300, 10);
        QSet<qint64> all;
        for (int rank = 0; rank < 3; ++rank) {
            const FireShare::Split s = FireShare::split(due, rank, 3, now, 250);
            const QSet<qint64> mine = ids(s.claimNow);
            QVERIFY(!all.intersects(mine));
            all += mine;
            QVERIFY2(s.claimNow.size() >= 70 && s.claimNow.size() <= 130,
                     qPrintable(QString::number(s.claimNow.size())));
            QCOMPARE(s.lookAgainAt, now.addMSecs(240)); // due 10 ms ago, + 250 ms grace
        }
        QCOMPARE(all.size(), 300);
    }

    void ownershipMovesOnWithTheDueTime() {
        // One task firing every second is not tied to one engine: over 300 fires each of three
        // engines owns about a third, and the owner is the same whichever engine asks.
        QList<int> owned(3, 0);
        for (int i = 0; i < 300; ++i) {
            const int owner = FireShare::ownerOf(42, now.addSecs(i), 3);
            QVERIFY(owner >= 0 && owner < 3);
            QCOMPARE(FireShare::ownerOf(42, now.addSecs(i), 3), owner);
            ++owned[owner];
        }
        for (int n : owned)
            QVERIFY2(n >= 70 && n <= 130, qPrintable(QString::number(n)));
        QCOMPARE(FireShare::ownerOf(42, now, 1), 0);
    }

    void firesPastTheGraceAreTakenByWhoeverLooks() {
        // 30 fires their owners should have taken 300 ms ago (slow, or dead), and 30 new ones.
        QList<Task> due = dueTasks(30, 300, 1);
        due += dueTasks(30, 5, 100);
        const FireShare::Split s = FireShare::split(due, 1, 3, now, 250);
        const QSet<qint64> taken = ids(s.claimNow);
        for (qint64 id = 1; id <= 30; ++id)
            QVERIFY(taken.contains(id));
        int ownNew = 0;
        for (qint64 id = 100; id < 130; ++id)
            ownNew += FireShare::ownerOf(id, now.addMSecs(-5), 3) == 1 ? 1 : 0;
        QCOMPARE(s.claimNow.size(), 30 + ownNew);
        QCOMPARE(s.lookAgainAt, now.addMSecs(245));

        // Exactly at the end of the grace counts as past it.
        const FireShare::Split edge = FireShare::split(dueTasks(9, 250), 2, 3, now, 250);
        QCOMPARE(edge.claimNow.size(), 9);
        QVERIFY(!edge.lookAgainAt.isValid());
    }
};

QTEST_GUILESS_MAIN(TestFireShare)
#include "TestFireShare.moc"
