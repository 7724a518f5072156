// FireRelease: fires claimed ahead are handed over at their time, earliest first, never before
// it; a fire added sooner than the one waited for wakes the thread; what was not released is
// taken back whole at a stop.
#include "scheduler/FireRelease.h"

#include <QDateTime>
#include <QTest>

#include <mutex>

using namespace fleetcron;

namespace {

RunStart startOf(qint64 runId) {
    RunStart s;
    s.run.id = runId;
    return s;
}

struct Log {
    std::mutex mutex;
    QList<qint64> runIds;
    QList<qint64> releasedAtMs;
    QList<qint64> lateMs;
};

} // namespace

class TestFireRelease : public QObject {
    Q_OBJECT

private slots:
    void releasesEachAtItsTimeEarliestFirst() {
        Log log;
        FireRelease release([&log](QList<RunStart> starts, QList<qint64> late) {
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            std::lock_guard lock(log.mutex);
            for (qsizetype i = 0; i < starts.size(); ++i) {
                log.runIds << starts.at(i).run.id;
                log.releasedAtMs << now;
                log.lateMs << late.at(i);
            }
        });
        const qint64 t0 = QDateTime::currentMSecsSinceEpoch();
        // Added out of order, and the sooner one after the later: it must wake the thread.
        release.add({{startOf(3), t0 + 300}, {startOf(2), t0 + 200}});
        release.add({{startOf(1), t0 + 100}});
        QCOMPARE(release.earliestMs(), t0 + 100);
        QTRY_COMPARE_WITH_TIMEOUT(
            [&] {
                std::lock_guard lock(log.mutex);
                return log.runIds.size();
            }(),
            3, 5000);
        std::lock_guard lock(log.mutex);
        QCOMPARE(log.runIds, (QList<qint64>{1, 2, 3}));
        const QList<qint64> due{t0 + 100, t0 + 200, t0 + 300};
        for (int i = 0; i < 3; ++i) {
            QVERIFY2(log.releasedAtMs.at(i) >= due.at(i),
                     qPrintable(QStringLiteral("fire %1 released %2 ms early")
                                    .arg(i + 1)
                                    .arg(due.at(i) - log.releasedAtMs.at(i))));
            // The lateness it reports is the one it had when it let go (the callback reads the
            // clock a moment later).
            QVERIFY(log.lateMs.at(i) >= 0);
            QVERIFY(log.lateMs.at(i) <= log.releasedAtMs.at(i) - due.at(i));
        }
        QCOMPARE(release.earliestMs(), qint64(-1));
    }

    void aFireAlreadyDueIsReleasedAtOnceWithItsLateness() {
        std::mutex mutex;
        QList<qint64> late;
        FireRelease release([&](QList<RunStart>, QList<qint64> l) {
            std::lock_guard lock(mutex);
            late += l;
        });
        release.add({{startOf(7), QDateTime::currentMSecsSinceEpoch() - 40}});
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                std::lock_guard lock(mutex);
                return !late.isEmpty();
            }(),
            5000);
        std::lock_guard lock(mutex);
        QVERIFY2(late.first() >= 40, qPrintable(QString::number(late.first())));
    }

    void takeAllReturnsWhatWasNotReleased() {
        int released = 0;
        FireRelease release(
            [&](QList<RunStart> starts, QList<qint64>) { released += int(starts.size()); });
        const qint64 later = QDateTime::currentMSecsSinceEpoch() + 60'000;
        release.add({{startOf(1), later}, {startOf(2), later + 1}});
        const QList<RunStart> left = release.takeAll();
        QCOMPARE(left.size(), 2);
        QCOMPARE(left.at(0).run.id, 1);
        QCOMPARE(left.at(1).run.id, 2);
        QCOMPARE(release.earliestMs(), qint64(-1));
        QCOMPARE(released, 0);
    }
};

QTEST_GUILESS_MAIN(TestFireRelease)
#include "TestFireRelease.moc"
