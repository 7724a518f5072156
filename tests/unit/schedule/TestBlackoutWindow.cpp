// Blackout windows: what they hold, read on the wall clock of a time zone. Instants are written
// in UTC with the local time worked out by hand beside them (Europe/Berlin: CET +1, CEST +2 from
// 2026-03-29 02:00 to 2026-10-25 03:00; America/New_York: EST -5, EDT -4).
#include "schedule/BlackoutWindow.h"

#include <QTest>
#include <QTimeZone>

using namespace fleetcron;

namespace {

QDateTime utc(const char *iso) {
    const QDateTime t = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    if (!t.isValid())
        qFatal("bad instant %s", iso);
    return t;
}

BlackoutWindow window(const char *spec) {
    const BlackoutWindow::ParseResult r = BlackoutWindow::parse(QString::fromUtf8(spec));
    if (!r)
        qFatal("'%s' rejected: %s", spec, qPrintable(r.error));
    return r.window;
}

const QTimeZone berlin("Europe/Berlin");
const QTimeZone newYork("America/New_York");
const QTimeZone utcZone = QTimeZone::utc();

} // namespace

class TestBlackoutWindow : public QObject {
    Q_OBJECT
private slots:
    void holds_data() {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QDateTime>("at");
        QTest::addColumn<bool>("inside");
        const QString u = QStringLiteral("UTC");
        const QString b = QStringLiteral("Europe/Berlin");
        const QString ny = QStringLiteral("America/New_York");
        // Date ranges: whole days, both ends included.
        QTest::newRow("xmas first second")
            << "xmas: 2026-12-24..2026-12-26" << u << utc("2026-12-24T00:00:00Z") << true;
        QTest::newRow("xmas last second")
            << "xmas: 2026-12-24..2026-12-26" << u << utc("2026-12-26T23:59:59Z") << true;
        QTest::newRow("xmas day after")
            << "xmas: 2026-12-24..2026-12-26" << u << utc("2026-12-27T00:00:00Z") << false;
        QTest::newRow("xmas day before")
            << "xmas: 2026-12-24..2026-12-26" << u << utc("2026-12-23T23:59:59Z") << false;
        // The same instant is the 24th in Berlin (00:30) but the 23rd in UTC (23:30).
        QTest::newRow("date in the task's zone")
            << "2026-12-24" << b << utc("2026-12-23T23:30:00Z") << true;
        QTest::newRow("date in UTC") << "2026-12-24" << u << utc("2026-12-23T23:30:00Z") << false;
        // Daily time ranges; end excluded.
        QTest::newRow("office hours") << "09:00-17:00" << u << utc("2026-06-01T09:00:00Z") << true;
        QTest::newRow("office end") << "09:00-17:00" << u << utc("2026-06-01T17:00:00Z") << false;
        // Crossing midnight: both sides, and the hole in the middle of the day.
        QTest::newRow("night evening") << "22:00-06:00" << u << utc("2026-06-01T23:15:00Z") << true;
        QTest::newRow("night early") << "22:00-06:00" << u << utc("2026-06-02T05:59:59Z") << true;
        QTest::newRow("night end") << "22:00-06:00" << u << utc("2026-06-02T06:00:00Z") << false;
        QTest::newRow("night noon") << "22:00-06:00" << u << utc("2026-06-02T12:00:00Z") << false;
        // The early hours belong to the day the window began: Friday night runs into Saturday,
        // but Friday's own early hours are Thursday night's, which this window does not hold.
        // 2026-06-05 is a Friday.
        QTest::newRow("fri night into sat")
            << "fri 22:00-06:00" << u << utc("2026-06-06T03:00:00Z") << true;
        QTest::newRow("fri early hours")
            << "fri 22:00-06:00" << u << utc("2026-06-05T03:00:00Z") << false;
        QTest::newRow("xmas eve night")
            << "2026-12-24 22:00-06:00" << u << utc("2026-12-25T05:00:00Z") << true;
        QTest::newRow("night before xmas eve")
            << "2026-12-24 22:00-06:00" << u << utc("2026-12-24T05:00:00Z") << false;
        // Weekdays; a range may wrap over the weekend. 2026-06-06 Saturday, 06-08 Monday,
        // 06-10 Wednesday.
        QTest::newRow("weekend sat") << "sat,sun" << u << utc("2026-06-06T12:00:00Z") << true;
        QTest::newRow("weekend mon") << "sat,sun" << u << utc("2026-06-08T12:00:00Z") << false;
        QTest::newRow("fri-mon wraps mon") << "fri-mon" << u << utc("2026-06-08T12:00:00Z") << true;
        QTest::newRow("fri-mon wraps wed")
            << "fri-mon" << u << utc("2026-06-10T12:00:00Z") << false;
        QTest::newRow("until midnight")
            << "18:00-24:00" << u << utc("2026-06-10T23:59:59Z") << true;
        // The task's zone: 23:00 in New York is 03:00 or 04:00 UTC the next day.
        QTest::newRow("ny night in ny")
            << "22:00-06:00" << ny << utc("2026-06-02T03:00:00Z") << true; // 23:00 EDT
        QTest::newRow("ny midday in ny")
            << "22:00-06:00" << ny << utc("2026-06-02T16:00:00Z") << false; // 12:00 EDT
        // DST, spring forward in Berlin (29 March 2026, 02:00 CET -> 03:00 CEST): the window
        // 01:00-04:00 keeps its wall times, so it is two real hours long that night.
        QTest::newRow("spring 01:30 CET")
            << "01:00-04:00" << b << utc("2026-03-29T00:30:00Z") << true;
        QTest::newRow("spring 03:30 CEST")
            << "01:00-04:00" << b << utc("2026-03-29T01:30:00Z") << true;
        QTest::newRow("spring 04:00 CEST")
            << "01:00-04:00" << b << utc("2026-03-29T02:00:00Z") << false;
        // Fall back (25 October 2026, 03:00 CEST -> 02:00 CET): both passes of 02:30 are in.
        QTest::newRow("fall 02:30 CEST")
            << "02:00-03:00" << b << utc("2026-10-25T00:30:00Z") << true;
        QTest::newRow("fall 02:30 CET")
            << "02:00-03:00" << b << utc("2026-10-25T01:30:00Z") << true;
        QTest::newRow("fall 03:00 CET")
            << "02:00-03:00" << b << utc("2026-10-25T02:00:00Z") << false;
        // A window across the spring-forward night in New York (8 March 2026).
        QTest::newRow("ny spring night")
            << "sat 22:00-06:00" << ny << utc("2026-03-08T09:30:00Z") << true; // 05:30 EDT
        QTest::newRow("ny spring morning")
            << "sat 22:00-06:00" << ny << utc("2026-03-08T10:00:00Z") << false; // 06:00
    }
    void holds() {
        QFETCH(QString, spec);
        QFETCH(QString, zone);
        QFETCH(QDateTime, at);
        QFETCH(bool, inside);
        const BlackoutWindow w = window(spec.toUtf8().constData());
        QCOMPARE(w.contains(at, QTimeZone(zone.toUtf8())), inside);
    }

    void labels() {
        QCOMPARE(window("xmas: 2026-12-24..2026-12-26").label(), QStringLiteral("xmas"));
        QCOMPARE(window("  22:00-06:00   mon-fri ").label(), QStringLiteral("22:00-06:00 mon-fri"));
        const QStringList specs{QStringLiteral("sat,sun"), QStringLiteral("night: 22:00-06:00")};
        QCOMPARE(BlackoutWindow::windowHolding(specs, utc("2026-06-02T23:00:00Z"), utcZone),
                 QStringLiteral("night"));
        QCOMPARE(BlackoutWindow::windowHolding(specs, utc("2026-06-02T12:00:00Z"), utcZone),
                 QString());
    }

    void errors_data() {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("error");
        QTest::newRow("empty") << ""
                               << "blackout window '' is empty: use a date 2026-12-24, a "
                                  "date range 2026-12-24..2026-12-26, a time range "
                                  "22:00-06:00 or weekdays such as mon-fri";
        QTest::newRow("name only") << "xmas:"
                                   << "blackout window 'xmas:' is empty: use a date "
                                      "2026-12-24, a date range "
                                      "2026-12-24..2026-12-26, a time range "
                                      "22:00-06:00 or weekdays such as mon-fri";
        QTest::newRow("hour 25") << "22:00-25:00"
                                 << "blackout window '22:00-25:00': '22:00-25:00' is not a time "
                                    "range HH:MM-HH:MM";
        QTest::newRow("no end") << "22:00"
                                << "blackout window '22:00': '22:00' is not a time "
                                   "range HH:MM-HH:MM";
        QTest::newRow("equal ends") << "06:00-06:00"
                                    << "blackout window '06:00-06:00': time range '06:00-06:00' "
                                       "is empty (leave the time out for whole days)";
        QTest::newRow("24:00 start") << "24:00-06:00"
                                     << "blackout window '24:00-06:00': "
                                        "'24:00-06:00' is not a time range "
                                        "HH:MM-HH:MM";
        QTest::newRow("no such day") << "2026-02-30"
                                     << "blackout window '2026-02-30': "
                                        "'2026-02-30' is not a date (YYYY-MM-DD)";
        QTest::newRow("backwards") << "2026-12-26..2026-12-24"
                                   << "blackout window '2026-12-26..2026-12-24': date range "
                                      "'2026-12-26..2026-12-24' is backwards";
        QTest::newRow("two times") << "01:00-02:00 03:00-04:00"
                                   << "blackout window '01:00-02:00 03:00-04:00': more than one "
                                      "time range";
        QTest::newRow("unknown") << "xmas: someday"
                                 << "blackout window 'xmas: someday': unknown part 'someday' (use "
                                    "a date 2026-12-24, a date range 2026-12-24..2026-12-26, a "
                                    "time range 22:00-06:00 or weekdays such as mon-fri)";
    }
    void errors() {
        QFETCH(QString, spec);
        QFETCH(QString, error);
        const BlackoutWindow::ParseResult r = BlackoutWindow::parse(spec);
        QVERIFY(!r);
        QCOMPARE(r.error, error);
        QCOMPARE(BlackoutWindow::checkAll({QStringLiteral("sat"), spec}), error);
    }
};

QTEST_GUILESS_MAIN(TestBlackoutWindow)
#include "TestBlackoutWindow.moc"
