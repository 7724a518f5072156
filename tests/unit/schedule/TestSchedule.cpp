#include "schedule/Schedule.h"
#include "schedule/ScheduleParser.h"
#include "schedule/ZoneTransitionTable.h"

#include <QTest>
#include <QTimeZone>

#include <limits>

using namespace fleetcron;

// Every expected time below was worked out by hand from a calendar and the zone's published
// DST dates (Europe/Berlin: 2026-03-29 02:00 CET -> 03:00 CEST, 2026-10-25 03:00 CEST -> 02:00
// CET; America/New_York: 2026-03-08 02:00 EST -> 03:00 EDT, 2026-11-01 02:00 EDT -> 01:00 EST),
// never by running the code under test. Times are written in the zone's own offset so they can
// be read against a wall clock; QDateTime compares them as instants.
namespace {

QDateTime at(const QString &iso) {
    const QDateTime t = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!t.isValid())
        qFatal("bad timestamp in test table: %s", qPrintable(iso));
    return t;
}

QString utc(const QDateTime &t) {
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QStringList utcList(const QStringList &isoTimes) {
    QStringList out;
    for (const QString &iso : isoTimes)
        out << utc(at(iso));
    return out;
}

} // namespace

class TestSchedule : public QObject {
    Q_OBJECT
private slots:
    void fireTimes_data();
    void fireTimes();
    void dstTransitions_data();
    void dstTransitions();
    void dstShiftIsReported_data();
    void dstShiftIsReported();
    void hourWildcardFollowsTheHourField();
    void errors_data();
    void errors();
    void acceptedForms_data();
    void acceptedForms();
    void macrosEqualTheirExpansion();
    void specRoundTrips();
    void invalidInputsNeverFire();
    void resultIsUtcAndStrictlyAfter();
    void farFutureTerminates();
    void zoneTableFollowsTheRuleAfter2037();
    void intervalsAtTheEndsOfTime();
    void agreesWithMinuteWalk_data();
    void agreesWithMinuteWalk();
};

void TestSchedule::fireTimes_data() {
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QString>("after");
    QTest::addColumn<QString>("anchor");
    QTest::addColumn<QStringList>("expected");

    const QString none;
    auto row = [](const char *name, const char *spec, const char *zone, const char *after,
                  const QString &anchor, const QStringList &expected) {
        QTest::newRow(name) << QString::fromUtf8(spec) << QString::fromUtf8(zone)
                            << QString::fromUtf8(after) << anchor << expected;
    };
    using L = QStringList;
    auto s = [](const char *text) { return QString::fromUtf8(text); };

    // --- plain cron, UTC ------------------------------------------------------------------
    row("every 10 minutes", "*/10 * * * *", "UTC", "2026-01-01T00:00:00Z", none,
        L{s("2026-01-01T00:10:00Z"), s("2026-01-01T00:20:00Z"), s("2026-01-01T00:30:00Z")});
    row("every minute from mid-minute", "* * * * *", "UTC", "2026-01-01T00:00:30Z", none,
        L{s("2026-01-01T00:01:00Z"), s("2026-01-01T00:02:00Z")});
    row("top of the hour", "0 * * * *", "UTC", "2026-01-01T00:00:00Z", none,
        L{s("2026-01-01T01:00:00Z"), s("2026-01-01T02:00:00Z")});
    row("daily 09:30 already past", "30 9 * * *", "UTC", "2026-01-01T10:00:00Z", none,
        L{s("2026-01-02T09:30:00Z"), s("2026-01-03T09:30:00Z")});
    row("lists and ranges", "15,45 8-10 * * *", "UTC", "2026-01-01T08:20:00Z", none,
        L{s("2026-01-01T08:45:00Z"), s("2026-01-01T09:15:00Z"), s("2026-01-01T09:45:00Z"),
          s("2026-01-01T10:15:00Z"), s("2026-01-01T10:45:00Z"), s("2026-01-02T08:15:00Z")});
    row("range with step", "1-30/10 * * * *", "UTC", "2026-01-01T00:00:00Z", none,
        L{s("2026-01-01T00:01:00Z"), s("2026-01-01T00:11:00Z"), s("2026-01-01T00:21:00Z"),
          s("2026-01-01T01:01:00Z")});
    row("start with step", "5/15 * * * *", "UTC", "2026-01-01T00:00:00Z", none,
        L{s("2026-01-01T00:05:00Z"), s("2026-01-01T00:20:00Z"), s("2026-01-01T00:35:00Z"),
          s("2026-01-01T00:50:00Z"), s("2026-01-01T01:05:00Z")});
    row("hour step", "0 */6 * * *", "UTC", "2026-01-01T07:00:00Z", none,
        L{s("2026-01-01T12:00:00Z"), s("2026-01-01T18:00:00Z"), s("2026-01-02T00:00:00Z")});
    row("new year", "0 0 1 1 *", "UTC", "2026-06-15T00:00:00Z", none,
        L{s("2027-01-01T00:00:00Z"), s("2028-01-01T00:00:00Z")});
    // 2026-01-01 is a Thursday.
    row("weekdays by number", "0 12 * * 1-5", "UTC", "2026-01-01T13:00:00Z", none,
        L{s("2026-01-02T12:00:00Z"), s("2026-01-05T12:00:00Z"), s("2026-01-06T12:00:00Z")});
    row("weekdays by name, mixed case", "0 12 * * MON-fri", "UTC", "2026-01-01T13:00:00Z", none,
        L{s("2026-01-02T12:00:00Z"), s("2026-01-05T12:00:00Z"), s("2026-01-06T12:00:00Z")});
    row("month names", "0 9 * JAN,jul *", "UTC", "2026-01-30T10:00:00Z", none,
        L{s("2026-01-31T09:00:00Z"), s("2026-07-01T09:00:00Z"), s("2026-07-02T09:00:00Z")});
    row("full month name", "0 0 1 March *", "UTC", "2026-01-01T00:00:00Z", none,
        L{s("2026-03-01T00:00:00Z"), s("2027-03-01T00:00:00Z")});
    row("month range by name", "0 0 1 nov-dec *", "UTC", "2026-01-01T00:00:00Z", none,
        L{s("2026-11-01T00:00:00Z"), s("2026-12-01T00:00:00Z"), s("2027-11-01T00:00:00Z")});
    row("sunday as 7", "0 0 * * 7", "UTC", "2026-01-01T00:00:00Z", none,
        L{s("2026-01-04T00:00:00Z"), s("2026-01-11T00:00:00Z")});
    row("sunday as 0", "0 0 * * 0", "UTC", "2026-01-01T00:00:00Z", none,
        L{s("2026-01-04T00:00:00Z"), s("2026-01-11T00:00:00Z")});
    row("sunday by name", "0 0 * * Sun", "UTC", "2026-01-01T00:00:00Z", none,
        L{s("2026-01-04T00:00:00Z"), s("2026-01-11T00:00:00Z")});
    row("weekend range ending on sun", "0 0 * * fri-sun", "UTC", "2026-01-01T00:00:00Z", none,
        L{s("2026-01-02T00:00:00Z"), s("2026-01-03T00:00:00Z"), s("2026-01-04T00:00:00Z"),
          s("2026-01-09T00:00:00Z")});
    row("weekend range 5-7", "0 0 * * 5-7", "UTC", "2026-01-01T00:00:00Z", none,
        L{s("2026-01-02T00:00:00Z"), s("2026-01-03T00:00:00Z"), s("2026-01-04T00:00:00Z"),
          s("2026-01-09T00:00:00Z")});

    // --- day-of-month / day-of-week (Vixie) --------------------------------------------------
    // Both restricted: either matches. Feb 2026 starts on a Sunday.
    row("OR: first week or mondays", "0 0 1-7 * mon", "UTC", "2026-01-31T00:00:00Z", none,
        L{s("2026-02-01T00:00:00Z"), s("2026-02-02T00:00:00Z"), s("2026-02-03T00:00:00Z"),
          s("2026-02-04T00:00:00Z"), s("2026-02-05T00:00:00Z"), s("2026-02-06T00:00:00Z"),
          s("2026-02-07T00:00:00Z"), s("2026-02-09T00:00:00Z"), s("2026-02-16T00:00:00Z")});
    row("OR: 13th or fridays", "0 0 13 * fri", "UTC", "2026-02-01T00:00:00Z", none,
        L{s("2026-02-06T00:00:00Z"), s("2026-02-13T00:00:00Z"), s("2026-02-20T00:00:00Z"),
          s("2026-02-27T00:00:00Z"), s("2026-03-06T00:00:00Z"), s("2026-03-13T00:00:00Z")});
    row("OR: 15th or sundays", "0 8 15 * 0", "UTC", "2026-03-01T09:00:00Z", none,
        L{s("2026-03-08T08:00:00Z"), s("2026-03-15T08:00:00Z"), s("2026-03-22T08:00:00Z")});
    // '*'-led day-of-month: both must match (odd days that are Mondays).
    row("AND: star-step day and monday", "0 0 */2 * mon", "UTC", "2026-01-01T00:00:00Z", none,
        L{s("2026-01-05T00:00:00Z"), s("2026-01-19T00:00:00Z"), s("2026-02-09T00:00:00Z"),
          s("2026-02-23T00:00:00Z")});
    // '*'-led day-of-week: first of the month falling on Sun, Tue, Thu or Sat.
    row("AND: first and star-step weekday", "0 0 1 * */2", "UTC", "2025-12-31T12:00:00Z", none,
        L{s("2026-01-01T00:00:00Z"), s("2026-02-01T00:00:00Z"), s("2026-03-01T00:00:00Z"),
          s("2026-08-01T00:00:00Z")});
    row("OR keeps impossible date alive", "0 0 30 2 mon", "UTC", "2026-01-01T00:00:00Z", none,
        L{s("2026-02-02T00:00:00Z"), s("2026-02-09T00:00:00Z"), s("2026-02-16T00:00:00Z"),
          s("2026-02-23T00:00:00Z"), s("2027-02-01T00:00:00Z")});

    // --- short months and leap days --------------------------------------------------------
    row("31st skips short months", "0 0 31 * *", "UTC", "2026-01-31T00:00:00Z", none,
        L{s("2026-03-31T00:00:00Z"), s("2026-05-31T00:00:00Z"), s("2026-07-31T00:00:00Z"),
          s("2026-08-31T00:00:00Z"), s("2026-10-31T00:00:00Z"), s("2026-12-31T00:00:00Z")});
    row("30th skips february", "0 0 30 * *", "UTC", "2026-01-30T00:00:00Z", none,
        L{s("2026-03-30T00:00:00Z"), s("2026-04-30T00:00:00Z")});
    row("feb 29", "0 0 29 2 *", "UTC", "2026-01-01T00:00:00Z", none,
        L{s("2028-02-29T00:00:00Z"), s("2032-02-29T00:00:00Z")});
    row("feb 29 over 2100", "0 0 29 2 *", "UTC", "2096-03-01T00:00:00Z", none,
        L{s("2104-02-29T00:00:00Z")});
    row("feb 29 six fields", "0 0 0 29 2 *", "UTC", "2026-01-01T00:00:00Z", none,
        L{s("2028-02-29T00:00:00Z")});
    row("last days of feb", "0 12 28,29 feb *", "UTC", "2027-06-01T00:00:00Z", none,
        L{s("2028-02-28T12:00:00Z"), s("2028-02-29T12:00:00Z"), s("2029-02-28T12:00:00Z")});

    // --- six fields (seconds first) ----------------------------------------------------------
    row("every 15 seconds", "*/15 * * * * *", "UTC", "2026-01-01T00:00:00Z", none,
        L{s("2026-01-01T00:00:15Z"), s("2026-01-01T00:00:30Z"), s("2026-01-01T00:00:45Z"),
          s("2026-01-01T00:01:00Z")});
    row("second 30 of noon", "30 0 12 * * *", "UTC", "2026-01-01T00:00:00Z", none,
        L{s("2026-01-01T12:00:30Z"), s("2026-01-02T12:00:30Z")});
    row("every second from a fraction", "* * * * * *", "UTC", "2026-01-01T00:00:00.500Z", none,
        L{s("2026-01-01T00:00:01Z"), s("2026-01-01T00:00:02Z")});
    row("seconds list rolls the minute", "10,50 59 23 31 12 *", "UTC", "2026-12-31T23:59:20Z", none,
        L{s("2026-12-31T23:59:50Z"), s("2027-12-31T23:59:10Z")});

    // --- macros --------------------------------------------------------------------------------
    row("@yearly", "@yearly", "UTC", "2026-03-01T00:00:00Z", none,
        L{s("2027-01-01T00:00:00Z"), s("2028-01-01T00:00:00Z")});
    row("@annually", "@annually", "UTC", "2026-03-01T00:00:00Z", none,
        L{s("2027-01-01T00:00:00Z"), s("2028-01-01T00:00:00Z")});
    row("@monthly", "@monthly", "UTC", "2026-01-15T00:00:00Z", none,
        L{s("2026-02-01T00:00:00Z"), s("2026-03-01T00:00:00Z")});
    row("@weekly", "@weekly", "UTC", "2026-01-01T00:00:00Z", none,
        L{s("2026-01-04T00:00:00Z"), s("2026-01-11T00:00:00Z")});
    row("@daily", "@daily", "UTC", "2026-01-01T12:00:00Z", none,
        L{s("2026-01-02T00:00:00Z"), s("2026-01-03T00:00:00Z")});
    row("@midnight", "@midnight", "UTC", "2026-01-01T12:00:00Z", none,
        L{s("2026-01-02T00:00:00Z"), s("2026-01-03T00:00:00Z")});
    row("@hourly", "@hourly", "UTC", "2026-01-01T00:30:00Z", none,
        L{s("2026-01-01T01:00:00Z"), s("2026-01-01T02:00:00Z")});
    row("@DAILY upper case", "@DAILY", "UTC", "2026-01-01T12:00:00Z", none,
        L{s("2026-01-02T00:00:00Z")});
    row("@daily in Berlin", "@daily", "Europe/Berlin", "2026-03-28T00:00:00Z", none,
        L{s("2026-03-29T00:00:00+01:00"), s("2026-03-30T00:00:00+02:00")});

    // --- Europe/Berlin, spring forward 2026-03-29 02:00 -> 03:00 -----------------------------
    row("Berlin 02:30 in the gap", "30 2 * * *", "Europe/Berlin", "2026-03-28T00:00:00Z", none,
        L{s("2026-03-28T02:30:00+01:00"), s("2026-03-29T03:00:00+02:00"),
          s("2026-03-30T02:30:00+02:00"), s("2026-03-31T02:30:00+02:00")});
    row("Berlin 02:00 and 03:00 collapse", "0 2,3 * * *", "Europe/Berlin", "2026-03-28T12:00:00Z",
        none,
        L{s("2026-03-29T03:00:00+02:00"), s("2026-03-30T02:00:00+02:00"),
          s("2026-03-30T03:00:00+02:00")});
    row("Berlin half-hourly over the gap", "*/30 * * * *", "Europe/Berlin",
        "2026-03-29T01:00:00+01:00", none,
        L{s("2026-03-29T01:30:00+01:00"), s("2026-03-29T03:00:00+02:00"),
          s("2026-03-29T03:30:00+02:00"), s("2026-03-29T04:00:00+02:00")});
    row("Berlin seconds in the gap", "0 */30 2 * * *", "Europe/Berlin", "2026-03-28T12:00:00Z",
        none,
        L{s("2026-03-29T03:00:00+02:00"), s("2026-03-30T02:00:00+02:00"),
          s("2026-03-30T02:30:00+02:00")});
    row("Berlin sunday 02:30 in the gap", "30 2 * * sun", "Europe/Berlin", "2026-03-22T12:00:00Z",
        none, L{s("2026-03-29T03:00:00+02:00"), s("2026-04-05T02:30:00+02:00")});
    row("Berlin after the gap", "30 2 * * *", "Europe/Berlin", "2026-03-29T03:00:00+02:00", none,
        L{s("2026-03-30T02:30:00+02:00")});

    // --- Europe/Berlin, fall back 2026-10-25 03:00 -> 02:00 ----------------------------------
    row("Berlin 02:30 repeated", "30 2 * * *", "Europe/Berlin", "2026-10-24T12:00:00Z", none,
        L{s("2026-10-25T02:30:00+02:00"), s("2026-10-26T02:30:00+01:00")});
    // A '*' hour runs on elapsed time: both passes of the repeated hour fire.
    row("Berlin half-hourly over the repeat", "*/30 * * * *", "Europe/Berlin",
        "2026-10-25T01:45:00+02:00", none,
        L{s("2026-10-25T02:00:00+02:00"), s("2026-10-25T02:30:00+02:00"),
          s("2026-10-25T02:00:00+01:00"), s("2026-10-25T02:30:00+01:00"),
          s("2026-10-25T03:00:00+01:00")});
    row("Berlin from inside the second pass", "*/30 * * * *", "Europe/Berlin",
        "2026-10-25T02:10:00+01:00", none,
        L{s("2026-10-25T02:30:00+01:00"), s("2026-10-25T03:00:00+01:00")});
    row("Berlin hourly over the repeat", "0 * * * *", "Europe/Berlin", "2026-10-25T01:30:00+02:00",
        none,
        L{s("2026-10-25T02:00:00+02:00"), s("2026-10-25T02:00:00+01:00"),
          s("2026-10-25T03:00:00+01:00"), s("2026-10-25T04:00:00+01:00")});
    row("Berlin fixed hours with a '*' minute", "*/30 2 * * *", "Europe/Berlin",
        "2026-10-25T01:45:00+02:00", none,
        L{s("2026-10-25T02:00:00+02:00"), s("2026-10-25T02:30:00+02:00"),
          s("2026-10-26T02:00:00+01:00")});
    row("Berlin 02:59 first pass only", "0 59 2 * * *", "Europe/Berlin",
        "2026-10-25T02:30:00+02:00", none,
        L{s("2026-10-25T02:59:00+02:00"), s("2026-10-26T02:59:00+01:00")});
    // A rare day with a '*' hour crosses many offset changes before its first match.
    row("'*' hour on 29 February in Berlin", "0 * 29 2 *", "Europe/Berlin", "2026-03-01T00:00:00Z",
        none, L{s("2028-02-29T00:00:00+01:00"), s("2028-02-29T01:00:00+01:00")});
    row("Berlin daily 09:00 across the change", "0 9 * * *", "Europe/Berlin",
        "2026-10-24T12:00:00Z", none,
        L{s("2026-10-25T09:00:00+01:00"), s("2026-10-26T09:00:00+01:00")});

    // --- America/New_York, spring forward 2026-03-08 02:00 -> 03:00 --------------------------
    row("New York 02:30 in the gap", "30 2 * * *", "America/New_York", "2026-03-07T12:00:00Z", none,
        L{s("2026-03-08T03:00:00-04:00"), s("2026-03-09T02:30:00-04:00"),
          s("2026-03-10T02:30:00-04:00")});
    row("New York 02:00 in the gap", "0 2 * * *", "America/New_York", "2026-03-07T12:00:00Z", none,
        L{s("2026-03-08T03:00:00-04:00"), s("2026-03-09T02:00:00-04:00")});
    row("New York daily 09:00 across the change", "0 9 * * *", "America/New_York",
        "2026-03-07T00:00:00Z", none,
        L{s("2026-03-07T09:00:00-05:00"), s("2026-03-08T09:00:00-04:00")});
    row("New York march 8 02:00 yearly", "0 2 8 3 *", "America/New_York", "2026-01-01T00:00:00Z",
        none, L{s("2026-03-08T03:00:00-04:00"), s("2027-03-08T02:00:00-05:00")});

    // --- America/New_York, fall back 2026-11-01 02:00 -> 01:00 -------------------------------
    row("New York 01:30 repeated", "30 1 * * *", "America/New_York", "2026-10-31T12:00:00Z", none,
        L{s("2026-11-01T01:30:00-04:00"), s("2026-11-02T01:30:00-05:00")});
    row("New York every 20 minutes over the repeat", "*/20 * * * *", "America/New_York",
        "2026-11-01T00:50:00-04:00", none,
        L{s("2026-11-01T01:00:00-04:00"), s("2026-11-01T01:20:00-04:00"),
          s("2026-11-01T01:40:00-04:00"), s("2026-11-01T01:00:00-05:00"),
          s("2026-11-01T01:20:00-05:00"), s("2026-11-01T01:40:00-05:00"),
          s("2026-11-01T02:00:00-05:00")});

    // --- other zones -------------------------------------------------------------------------
    row("Kolkata half-hour offset", "0 9 * * *", "Asia/Kolkata", "2026-01-01T00:00:00Z", none,
        L{s("2026-01-01T09:00:00+05:30"), s("2026-01-02T09:00:00+05:30")});

    // --- after 2037: the tz files list changes only that far, their POSIX rule goes on ---------
    // Dates from the rules (EU: last Sunday of March/October at 01:00Z; US: second Sunday of
    // March, first of November, at 02:00 local; Chatham: first Sunday of April at 03:45 local).
    row("Berlin summer 2040", "0 12 * * *", "Europe/Berlin", "2040-06-30T12:00:00Z", none,
        L{s("2040-07-01T12:00:00+02:00"), s("2040-07-02T12:00:00+02:00")});
    row("New York gap 2040", "30 2 * * *", "America/New_York", "2040-03-10T12:00:00Z", none,
        L{s("2040-03-11T03:00:00-04:00"), s("2040-03-12T02:30:00-04:00")});
    row("New York repeat 2040, '*' hour", "*/30 * * * *", "America/New_York",
        "2040-11-04T00:45:00-04:00", none,
        L{s("2040-11-04T01:00:00-04:00"), s("2040-11-04T01:30:00-04:00"),
          s("2040-11-04T01:00:00-05:00"), s("2040-11-04T01:30:00-05:00"),
          s("2040-11-04T02:00:00-05:00")});
    row("Berlin repeat 2299", "30 2 * * *", "Europe/Berlin", "2299-10-28T12:00:00Z", none,
        L{s("2299-10-29T02:30:00+02:00"), s("2299-10-30T02:30:00+01:00")});
    row("Chatham autumn 2096", "0 12 * * *", "Pacific/Chatham", "2096-04-28T00:00:00Z", none,
        L{s("2096-04-29T12:00:00+12:45"), s("2096-04-30T12:00:00+12:45")});

    // --- intervals (anchored, wall time ignored) ---------------------------------------------
    row("@every 30s, no anchor", "@every 30s", "UTC", "2026-01-01T00:00:00Z", none,
        L{s("2026-01-01T00:00:30Z"), s("2026-01-01T00:01:00Z"), s("2026-01-01T00:01:30Z")});
    row("@every 1h30m anchored", "@every 1h30m", "UTC", "2026-01-01T02:00:00Z",
        s("2026-01-01T00:00:00Z"),
        L{s("2026-01-01T03:00:00Z"), s("2026-01-01T04:30:00Z"), s("2026-01-01T06:00:00Z")});
    row("@every 1h30m15s anchored", "@every 1h30m15s", "UTC", "2026-01-01T00:00:00Z",
        s("2026-01-01T00:00:00Z"), L{s("2026-01-01T01:30:15Z"), s("2026-01-01T03:00:30Z")});
    row("every 30 seconds anchored", "every 30 seconds", "UTC", "2026-01-01T00:01:00Z",
        s("2026-01-01T00:00:10Z"), L{s("2026-01-01T00:01:10Z"), s("2026-01-01T00:01:40Z")});
    row("every 5 minutes, after == anchor", "every 5 minutes", "UTC", "2026-01-01T00:02:00Z",
        s("2026-01-01T00:02:00Z"), L{s("2026-01-01T00:07:00Z"), s("2026-01-01T00:12:00Z")});
    row("every 2 hours ignores DST", "every 2 hours", "Europe/Berlin", "2026-03-29T00:00:00Z", none,
        L{s("2026-03-29T02:00:00Z"), s("2026-03-29T04:00:00Z")});
    row("every 1 minute", "every 1 minute", "UTC", "2026-01-01T00:00:00Z", none,
        L{s("2026-01-01T00:01:00Z"), s("2026-01-01T00:02:00Z")});
    row("every minute", "every minute", "UTC", "2026-01-01T00:00:00Z", none,
        L{s("2026-01-01T00:01:00Z")});
    row("EVERY 2 Hours", "EVERY 2 Hours", "UTC", "2026-01-01T00:00:00Z", none,
        L{s("2026-01-01T02:00:00Z")});
    row("bare seconds anchored", "90", "UTC", "2026-01-01T00:10:00Z", s("2026-01-01T00:00:00Z"),
        L{s("2026-01-01T00:10:30Z"), s("2026-01-01T00:12:00Z")});
    row("anchor in the future", "@every 45m", "UTC", "2026-01-01T10:00:00Z",
        s("2026-01-01T12:00:00Z"),
        L{s("2026-01-01T10:30:00Z"), s("2026-01-01T11:15:00Z"), s("2026-01-01T12:00:00Z")});
    row("anchor with milliseconds", "@every 1s", "UTC", "2026-01-01T00:00:00Z",
        s("2026-01-01T00:00:00.250Z"),
        L{s("2026-01-01T00:00:00.250Z"), s("2026-01-01T00:00:01.250Z")});
}

void TestSchedule::fireTimes() {
    QFETCH(QString, spec);
    QFETCH(QString, zone);
    QFETCH(QString, after);
    QFETCH(QString, anchor);
    QFETCH(QStringList, expected);

    const ScheduleParseResult parsed = Schedule::parse(spec);
    QVERIFY2(parsed.isValid(), qPrintable(parsed.error));
    const QTimeZone tz(zone.toUtf8());
    QVERIFY(tz.isValid());
    const QDateTime anchorTime = anchor.isEmpty() ? QDateTime() : at(anchor);

    QStringList actual;
    for (const QDateTime &t :
         parsed.schedule.nextFireTimes(at(after), tz, int(expected.size()), anchorTime))
        actual << utc(t);
    QCOMPARE(actual, utcList(expected));

    // One step at a time gives the same as the list; the first equals nextFireAfter.
    QCOMPARE(utc(parsed.schedule.nextFireAfter(at(after), tz, anchorTime)),
             utc(at(expected.first())));
}

// The cronie rule across each 2026 change in New York and Berlin, as UTC instants (the wall time
// beside each). A fixed-hour job fires once per wall time (at the gap's end, or the first pass of
// the repeat); a '*'-hour job keeps its elapsed rhythm: both passes of the repeat, nothing and no
// catch-up for the skipped wall times; an interval ignores the change.
void TestSchedule::dstTransitions_data() {
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QString>("after");
    QTest::addColumn<QString>("anchor");
    QTest::addColumn<QStringList>("expected");

    const QString none;
    auto row = [](const char *name, const char *spec, const char *zone, const char *after,
                  const QString &anchor, const QStringList &expected) {
        QTest::newRow(name) << QString::fromUtf8(spec) << QString::fromUtf8(zone)
                            << QString::fromUtf8(after) << anchor << expected;
    };
    using L = QStringList;
    auto z = [](const char *text) { return QString::fromUtf8(text); };
    const char *ny = "America/New_York";
    const char *berlin = "Europe/Berlin";

    // --- New York, 2026-03-08 02:00 EST (07:00Z) -> 03:00 EDT --------------------------------
    row("NY spring 30 2 * * *", "30 2 * * *", ny, "2026-03-07T12:00:00Z", none,
        L{z("2026-03-08T07:00:00Z"),   // 03:00 EDT, the gap's end
          z("2026-03-09T06:30:00Z"),   // 02:30 EDT
          z("2026-03-10T06:30:00Z")}); // 02:30 EDT
    row("NY spring */30", "*/30 * * * *", ny, "2026-03-08T05:45:00Z", none,
        L{z("2026-03-08T06:00:00Z"),   // 01:00 EST
          z("2026-03-08T06:30:00Z"),   // 01:30 EST
          z("2026-03-08T07:00:00Z"),   // 03:00 EDT
          z("2026-03-08T07:30:00Z"),   // 03:30 EDT
          z("2026-03-08T08:00:00Z")}); // 04:00 EDT
    row("NY spring 0 *", "0 * * * *", ny, "2026-03-08T05:45:00Z", none,
        L{z("2026-03-08T06:00:00Z"),   // 01:00 EST
          z("2026-03-08T07:00:00Z"),   // 03:00 EDT
          z("2026-03-08T08:00:00Z")}); // 04:00 EDT
    row("NY spring 45 * has no catch-up", "45 * * * *", ny, "2026-03-08T05:45:00Z", none,
        L{z("2026-03-08T06:45:00Z"),   // 01:45 EST
          z("2026-03-08T07:45:00Z"),   // 03:45 EDT; 02:45 does not exist
          z("2026-03-08T08:45:00Z")}); // 04:45 EDT
    row("NY spring 0 */20 (6 fields)", "0 */20 * * * *", ny, "2026-03-08T05:45:00Z", none,
        L{z("2026-03-08T06:00:00Z"),   // 01:00 EST
          z("2026-03-08T06:20:00Z"),   // 01:20 EST
          z("2026-03-08T06:40:00Z"),   // 01:40 EST
          z("2026-03-08T07:00:00Z"),   // 03:00 EDT
          z("2026-03-08T07:20:00Z")}); // 03:20 EDT
    row("NY spring @every 30m", "@every 30m", ny, "2026-03-08T05:45:00Z", z("2026-03-08T05:10:00Z"),
        L{z("2026-03-08T06:10:00Z"),   // 01:10 EST
          z("2026-03-08T06:40:00Z"),   // 01:40 EST
          z("2026-03-08T07:10:00Z"),   // 03:10 EDT
          z("2026-03-08T07:40:00Z")}); // 03:40 EDT

    // --- New York, 2026-11-01 02:00 EDT (06:00Z) -> 01:00 EST --------------------------------
    row("NY fall 30 1 * * *", "30 1 * * *", ny, "2026-10-31T12:00:00Z", none,
        L{z("2026-11-01T05:30:00Z"),   // 01:30 EDT; not again at 01:30 EST (06:30Z)
          z("2026-11-02T06:30:00Z"),   // 01:30 EST
          z("2026-11-03T06:30:00Z")}); // 01:30 EST
    row("NY fall 30 1 * * * from the second pass", "30 1 * * *", ny, "2026-11-01T06:10:00Z", none,
        L{z("2026-11-02T06:30:00Z")}); // 01:30 EST the next day
    row("NY fall */30", "*/30 * * * *", ny, "2026-11-01T04:45:00Z", none,
        L{z("2026-11-01T05:00:00Z"),   // 01:00 EDT
          z("2026-11-01T05:30:00Z"),   // 01:30 EDT
          z("2026-11-01T06:00:00Z"),   // 01:00 EST
          z("2026-11-01T06:30:00Z"),   // 01:30 EST
          z("2026-11-01T07:00:00Z")}); // 02:00 EST
    row("NY fall */30 from the first pass", "*/30 * * * *", ny, "2026-11-01T05:40:00Z", none,
        L{z("2026-11-01T06:00:00Z"),   // 01:00 EST, though 01:00 wall time is behind
          z("2026-11-01T06:30:00Z"),   // 01:30 EST
          z("2026-11-01T07:00:00Z")}); // 02:00 EST
    row("NY fall */30 from the second pass", "*/30 * * * *", ny, "2026-11-01T06:10:00Z", none,
        L{z("2026-11-01T06:30:00Z"),   // 01:30 EST
          z("2026-11-01T07:00:00Z")}); // 02:00 EST
    row("NY fall 0 *", "0 * * * *", ny, "2026-11-01T04:45:00Z", none,
        L{z("2026-11-01T05:00:00Z"),   // 01:00 EDT
          z("2026-11-01T06:00:00Z"),   // 01:00 EST
          z("2026-11-01T07:00:00Z")}); // 02:00 EST
    row("NY fall 0 */20 (6 fields)", "0 */20 * * * *", ny, "2026-11-01T04:45:00Z", none,
        L{z("2026-11-01T05:00:00Z"),   // 01:00 EDT
          z("2026-11-01T05:20:00Z"),   // 01:20 EDT
          z("2026-11-01T05:40:00Z"),   // 01:40 EDT
          z("2026-11-01T06:00:00Z"),   // 01:00 EST
          z("2026-11-01T06:20:00Z"),   // 01:20 EST
          z("2026-11-01T06:40:00Z"),   // 01:40 EST
          z("2026-11-01T07:00:00Z")}); // 02:00 EST
    row("NY fall @every 30m", "@every 30m", ny, "2026-11-01T04:45:00Z", z("2026-11-01T04:10:00Z"),
        L{z("2026-11-01T05:10:00Z"),   // 01:10 EDT
          z("2026-11-01T05:40:00Z"),   // 01:40 EDT
          z("2026-11-01T06:10:00Z"),   // 01:10 EST
          z("2026-11-01T06:40:00Z")}); // 01:40 EST

    // --- Berlin, 2026-03-29 02:00 CET (01:00Z) -> 03:00 CEST ---------------------------------
    row("Berlin spring 30 2 * * *", "30 2 * * *", berlin, "2026-03-28T12:00:00Z", none,
        L{z("2026-03-29T01:00:00Z"),   // 03:00 CEST, the gap's end
          z("2026-03-30T00:30:00Z"),   // 02:30 CEST
          z("2026-03-31T00:30:00Z")}); // 02:30 CEST
    row("Berlin spring */30", "*/30 * * * *", berlin, "2026-03-28T23:45:00Z", none,
        L{z("2026-03-29T00:00:00Z"),   // 01:00 CET
          z("2026-03-29T00:30:00Z"),   // 01:30 CET
          z("2026-03-29T01:00:00Z"),   // 03:00 CEST
          z("2026-03-29T01:30:00Z")}); // 03:30 CEST
    row("Berlin spring 0 *", "0 * * * *", berlin, "2026-03-28T23:45:00Z", none,
        L{z("2026-03-29T00:00:00Z"),   // 01:00 CET
          z("2026-03-29T01:00:00Z"),   // 03:00 CEST
          z("2026-03-29T02:00:00Z")}); // 04:00 CEST
    row("Berlin spring 45 * has no catch-up", "45 * * * *", berlin, "2026-03-28T23:45:00Z", none,
        L{z("2026-03-29T00:45:00Z"),   // 01:45 CET
          z("2026-03-29T01:45:00Z")}); // 03:45 CEST; 02:45 does not exist
    row("Berlin spring 0 */20 (6 fields)", "0 */20 * * * *", berlin, "2026-03-28T23:45:00Z", none,
        L{z("2026-03-29T00:00:00Z"),   // 01:00 CET
          z("2026-03-29T00:20:00Z"),   // 01:20 CET
          z("2026-03-29T00:40:00Z"),   // 01:40 CET
          z("2026-03-29T01:00:00Z"),   // 03:00 CEST
          z("2026-03-29T01:20:00Z")}); // 03:20 CEST
    row("Berlin spring @every 30m", "@every 30m", berlin, "2026-03-28T23:45:00Z",
        z("2026-03-28T23:10:00Z"),
        L{z("2026-03-29T00:10:00Z"),   // 01:10 CET
          z("2026-03-29T00:40:00Z"),   // 01:40 CET
          z("2026-03-29T01:10:00Z"),   // 03:10 CEST
          z("2026-03-29T01:40:00Z")}); // 03:40 CEST

    // --- Berlin, 2026-10-25 03:00 CEST (01:00Z) -> 02:00 CET ---------------------------------
    row("Berlin fall 30 2 * * *", "30 2 * * *", berlin, "2026-10-24T12:00:00Z", none,
        L{z("2026-10-25T00:30:00Z"),   // 02:30 CEST; not again at 02:30 CET (01:30Z)
          z("2026-10-26T01:30:00Z"),   // 02:30 CET
          z("2026-10-27T01:30:00Z")}); // 02:30 CET
    row("Berlin fall */30", "*/30 * * * *", berlin, "2026-10-24T23:45:00Z", none,
        L{z("2026-10-25T00:00:00Z"),   // 02:00 CEST
          z("2026-10-25T00:30:00Z"),   // 02:30 CEST
          z("2026-10-25T01:00:00Z"),   // 02:00 CET
          z("2026-10-25T01:30:00Z"),   // 02:30 CET
          z("2026-10-25T02:00:00Z")}); // 03:00 CET
    row("Berlin fall 0 *", "0 * * * *", berlin, "2026-10-24T23:45:00Z", none,
        L{z("2026-10-25T00:00:00Z"),   // 02:00 CEST
          z("2026-10-25T01:00:00Z"),   // 02:00 CET
          z("2026-10-25T02:00:00Z")}); // 03:00 CET
    row("Berlin fall 0 */20 (6 fields)", "0 */20 * * * *", berlin, "2026-10-24T23:45:00Z", none,
        L{z("2026-10-25T00:00:00Z"),   // 02:00 CEST
          z("2026-10-25T00:20:00Z"),   // 02:20 CEST
          z("2026-10-25T00:40:00Z"),   // 02:40 CEST
          z("2026-10-25T01:00:00Z"),   // 02:00 CET
          z("2026-10-25T01:20:00Z"),   // 02:20 CET
          z("2026-10-25T01:40:00Z"),   // 02:40 CET
          z("2026-10-25T02:00:00Z")}); // 03:00 CET
    row("Berlin fall @every 30m", "@every 30m", berlin, "2026-10-24T23:45:00Z",
        z("2026-10-24T23:10:00Z"),
        L{z("2026-10-25T00:10:00Z"),   // 02:10 CEST
          z("2026-10-25T00:40:00Z"),   // 02:40 CEST
          z("2026-10-25T01:10:00Z"),   // 02:10 CET
          z("2026-10-25T01:40:00Z")}); // 02:40 CET
}

void TestSchedule::dstTransitions() {
    QFETCH(QString, spec);
    QFETCH(QString, zone);
    QFETCH(QString, after);
    QFETCH(QString, anchor);
    QFETCH(QStringList, expected);

    const ScheduleParseResult parsed = Schedule::parse(spec);
    QVERIFY2(parsed.isValid(), qPrintable(parsed.error));
    const QTimeZone tz(zone.toUtf8());
    QVERIFY(tz.isValid());
    const QDateTime anchorTime = anchor.isEmpty() ? QDateTime() : at(anchor);

    QStringList actual;
    for (const QDateTime &t :
         parsed.schedule.nextFireTimes(at(after), tz, int(expected.size()), anchorTime))
        actual << utc(t);
    QCOMPARE(actual, utcList(expected));

    // The scheduler asks one fire at a time, from the last one: it must walk the same path.
    QDateTime from = at(after);
    for (const QString &want : expected) {
        from =
            parsed.schedule.nextFireAfter(from, tz, anchorTime.isValid() ? anchorTime : at(after));
        QCOMPARE(utc(from), utc(at(want)));
    }
}

void TestSchedule::dstShiftIsReported_data() {
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QString>("after");
    QTest::addColumn<int>("shift");

    QTest::newRow("Berlin gap") << QStringLiteral("30 2 * * *") << QStringLiteral("Europe/Berlin")
                                << QStringLiteral("2026-03-28T12:00:00Z")
                                << int(DstShift::AfterGap);
    QTest::newRow("Berlin repeat")
        << QStringLiteral("30 2 * * *") << QStringLiteral("Europe/Berlin")
        << QStringLiteral("2026-10-24T12:00:00Z") << int(DstShift::RepeatedHour);
    QTest::newRow("New York gap") << QStringLiteral("0 2 * * *")
                                  << QStringLiteral("America/New_York")
                                  << QStringLiteral("2026-03-07T12:00:00Z")
                                  << int(DstShift::AfterGap);
    QTest::newRow("ordinary day") << QStringLiteral("30 2 * * *") << QStringLiteral("Europe/Berlin")
                                  << QStringLiteral("2026-05-01T12:00:00Z") << int(DstShift::None);
    QTest::newRow("03:00 right after the gap")
        << QStringLiteral("0 3 * * *") << QStringLiteral("Europe/Berlin")
        << QStringLiteral("2026-03-28T12:00:00Z") << int(DstShift::None);
    QTest::newRow("interval") << QStringLiteral("@every 1h") << QStringLiteral("Europe/Berlin")
                              << QStringLiteral("2026-03-29T00:30:00Z") << int(DstShift::None);
}

void TestSchedule::dstShiftIsReported() {
    QFETCH(QString, spec);
    QFETCH(QString, zone);
    QFETCH(QString, after);
    QFETCH(int, shift);
    const auto parsed = Schedule::parse(spec);
    QVERIFY2(parsed.isValid(), qPrintable(parsed.error));
    const auto fires = parsed.schedule.nextFires(at(after), QTimeZone(zone.toUtf8()), 1);
    QCOMPARE(fires.size(), 1);
    QCOMPARE(int(fires.first().shift), shift);
}

void TestSchedule::hourWildcardFollowsTheHourField() {
    // cronie's HR_STAR: the hour field as written starts with '*'. Anything else pins the job to
    // hours, even when it lists all 24.
    const std::pair<const char *, bool> cases[] = {
        {"*/30 * * * *", true},  {"0 * * * *", true},      {"0 */2 * * *", true},
        {"*/5 * * * * *", true}, {"0 */20 * * * *", true}, {"@hourly", true},
        {"30 1 * * *", false},   {"*/15 2 * * *", false},  {"0 1,2 * * *", false},
        {"0 1-3 * * *", false},  {"0 0-23 * * *", false},  {"0 1-23/2 * * *", false},
        {"0 30 2 * * *", false}, {"@daily", false},        {"@weekly", false},
    };
    for (const auto &[text, wildcard] : cases) {
        const auto parsed = Schedule::parse(QString::fromUtf8(text));
        QVERIFY2(parsed.isValid(), text);
        QVERIFY2(parsed.schedule.cronFields().hourIsWildcard == wildcard, text);
    }
    // The flag changes the firing rule, so it takes part in equality.
    QVERIFY(!(Schedule::parse(QStringLiteral("0 * * * *")).schedule ==
              Schedule::parse(QStringLiteral("0 0-23 * * *")).schedule));
}

void TestSchedule::errors_data() {
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("error");
    auto row = [](const char *spec, const char *error) {
        QTest::newRow(spec) << QString::fromUtf8(spec) << QString::fromUtf8(error);
    };
    row("", "the schedule is empty");
    row("   ", "the schedule is empty");
    row("* * * *", "expected 5 or 6 fields, got 4; cron needs 5 fields (minute hour day-of-month "
                   "month day-of-week), or 6 with seconds first");
    row("* * * * * * *", "expected 5 or 6 fields, got 7; cron needs 5 fields (minute hour "
                         "day-of-month month day-of-week), or 6 with seconds first");
    row("hello", "expected 5 or 6 fields, got 1");
    row("0 0 32 * *", "day-of-month: 32 is out of range 1–31");
    row("0 0 0 * *", "day-of-month: 0 is out of range 1–31");
    row("60 * * * *", "minute: 60 is out of range 0–59");
    row("0 24 * * *", "hour: 24 is out of range 0–23");
    row("0 0 * 13 *", "month: 13 is out of range 1–12");
    row("0 0 * * 8", "day-of-week: 8 is out of range 0–7");
    row("61 * * * * *", "second: 61 is out of range 0–59");
    row("99999999999 * * * *", "minute: 99999999999 is out of range 0–59");
    row("0 0 1 foo *", "month: unknown name 'foo'");
    row("0 0 * * Funday", "day-of-week: unknown name 'Funday'");
    row("x * * * *", "minute: 'x' is not a number");
    row("0 mon * * *", "hour: 'mon' is not a number");
    row("*/0 * * * *", "minute: step must be at least 1");
    row("0 0 */0 * *", "day-of-month: step must be at least 1");
    row("*/x * * * *", "minute: step 'x' is not a number");
    row("1/ * * * *", "minute: '1/' has no step after '/'");
    row("1/2/3 * * * *", "minute: '1/2/3' is not a valid value, range or step");
    row("1- * * * *", "minute: '1-' is not a valid value, range or step");
    row("-1 * * * * *", "second: '-1' is not a valid value, range or step");
    row("1-2-3 * * * *", "minute: '1-2-3' is not a valid value, range or step");
    row("1,,2 * * * *", "minute: a list has an empty item");
    row("5-2 * * * *", "minute: range 5-2 is backwards (start must not exceed end)");
    row("0 0 * * sat-mon", "day-of-week: range sat-mon is backwards (start must not exceed end)");
    row("0 0 30 2 *", "never fires: day-of-month 30 never occurs in February");
    row("0 0 30,31 feb *", "never fires: day-of-month 30,31 never occurs in February");
    row("0 0 31 4,6,9,11 *",
        "never fires: day-of-month 31 never occurs in April, June, September or November");
    row("0 0 0 31 apr-jun/2 *", "never fires: day-of-month 31 never occurs in April or June");
    row("every 2 weeks", "unknown unit 'weeks' (use seconds, minutes or hours)");
    row("every 3 days", "unknown unit 'days' (use seconds, minutes or hours)");
    row("every five minutes", "every: 'five' is not a whole number");
    // A hint when the text looks like another form (ScheduleHint).
    row("5 minutes", "expected 5 or 6 fields, got 2; did you mean 'every 5 minutes'?");
    row("every 5 min",
        "unknown unit 'min' (use seconds, minutes or hours); did you mean 'every 5 minutes'?");
    row("90s", "expected 5 or 6 fields, got 1; did you mean '@every 90s'?");
    row("every", "every: expected 'every N seconds', 'every N minutes' or 'every N hours'");
    row("every 1 2 minutes",
        "every: expected 'every N seconds', 'every N minutes' or 'every N hours'");
    row("every 0 minutes", "interval must be at least 1 second");
    row("0", "interval must be at least 1 second");
    row("-5", "interval must be at least 1 second");
    row("@every 0s", "interval must be at least 1 second");
    row("@every 0h0m0s", "interval must be at least 1 second");
    row("99999999999", "interval must be at most 3155760000 seconds (100 years)");
    row("every 999999999 hours", "interval must be at most 3155760000 seconds (100 years)");
    row("@every", "@every: expected a duration like 30s or 1h30m");
    row("@every 1d", "@every: unknown unit 'd' (use h, m or s)");
    row("@every 30", "@every: '30' needs a unit (h, m or s)");
    row("@every h", "@every: expected a duration like 30s or 1h30m, got 'h'");
    row("@every 1h-5m", "@every: expected a duration like 30s or 1h30m, got '1h-5m'");
    row("@fortnightly", "unknown macro '@fortnightly' (use @yearly, @annually, @monthly, "
                        "@weekly, @daily, @midnight, @hourly or @every)");
    row("@daily 5", "@daily takes no further fields, got '5'");
}

void TestSchedule::errors() {
    QFETCH(QString, spec);
    QFETCH(QString, error);
    const ScheduleParseResult parsed = Schedule::parse(spec);
    QVERIFY(!parsed.isValid());
    QVERIFY(!parsed.schedule.isValid());
    QCOMPARE(parsed.error, error);
}

void TestSchedule::acceptedForms_data() {
    QTest::addColumn<QString>("spec");
    QTest::addColumn<bool>("interval");
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<bool>("withSeconds");
    auto row = [](const char *spec, bool interval, qint64 seconds, bool withSeconds) {
        QTest::newRow(spec) << QString::fromUtf8(spec) << interval << seconds << withSeconds;
    };
    row("*/10 * * * *", false, 0, false);
    row("*/5 * * * * *", false, 0, true);
    row("  0   9\t* * 1-5  ", false, 0, false);
    row("0 0 * * mon-sun", false, 0, false);
    row("0 0 * * sun-mon", false, 0, false);
    row("@every 30s", true, 30, false);
    row("@every 1h30m", true, 5400, false);
    row("@every 1h30m15s", true, 5415, false);
    row("@every 1H 30M", true, 5400, false);
    row("every 30 seconds", true, 30, false);
    row("every 1 second", true, 1, false);
    row("every 5 minutes", true, 300, false);
    row("every 2 hours", true, 7200, false);
    row("every hour", true, 3600, false);
    row("3600", true, 3600, false);
    row("1", true, 1, false);
}

void TestSchedule::acceptedForms() {
    QFETCH(QString, spec);
    QFETCH(bool, interval);
    QFETCH(qint64, seconds);
    QFETCH(bool, withSeconds);
    const ScheduleParseResult parsed = Schedule::parse(spec);
    QVERIFY2(parsed.isValid(), qPrintable(parsed.error));
    QCOMPARE(parsed.schedule.isInterval(), interval);
    QCOMPARE(parsed.schedule.isCron(), !interval);
    QCOMPARE(parsed.schedule.intervalSeconds(), seconds);
    QCOMPARE(parsed.schedule.hasSecondsField(), withSeconds);
}

void TestSchedule::macrosEqualTheirExpansion() {
    auto same = [](const char *a, const char *b) {
        const auto x = Schedule::parse(QString::fromUtf8(a));
        const auto y = Schedule::parse(QString::fromUtf8(b));
        return x.isValid() && y.isValid() && x.schedule == y.schedule;
    };
    QVERIFY(same("@yearly", "0 0 1 1 *"));
    QVERIFY(same("@annually", "0 0 1 jan *"));
    QVERIFY(same("@monthly", "0 0 1 * *"));
    QVERIFY(same("@weekly", "0 0 * * sun"));
    QVERIFY(same("@daily", "0 0 * * *"));
    QVERIFY(same("@midnight", "0 0 * * *"));
    QVERIFY(same("@hourly", "0 * * * *"));
    QVERIFY(same("0 0 * * 7", "0 0 * * 0"));
    // A restricted weekday field turns on the OR rule even when it lists every day.
    QVERIFY(!same("0 0 1 * 0-6", "0 0 1 * *"));
    QVERIFY(same("every 90 seconds", "90"));
    QVERIFY(same("@every 1m30s", "90"));
    QVERIFY(!same("*/5 * * * *", "*/5 * * * * *"));
}

void TestSchedule::specRoundTrips() {
    for (const char *text : {"*/10 * * * *", "0 0 29 2 *", "@every 1h30m", "every 5 minutes", "90",
                             "@DAILY", "0 9 * JAN,jul MON-fri"}) {
        const QString spec = QString::fromUtf8(text);
        const auto first = Schedule::parse(QStringLiteral("  ") + spec + QStringLiteral(" "));
        QVERIFY2(first.isValid(), text);
        QCOMPARE(first.schedule.spec(), spec);
        const auto second = Schedule::parse(first.schedule.spec());
        QVERIFY(second.schedule == first.schedule);
        QCOMPARE(second.schedule.spec(), spec);
    }
}

void TestSchedule::invalidInputsNeverFire() {
    const QTimeZone utcZone("UTC");
    QVERIFY(!Schedule().nextFireAfter(QDateTime::currentDateTimeUtc(), utcZone).isValid());
    QVERIFY(Schedule().nextFireTimes(QDateTime::currentDateTimeUtc(), utcZone, 3).isEmpty());
    const auto parsed = Schedule::parse(QStringLiteral("@hourly"));
    QVERIFY(!parsed.schedule.nextFireAfter(QDateTime(), utcZone).isValid());
    QVERIFY(parsed.schedule.nextFireTimes(at(QStringLiteral("2026-01-01T00:00:00Z")), utcZone, 0)
                .isEmpty());
    // An invalid zone counts as UTC rather than failing.
    QCOMPARE(
        utc(parsed.schedule.nextFireAfter(at(QStringLiteral("2026-01-01T00:10:00Z")), QTimeZone())),
        QStringLiteral("2026-01-01T01:00:00.000Z"));
}

void TestSchedule::resultIsUtcAndStrictlyAfter() {
    const auto parsed = Schedule::parse(QStringLiteral("0 * * * *"));
    const QDateTime after = at(QStringLiteral("2026-01-01T01:00:00+01:00")); // 00:00Z, a match
    const QDateTime next = parsed.schedule.nextFireAfter(after, QTimeZone("Europe/Berlin"));
    QCOMPARE(next.timeSpec(), Qt::UTC);
    QCOMPARE(utc(next), QStringLiteral("2026-01-01T01:00:00.000Z"));
}

void TestSchedule::farFutureTerminates() {
    // The zone table ends in 2300; later times use the last known offset and still terminate.
    const auto parsed = Schedule::parse(QStringLiteral("0 12 29 2 *"));
    const QDateTime next = parsed.schedule.nextFireAfter(at(QStringLiteral("2399-03-01T00:00:00Z")),
                                                         QTimeZone("Europe/Berlin"));
    QCOMPARE(utc(next), QStringLiteral("2400-02-29T11:00:00.000Z"));
}

void TestSchedule::zoneTableFollowsTheRuleAfter2037() {
    // QTimeZone::transitions() stops where the tz file's list does (2037 for most zones, 2087
    // for Casablanca); the table must go on with the offsets offsetFromUtc() gives from the
    // file's rule. Sampled every 5 days and 7 hours, so every time of day and season is hit.
    for (const char *id :
         {"Europe/Berlin", "America/New_York", "Pacific/Chatham", "Australia/Lord_Howe",
          "America/Santiago", "Africa/Casablanca", "Antarctica/Troll", "Asia/Kolkata"}) {
        const QTimeZone zone{QByteArray(id)};
        QVERIFY2(zone.isValid(), id);
        const auto table = ZoneTransitionTable::forZone(zone);
        const qint64 from = at(QStringLiteral("2030-01-01T00:00:00Z")).toSecsSinceEpoch();
        const qint64 to = at(QStringLiteral("2299-12-31T00:00:00Z")).toSecsSinceEpoch();
        for (qint64 t = from; t < to; t += 5 * 86400 + 7 * 3600) {
            const QDateTime when = QDateTime::fromSecsSinceEpoch(t, Qt::UTC);
            if (table->offsetAtUtc(t) != zone.offsetFromUtc(when))
                QFAIL(qPrintable(QStringLiteral("%1 at %2: table %3, QTimeZone %4")
                                     .arg(QLatin1StringView(id), utc(when))
                                     .arg(table->offsetAtUtc(t))
                                     .arg(zone.offsetFromUtc(when))));
        }
    }
}

void TestSchedule::intervalsAtTheEndsOfTime() {
    // Found by fuzz_schedule: anchor + k * interval overflowed (undefined behaviour) near the
    // last millisecond QDateTime holds, and after - anchor overflowed for an anchor at the other
    // end of the range. QDateTime holds every 64-bit millisecond count, so both are reachable.
    constexpr qint64 first = std::numeric_limits<qint64>::min();
    constexpr qint64 last = std::numeric_limits<qint64>::max();
    const QTimeZone utcZone("UTC");
    const auto hourly = Schedule::parse(QStringLiteral("@every 1h")).schedule;
    const auto ms = [](qint64 v) { return QDateTime::fromMSecsSinceEpoch(v, Qt::UTC); };
    // Within an hour of the last millisecond: fires up to it, then none rather than a
    // wrapped-around time.
    QVERIFY(!hourly.nextFireAfter(ms(last - 1000), utcZone).isValid());
    QCOMPARE(hourly.nextFireAfter(ms(last - 3'600'000), utcZone).toMSecsSinceEpoch(), last);
    QCOMPARE(hourly.nextFireAfter(ms(last - 3'600'001), utcZone).toMSecsSinceEpoch(), last - 1);
    QCOMPARE(hourly.nextFireTimes(ms(last - 7'200'000), utcZone, 5).size(), 2);

    // Anchors at the far ends: (after - anchor) mod 90 000 ms is 55 803 for the first and
    // (anchor - after) mod 90 000 is 55 800 for the second (worked out in 128-bit arithmetic).
    const auto ninety = Schedule::parse(QStringLiteral("90")).schedule;
    const QDateTime after = at(QStringLiteral("2026-01-01T00:00:00Z"));
    QCOMPARE(utc(ninety.nextFireAfter(after, utcZone, ms(first + 5))),
             QStringLiteral("2026-01-01T00:00:34.197Z"));
    QCOMPARE(utc(ninety.nextFireAfter(after, utcZone, ms(last - 7))),
             QStringLiteral("2026-01-01T00:00:55.800Z"));
}

// A second opinion on the DST rules: walk real time minute by minute through QTimeZone (slow,
// obviously right). A '*'-hour job fires at every minute whose wall time matches; a fixed-hour
// job fires where a matching wall time first appears. Only the field bitsets are shared with the
// code under test; the search and the zone handling are not.
namespace {

bool wallMatches(const CronFields &f, qint64 wallSeconds) {
    const QDateTime wall = QDateTime::fromSecsSinceEpoch(wallSeconds, Qt::UTC);
    const QDate d = wall.date();
    const QTime t = wall.time();
    const bool dom = (f.daysOfMonth >> d.day()) & 1u;
    const bool dow = (f.daysOfWeek >> (d.dayOfWeek() % 7)) & 1u;
    const bool day = f.dayMatchesEither ? (dom || dow) : (dom && dow);
    return day && ((f.months >> d.month()) & 1u) && ((f.hours >> t.hour()) & 1u) &&
           ((f.minutes >> t.minute()) & 1u) && t.second() == 0;
}

QStringList minuteWalk(const Schedule &schedule, const QTimeZone &zone, const QDateTime &after,
                       int count) {
    QStringList fires;
    const CronFields &f = schedule.cronFields();
    const auto wallAt = [&zone](qint64 utcSeconds) {
        return utcSeconds + zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(utcSeconds, Qt::UTC));
    };
    qint64 utcMinute = after.toSecsSinceEpoch() / 60 * 60;
    // The furthest wall time already shown; when `after` sits in the second pass of a repeated
    // hour, the first pass (within the last three hours) already showed it.
    qint64 latestWall = wallAt(utcMinute);
    for (qint64 back = 60; back <= 3 * 3600; back += 60)
        latestWall = std::max(latestWall, wallAt(utcMinute - back));
    for (int step = 0; step < 6 * 24 * 60 && fires.size() < count; ++step) {
        utcMinute += 60;
        const qint64 wall = wallAt(utcMinute);
        if (f.hourIsWildcard) {
            if (wallMatches(f, wall))
                fires << QDateTime::fromSecsSinceEpoch(utcMinute, Qt::UTC)
                             .toString(Qt::ISODateWithMs);
            continue;
        }
        // Wall times skipped by a jump forward fire once, now, together with this one; a wall
        // time seen before (fall back) never fires again.
        bool fire = false;
        for (qint64 w = latestWall + 60; w <= wall; w += 60)
            fire = fire || wallMatches(f, w);
        latestWall = std::max(latestWall, wall);
        if (fire)
            fires << QDateTime::fromSecsSinceEpoch(utcMinute, Qt::UTC).toString(Qt::ISODateWithMs);
    }
    return fires;
}

} // namespace

void TestSchedule::agreesWithMinuteWalk_data() {
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QString>("after");
    const char *specs[] = {"*/7 * * * *", "0,30 * * * *", "15 2 * * *",  "*/20 1-3 * * *",
                           "59 1 * * *",  "0 2 * * *",    "30 2 * * *",  "45 * * * *",
                           "0 */2 * * *", "0 0 * * *",    "0 3 * * *",   "*/15 2 * * *",
                           "0 * * * *",   "15 */3 * * *", "0 0-23 * * *"};
    // Around each change, starting a little before, inside and after it.
    const std::pair<const char *, const char *> changes[] = {
        {"Europe/Berlin", "2026-03-29T01:00:00Z"},
        {"Europe/Berlin", "2026-10-25T01:00:00Z"},
        {"America/New_York", "2026-03-08T07:00:00Z"},
        {"America/New_York", "2026-11-01T06:00:00Z"},
        {"Australia/Lord_Howe", "2026-04-04T15:00:00Z"}, // 30-minute fall back
        {"Australia/Lord_Howe", "2026-10-03T15:30:00Z"}, // 30-minute spring forward
    };
    for (const auto &[zone, change] : changes) {
        for (const char *spec : specs) {
            for (const int minutes : {-200, -61, -30, -1, 0, 15, 45, 70}) {
                const QString after =
                    at(QString::fromLatin1(change)).addSecs(minutes * 60).toString(Qt::ISODate);
                QTest::addRow("%s %s %s", spec, zone, qPrintable(after))
                    << QString::fromLatin1(spec) << QString::fromLatin1(zone) << after;
            }
        }
    }
}

void TestSchedule::agreesWithMinuteWalk() {
    QFETCH(QString, spec);
    QFETCH(QString, zone);
    QFETCH(QString, after);
    const auto parsed = Schedule::parse(spec);
    QVERIFY2(parsed.isValid(), qPrintable(parsed.error));
    const QTimeZone tz(zone.toUtf8());
    QVERIFY(tz.isValid());
    const QStringList expected = minuteWalk(parsed.schedule, tz, at(after), 4);
    QCOMPARE(expected.size(), 4);
    QStringList actual;
    for (const QDateTime &t : parsed.schedule.nextFireTimes(at(after), tz, 4))
        actual << utc(t);
    QCOMPARE(actual, expected);
}

QTEST_GUILESS_MAIN(TestSchedule)
#include "TestSchedule.moc"
