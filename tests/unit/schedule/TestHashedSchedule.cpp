// Jenkins' H in cron fields: values picked by hashing the task's name, stable, in range, and
// spread over the field. The pinned values below were worked out with an independent script
// (FNV-1a 64 of the name, then of the field label, then splitmix64's finaliser), not by running
// this code, so a change of the hash (say, to Qt's per-process qHash) fails here.
#include "model/Task.h"
#include "schedule/Schedule.h"
#include "scheduler/TaskTiming.h"

#include <QSet>
#include <QTest>
#include <QTimeZone>

#include <bit>

using namespace fleetcron;

namespace {

CronFields fieldsOf(const QString &spec, const QString &key) {
    const ScheduleParseResult parsed = Schedule::parse(spec, key);
    if (!parsed)
        qFatal("'%s' rejected: %s", qPrintable(spec), qPrintable(parsed.error));
    return parsed.schedule.cronFields();
}

QList<int> valuesOf(std::uint64_t bits) {
    QList<int> out;
    for (int v = 0; v < 64; ++v)
        if ((bits >> v) & 1u)
            out << v;
    return out;
}

} // namespace

class TestHashedSchedule : public QObject {
    Q_OBJECT
private slots:
    void pinnedValues() {
        const CronFields f = fieldsOf(QStringLiteral("H H H * H"), QStringLiteral("backup-db"));
        QCOMPARE(valuesOf(f.minutes), QList<int>{55});
        QCOMPARE(valuesOf(f.hours), QList<int>{13});
        QCOMPARE(valuesOf(f.daysOfMonth), QList<int>{18});
        QCOMPARE(valuesOf(f.daysOfWeek), QList<int>{4});
        QCOMPARE(
            valuesOf(fieldsOf(QStringLiteral("H * * * * *"), QStringLiteral("backup-db")).seconds),
            QList<int>{30});
        QCOMPARE(
            valuesOf(
                fieldsOf(QStringLiteral("H * * * *"), QStringLiteral("nightly-report")).minutes),
            QList<int>{57});
    }

    void stableAcrossParsesAndOtherFields() {
        const QString key = QStringLiteral("backup-db");
        const CronFields a = fieldsOf(QStringLiteral("H 2 * * *"), key);
        const CronFields b = fieldsOf(QStringLiteral("H 2 * * *"), key);
        QCOMPARE(a, b);
        // Changing the hour field does not move the minute.
        QCOMPARE(fieldsOf(QStringLiteral("H 5 * * 1-5"), key).minutes, a.minutes);
        // Nor does the task's command or time zone: only the name is hashed.
        Task t;
        t.name = key;
        t.schedule = QStringLiteral("H 2 * * *");
        const CronFields viaTask = TaskTiming::scheduleOf(t).schedule.cronFields();
        t.body = QStringLiteral("something else");
        t.timeZone = QStringLiteral("Asia/Tokyo");
        QCOMPARE(TaskTiming::scheduleOf(t).schedule.cronFields(), viaTask);
        QCOMPARE(viaTask.minutes, a.minutes);
    }

    void spreadsOverTheField() {
        QSet<int> minutes;
        for (int i = 0; i < 200; ++i)
            minutes.insert(
                valuesOf(
                    fieldsOf(QStringLiteral("H * * * *"), QStringLiteral("task-%1").arg(i)).minutes)
                    .first());
        // 200 names over 60 minutes: a fair hash leaves few minutes unused (expected ~58).
        QVERIFY2(minutes.size() >= 50, qPrintable(QString::number(minutes.size())));
    }

    void staysInRange() {
        for (int i = 0; i < 500; ++i) {
            const QString key = QStringLiteral("t%1").arg(i);
            const CronFields f = fieldsOf(QStringLiteral("H H H H H H"), key);
            QCOMPARE(std::popcount(f.seconds), 1);
            QVERIFY(f.seconds < (std::uint64_t{1} << 60));
            QVERIFY(f.minutes < (std::uint64_t{1} << 60));
            QVERIFY(f.hours < (1u << 24));
            // Day 1-28 only, so the task fires in February too.
            QVERIFY(f.daysOfMonth >= (1u << 1) && f.daysOfMonth < (1u << 29));
            QVERIFY(f.months >= (1u << 1) && f.months < (1u << 13));
            QVERIFY(f.daysOfWeek != 0 && f.daysOfWeek < (1u << 7));
            const CronFields r = fieldsOf(QStringLiteral("H(0-29) H(9-17) * * *"), key);
            QVERIFY(valuesOf(r.minutes).first() <= 29);
            QVERIFY(valuesOf(r.hours).first() >= 9 && valuesOf(r.hours).first() <= 17);
        }
    }

    void steps() {
        const QList<int> quarter =
            valuesOf(fieldsOf(QStringLiteral("H/15 * * * *"), QStringLiteral("backup-db")).minutes);
        QCOMPARE(quarter, (QList<int>{10, 25, 40, 55})); // offset 10, by hand above
        for (int i = 0; i < 200; ++i) {
            const QString key = QStringLiteral("t%1").arg(i);
            const QList<int> m = valuesOf(fieldsOf(QStringLiteral("H/15 * * * *"), key).minutes);
            QCOMPARE(m.size(), 4);
            QVERIFY(m.first() < 15);
            for (int k = 1; k < m.size(); ++k)
                QCOMPARE(m[k] - m[k - 1], 15);
            const QList<int> r =
                valuesOf(fieldsOf(QStringLiteral("H(10-20)/5 * * * *"), key).minutes);
            QVERIFY(r.first() >= 10 && r.first() < 15 && r.last() <= 20);
            QCOMPARE(r.size(), r.first() == 10 ? 3 : 2);
            // A step wider than the range still gives one value inside it.
            const QList<int> wide =
                valuesOf(fieldsOf(QStringLiteral("H(0-5)/40 * * * *"), key).minutes);
            QCOMPARE(wide.size(), 1);
            QVERIFY(wide.first() <= 5);
        }
    }

    void listsLowercaseAndFlag() {
        const CronFields f = fieldsOf(QStringLiteral("h,30 * * * *"), QStringLiteral("x"));
        QVERIFY(f.minutes & (std::uint64_t{1} << 30));
        QVERIFY(f.usesHash);
        QVERIFY(Schedule::parse(QStringLiteral("H * * * *")).schedule.usesHash());
        QVERIFY(!Schedule::parse(QStringLiteral("5 * * * *")).schedule.usesHash());
        QVERIFY(!Schedule::parse(QStringLiteral("@hourly")).schedule.usesHash());
    }

    void errors_data() {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("error");
        QTest::newRow("backwards")
            << "H(30-10) * * * *"
            << "minute: range 30-10 is backwards (start must not exceed end)";
        QTest::newRow("out of range") << "H(0-99) * * * *"
                                      << "minute: 99 is out of range 0–59";
        QTest::newRow("step 0") << "H/0 * * * *"
                                << "minute: step must be at least 1";
        QTest::newRow("no step") << "* H/ * * *"
                                 << "hour: 'H/' has no step after '/'";
        QTest::newRow("junk") << "Hx * * * *"
                              << "minute: 'Hx' is not a valid H form (use H, H/n, H(a-b) or "
                                 "H(a-b)/n)";
        QTest::newRow("no range") << "* * H(5) * *"
                                  << "day-of-month: 'H(5)' is not a valid H form (use H, H/n, "
                                     "H(a-b) or H(a-b)/n)";
        QTest::newRow("seconds") << "H(0-60) * * * * *"
                                 << "second: 60 is out of range 0–59";
    }
    void errors() {
        QFETCH(QString, spec);
        QFETCH(QString, error);
        const ScheduleParseResult parsed = Schedule::parse(spec, QStringLiteral("k"));
        QVERIFY(!parsed.isValid());
        QCOMPARE(parsed.error, error);
    }

    void renameRearmsOnlyWithH() {
        Task before;
        before.name = QStringLiteral("a");
        before.schedule = QStringLiteral("H * * * *");
        Task after = before;
        after.body = QStringLiteral("other");
        QVERIFY(!TaskTiming::rearms(before, after));
        after.name = QStringLiteral("b");
        QVERIFY(TaskTiming::rearms(before, after));
        before.schedule = after.schedule = QStringLiteral("5 * * * *");
        QVERIFY(!TaskTiming::rearms(before, after));
    }

    void nextFireUsesTheHashedMinute() {
        Task t;
        t.name = QStringLiteral("backup-db");
        t.schedule = QStringLiteral("H(0-29) 2 * * *");
        t.timeZone = QStringLiteral("Europe/Berlin");
        const QDateTime from(QDate(2026, 12, 5), QTime(12, 0), QTimeZone("Europe/Berlin"));
        QCOMPARE(TaskTiming::nextFireAfter(t, from.toUTC()),
                 QDateTime(QDate(2026, 12, 6), QTime(2, 25), QTimeZone("Europe/Berlin")));
    }
};

QTEST_GUILESS_MAIN(TestHashedSchedule)
#include "TestHashedSchedule.moc"
