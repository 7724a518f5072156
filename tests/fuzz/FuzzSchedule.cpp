// libFuzzer target for schedules: the text a user types goes through Schedule::parse, and an
// accepted schedule computes its next fires in a time zone from a start instant, as the
// scheduler (one fire after another) and the console's preview (nextFires) ask for them.
// Besides crashes, sanitizer reports and hangs, it aborts when an answer breaks what the
// scheduler relies on: fires strictly later each time, whole seconds on the zone's wall clock
// that the cron fields match (DST rule included), intervals exactly one interval apart, the
// same fire whichever instant in between one asks from, and the text round-tripping.
//
// Input: a 14-byte header, then the schedule text (UTF-8).
//   byte 0       time zone: zones()[byte % size], the DST oddities of the tz database
//   byte 1       bits 0-1: how bytes 2-9 make the start instant (see startInstant)
//                bit 2:    bytes 10-13 give an interval anchor, seconds from the start
//                bits 3-7: fires to compute, 1-32
//   bytes 2-9    start (little-endian int64)
//   bytes 10-13  anchor offset (little-endian int32)
// A seed by hand: printf '\x02\x78\0\0\0\0\0\0\0\0\0\0\0\0*/30 * * * *' > seed
#include "schedule/Schedule.h"
#include "schedule/ScheduleParser.h"
#include "schedule/ZoneTransitionTable.h"

#include <QDateTime>
#include <QList>
#include <QTimeZone>
#include <QtGlobal>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <limits>
#include <vector>

using namespace fleetcron;

namespace {

constexpr qint64 msPerHour = 3600 * 1000;
constexpr std::size_t headerSize = 14;
// No next-fire search may take this long: the slowest accepted schedule (29 February on a
// given weekday) needs microseconds; a second of CPU means an endless or runaway search.
constexpr double maxCpuSecondsPerCall = 1.0;
// How far before and after each fire the brute-force check looks: wider than any DST shift.
constexpr qint64 scanSeconds = 3 * 3600;

struct Zone {
    QTimeZone zone;
    QTimeZone asChecked; // the engine reads an invalid zone as UTC, so the checks do too
    std::vector<qint64> transitionsMs; // 1900-2100, to start right around a change
};

const std::vector<Zone> &zones() {
    static const std::vector<Zone> list = [] {
        const char *ids[] = {
            "",                    // invalid: counts as UTC
            "UTC",                 //
            "Europe/Berlin",       // 1 h at 02:00/03:00
            "America/New_York",    // 1 h at 02:00
            "Australia/Lord_Howe", // 30 min DST
            "Antarctica/Troll",    // 2 h DST
            "Europe/Dublin",       // negative DST in the tz database
            "Africa/Casablanca",   // Ramadan breaks, many changes a year
            "Pacific/Apia",        // skipped 30 December 2011 whole
            "Pacific/Kiritimati",  // +14, skipped a day in 1994
            "America/St_Johns",    // -3:30, DST at midnight in the past
            "Asia/Kolkata",        // +5:30, no DST
            "Asia/Kathmandu",      // +5:45
            "Pacific/Chatham",     // +12:45 / +13:45
            "America/Santiago",    // changes at midnight, southern summer
            "America/Havana",      // repeats the hour before midnight
            "America/Sao_Paulo",   // gap at midnight until 2019
            "Europe/Amsterdam",    // +0:19:32 until 1937: offsets in seconds
            "Asia/Pyongyang",      // moved 30 min in 2015 and back in 2018
            "Europe/Moscow",       // permanent shifts in 2011 and 2014
            "America/Caracas",     // -4:30 from 2007 to 2016
            "Australia/Adelaide",  // +9:30 / +10:30
        };
        std::vector<Zone> out;
        const QDateTime from(QDate(1900, 1, 1), QTime(0, 0), Qt::UTC);
        const QDateTime to(QDate(2100, 1, 1), QTime(0, 0), Qt::UTC);
        for (const char *id : ids) {
            Zone z{*id ? QTimeZone(QByteArray(id)) : QTimeZone(), {}, {}};
            z.asChecked = z.zone.isValid() ? z.zone : QTimeZone(QByteArrayLiteral("UTC"));
            if (*id && !z.zone.isValid()) {
                std::fprintf(stderr, "fuzz_schedule: time zone %s is not installed\n", id);
                std::abort();
            }
            if (z.zone.isValid()) {
                for (const auto &t : z.zone.transitions(from, to))
                    z.transitionsMs.push_back(t.atUtc.toMSecsSinceEpoch());
            }
            out.push_back(std::move(z));
        }
        return out;
    }();
    return list;
}

std::uint64_t readLittleEndian(const std::uint8_t *bytes, int count) {
    std::uint64_t value = 0;
    for (int i = count - 1; i >= 0; --i)
        value = (value << 8) | bytes[i];
    return value;
}

qint64 msAt(int year) {
    return QDateTime(QDate(year, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
}

// The four ways to start: where DST bites, anywhere the zone table knows, the edges of what
// QDateTime can hold, and on whole minutes (where "strictly after" a match matters).
QDateTime startInstant(unsigned mode, std::uint64_t raw, const Zone &zone) {
    switch (mode) {
    case 0: { // within 6 hours either side of one of the zone's changes, to the millisecond
        const qint64 around = zone.transitionsMs.empty()
                                  ? msAt(2026)
                                  : zone.transitionsMs[raw % zone.transitionsMs.size()];
        const qint64 delta = qint64((raw >> 32) % std::uint64_t(12 * msPerHour)) - 6 * msPerHour;
        return QDateTime::fromMSecsSinceEpoch(around + delta, Qt::UTC);
    }
    case 1: { // 1900-2300
        const auto span = std::uint64_t(msAt(2300) - msAt(1900));
        return QDateTime::fromMSecsSinceEpoch(msAt(1900) + qint64(raw % span), Qt::UTC);
    }
    case 2: { // the ends of what QDateTime holds (within some 140 years), or anywhere
        const auto near = qint64((raw >> 2) % (std::uint64_t{1} << 42));
        switch (raw & 3u) {
        case 0:
            return QDateTime::fromMSecsSinceEpoch(std::numeric_limits<qint64>::max() - near,
                                                  Qt::UTC);
        case 1:
            return QDateTime::fromMSecsSinceEpoch(std::numeric_limits<qint64>::min() + near,
                                                  Qt::UTC);
        default:
            return QDateTime::fromMSecsSinceEpoch(qint64(raw), Qt::UTC);
        }
    }
    default: { // whole minutes in 2020-2032
        const auto minutes = std::uint64_t((msAt(2032) - msAt(2020)) / 60000);
        return QDateTime::fromMSecsSinceEpoch(msAt(2020) + qint64(raw % minutes) * 60000, Qt::UTC);
    }
    }
}

double threadCpuSeconds() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

// What the input was, so a broken invariant can be read without a debugger.
QByteArray describe(const QString &text, const Zone &zone, const QDateTime &start,
                    const QDateTime &anchor) {
    return QByteArrayLiteral("schedule '") + text.toUtf8() + QByteArrayLiteral("' zone '") +
           (zone.zone.isValid() ? zone.zone.id() : QByteArrayLiteral("(invalid)")) +
           QByteArrayLiteral("' start ") + start.toString(Qt::ISODateWithMs).toUtf8() +
           QByteArrayLiteral(" (") + QByteArray::number(start.toMSecsSinceEpoch()) +
           QByteArrayLiteral(" ms) anchor ") +
           (anchor.isValid() ? QByteArray::number(anchor.toMSecsSinceEpoch())
                             : QByteArrayLiteral("none"));
}

QByteArray context;

void check(bool condition, const char *what, const QDateTime &at = {}) {
    if (condition)
        return;
    std::fprintf(stderr, "fuzz_schedule: %s%s%s\n  %s\n", what, at.isValid() ? " at " : "",
                 at.isValid() ? qPrintable(at.toString(Qt::ISODateWithMs)) : "",
                 context.constData());
    std::abort();
}

// The fields match this wall clock minute (seconds since 1970 on the wall, any second in it),
// worked out with QDate rather than the engine's own calendar.
bool minuteMatches(const CronFields &f, qint64 wallSeconds) {
    const QDateTime wall = QDateTime::fromSecsSinceEpoch(wallSeconds, Qt::UTC);
    const QDate d = wall.date();
    const QTime t = wall.time();
    const bool dom = (f.daysOfMonth >> d.day()) & 1u;
    const bool dow = (f.daysOfWeek >> (d.dayOfWeek() % 7)) & 1u;
    const bool day = f.dayMatchesEither ? (dom || dow) : (dom && dow);
    return day && ((f.months >> d.month()) & 1u) && ((f.hours >> t.hour()) & 1u) &&
           ((f.minutes >> t.minute()) & 1u);
}

bool wallMatches(const CronFields &f, qint64 wallSeconds) {
    const qint64 second = ((wallSeconds % 60) + 60) % 60;
    return ((f.seconds >> second) & 1u) && minuteMatches(f, wallSeconds);
}

qint32 offsetAt(const QTimeZone &zone, qint64 utcSeconds) {
    return zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(utcSeconds, Qt::UTC));
}

qint64 wallAt(const QTimeZone &zone, qint64 utcSeconds) {
    return utcSeconds + offsetAt(zone, utcSeconds);
}

// The zone table covers 1900-2300 and QTimeZone is asked as the independent opinion, so wall
// times are checked only where both hold.
bool inCheckedYears(const QDateTime &t) {
    return t.isValid() && t.date().year() >= 1901 && t.date().year() <= 2299;
}

// The first instant in (lo, hi] whose offset differs from the one at `lo`, assuming at most
// one change in between (the windows here span hours; changes are months apart). Asks only
// offsetFromUtc(): QTimeZone's transition lists stop in 2037, its offsets do not.
qint64 changeIn(const QTimeZone &zone, qint64 lo, qint64 hi) {
    const qint32 offset = offsetAt(zone, lo);
    while (hi - lo > 1) {
        const qint64 middle = lo + (hi - lo) / 2;
        (offsetAt(zone, middle) == offset ? lo : hi) = middle;
    }
    return hi;
}

// Whether the wall time at `utcSeconds` is a second pass: the clock went back within the last
// day, past this wall time.
bool isSecondPass(const QTimeZone &zone, qint64 utcSeconds) {
    const qint64 dayBefore = utcSeconds - 26 * 3600;
    const qint32 now = offsetAt(zone, utcSeconds);
    if (offsetAt(zone, dayBefore) == now)
        return false;
    // The last change: the latest instant from which the offset stays what it is now.
    qint64 lo = dayBefore;
    qint64 hi = utcSeconds;
    while (hi - lo > 1) {
        const qint64 middle = lo + (hi - lo) / 2;
        (offsetAt(zone, middle) == now ? hi : lo) = middle;
    }
    const qint32 before = offsetAt(zone, hi - 1);
    return now < before && utcSeconds + now < hi + before;
}

// Every whole second in [fromUtc, toUtc] (a few hours) whose wall time the fields match must
// not have been skipped: a '*'-hour job fires at each, a fixed-hour job at each but the second
// pass of a repeated hour. Walks the wall clock one offset span and one minute at a time, so it
// shares neither the engine's field-by-field search nor its zone table.
void checkNoMatchSkipped(const Schedule &s, const QTimeZone &zone, qint64 fromUtc, qint64 toUtc) {
    const CronFields &f = s.cronFields();
    if (fromUtc > toUtc || !inCheckedYears(QDateTime::fromSecsSinceEpoch(fromUtc, Qt::UTC)) ||
        !inCheckedYears(QDateTime::fromSecsSinceEpoch(toUtc, Qt::UTC)))
        return;
    for (qint64 a = fromUtc; a <= toUtc;) {
        const qint32 offset = offsetAt(zone, a);
        const qint64 b = offsetAt(zone, toUtc) == offset ? toUtc : changeIn(zone, a, toUtc) - 1;
        const qint64 wallFrom = a + offset;
        const qint64 wallTo = b + offset;
        for (qint64 minute = wallFrom - (((wallFrom % 60) + 60) % 60); minute <= wallTo;
             minute += 60) {
            const qint64 secondOfDay = ((minute % 86400) + 86400) % 86400;
            if (!((f.hours >> (secondOfDay / 3600)) & 1u) ||
                !((f.minutes >> (secondOfDay / 60 % 60)) & 1u) || !minuteMatches(f, minute))
                continue;
            for (qint64 wall = std::max(minute, wallFrom); wall < minute + 60 && wall <= wallTo;
                 ++wall) {
                if (!((f.seconds >> (wall - minute)) & 1u))
                    continue;
                const QDateTime at = QDateTime::fromSecsSinceEpoch(wall - offset, Qt::UTC);
                check(!f.hourIsWildcard, "a '*'-hour job skipped a matching instant", at);
                check(isSecondPass(zone, wall - offset),
                      "a fixed-hour job skipped a wall time outside a repeated hour", at);
            }
        }
        a = b + 1;
    }
}

void checkCronFire(const Schedule &s, const QTimeZone &zone, const ScheduledFire &fire) {
    check(fire.at.toMSecsSinceEpoch() % 1000 == 0, "cron fire not on a whole second", fire.at);
    const CronFields &f = s.cronFields();
    check(!f.hourIsWildcard || fire.shift == DstShift::None, "a '*'-hour job reported a DST shift",
          fire.at);
    if (!inCheckedYears(fire.at))
        return;
    const qint64 utcSeconds = fire.at.toSecsSinceEpoch();
    if (fire.shift == DstShift::AfterGap) {
        // Fired at the gap's end: the instant the clock jumped forward.
        check(offsetAt(zone, utcSeconds - 1) < offsetAt(zone, utcSeconds),
              "AfterGap fire not at a gap's end", fire.at);
        return;
    }
    check(wallMatches(f, wallAt(zone, utcSeconds)), "fire at a wall time the fields do not match",
          fire.at);
}

ScheduledFire timedNextFire(const Schedule &s, const QDateTime &after, const QTimeZone &zone,
                            const QDateTime &anchor) {
    const double start = threadCpuSeconds();
    ScheduledFire fire = s.nextFire(after, zone, anchor);
    check(threadCpuSeconds() - start < maxCpuSecondsPerCall, "next fire took over a second", after);
    return fire;
}

void checkParse(const QString &text, const ScheduleParseResult &parsed) {
    check(parsed.isValid() == parsed.error.isEmpty(), "parse: neither schedule nor error");
    if (!parsed.isValid()) {
        check(!parsed.schedule.isValid(), "parse: error with a valid schedule");
        check(!parsed.error.contains(QLatin1Char('\n')), "parse: error on several lines");
        return;
    }
    const Schedule &s = parsed.schedule;
    // The stored text is what the user wrote, trimmed, and reads back as the same schedule.
    check(s.spec() == text.trimmed(), "spec is not the trimmed input");
    const ScheduleParseResult again = Schedule::parse(s.spec());
    check(again.isValid() && again.schedule == s && again.schedule.spec() == s.spec(),
          "spec does not round-trip");
    if (s.isInterval()) {
        check(s.intervalSeconds() >= 1 && s.intervalSeconds() <= ScheduleParser::maxIntervalSeconds,
              "interval out of range");
        return;
    }
    if (s.isOneShot()) {
        check(!s.onceAt().isValid() || s.onceAt().timeSpec() == Qt::UTC, "@at instant not in UTC");
        return;
    }
    check(s.isCron(), "valid schedule of no kind");
    const CronFields &f = s.cronFields();
    check(f.seconds && f.seconds < (std::uint64_t{1} << 60), "seconds field empty or > 59");
    check(s.hasSecondsField() || f.seconds == 1, "5-field expression fires off second 0");
    check(f.minutes && f.minutes < (std::uint64_t{1} << 60), "minute field empty or > 59");
    check(f.hours && f.hours < (1u << 24), "hour field empty or > 23");
    check(f.daysOfMonth && !(f.daysOfMonth & 1u), "day-of-month field empty or 0");
    check(f.months && !(f.months & 1u) && f.months < (1u << 13),
          "month field empty or out of 1-12");
    check(f.daysOfWeek && f.daysOfWeek < (1u << 7), "day-of-week field empty or > 6");
}

} // namespace

// Qt's warnings about odd inputs would drown the fuzzer's own output; fatal messages still abort.
// Every zone's table is built here, so no input pays for it inside the timed calls.
extern "C" int LLVMFuzzerInitialize(int *, char ***) {
    qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &) {});
    for (const Zone &z : zones())
        ZoneTransitionTable::forZone(z.zone);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    std::uint8_t header[headerSize] = {};
    for (std::size_t i = 0; i < headerSize && i < size; ++i)
        header[i] = data[i];
    const QString text = size > headerSize
                             ? QString::fromUtf8(reinterpret_cast<const char *>(data + headerSize),
                                                 qsizetype(size - headerSize))
                             : QString();
    const Zone &zone = zones()[header[0] % zones().size()];
    const QDateTime start = startInstant(header[1] & 3u, readLittleEndian(header + 2, 8), zone);
    QDateTime anchor;
    if (header[1] & 4u && start.isValid()) {
        const auto offset = qint64(qint32(std::uint32_t(readLittleEndian(header + 10, 4))));
        anchor = start.addSecs(offset);
    }
    const int count = 1 + (header[1] >> 3);
    context = describe(text, zone, start, anchor);

    const ScheduleParseResult parsed = Schedule::parse(text);
    checkParse(text, parsed);
    const Schedule &s = parsed.schedule;
    if (!s.isValid()) {
        check(!s.nextFire(start, zone.zone, anchor).at.isValid(), "invalid schedule fired");
        return 0;
    }
    if (!start.isValid())
        return 0;

    // As the console asks: a list, the interval anchored at `anchor` or else at the start.
    const QList<ScheduledFire> fires = s.nextFires(start, zone.zone, count, anchor);
    check(fires.size() <= count, "more fires than asked for");
    const QDateTime fixedAnchor = anchor.isValid() ? anchor : start;
    // An accepted cron expression fires within 400 years, so from anywhere well inside what
    // QDateTime holds there must be an answer.
    const bool mustFire =
        s.isCron() && start.date().year() > -100000 && start.date().year() < 100000;

    QDateTime previous = start;
    for (const ScheduledFire &fire : fires) {
        check(fire.at.isValid(), "nextFires listed an invalid time", previous);
        check(fire.at.timeSpec() == Qt::UTC, "fire not in UTC", fire.at);
        check(fire.at > previous, "fire not strictly after the previous one", fire.at);
        // As the scheduler asks: one at a time from the last fire, and from anywhere up to it.
        const ScheduledFire step = timedNextFire(s, previous, zone.zone, fixedAnchor);
        check(step.at == fire.at && step.shift == fire.shift,
              "nextFire from the previous fire differs from nextFires", previous);
        const qint64 gapMs = fire.at.toMSecsSinceEpoch() - previous.toMSecsSinceEpoch();
        for (const qint64 intoMs : {qint64(1), gapMs / 2, gapMs - 1}) {
            if (intoMs <= 0 || intoMs >= gapMs)
                continue;
            const QDateTime from = previous.addMSecs(intoMs);
            check(timedNextFire(s, from, zone.zone, fixedAnchor).at == fire.at,
                  "asking from between two fires gives another fire", from);
        }
        if (s.isOneShot()) {
            // A one-shot's only next fire is its `@at` instant, and only from before it.
            check(s.onceAt().isValid() && fire.at == s.onceAt(), "one-shot fired off its instant",
                  fire.at);
            check(previous == start, "one-shot fired twice", fire.at);
        } else if (s.isInterval()) {
            const qint64 intervalMs = s.intervalSeconds() * 1000;
            const auto sinceAnchor =
                __int128(fire.at.toMSecsSinceEpoch()) - fixedAnchor.toMSecsSinceEpoch();
            check(sinceAnchor % intervalMs == 0, "interval fire off anchor + k * interval",
                  fire.at);
            check(gapMs <= intervalMs, "interval fire more than one interval late", fire.at);
            check(previous == start || gapMs == intervalMs, "interval fires not one interval apart",
                  fire.at);
        } else {
            checkCronFire(s, zone.asChecked, fire);
            // The hours right after the previous fire and right before this one: a change of
            // offset is at most a few hours wide, so a skipped fire would show there.
            const qint64 from = previous.toSecsSinceEpoch() + 1;
            const qint64 to = fire.at.toSecsSinceEpoch() - 1;
            if (to - from < 2 * scanSeconds) {
                checkNoMatchSkipped(s, zone.asChecked, from, to);
            } else {
                checkNoMatchSkipped(s, zone.asChecked, from, from + scanSeconds);
                checkNoMatchSkipped(s, zone.asChecked, to - scanSeconds, to);
            }
        }
        previous = fire.at;
    }
    // Armed now, `@once` fires now and then never; any other schedule fires as nextFire says.
    const ScheduledFire first = s.firstFire(start, zone.zone);
    if (s.isOneShot() && !s.onceAt().isValid())
        check(first.at == start && fires.isEmpty(), "@once not fired once, when armed", start);
    else
        check(first.at == s.nextFire(start, zone.zone, start).at, "firstFire is not nextFire",
              start);
    // Fewer than asked for only where QDateTime runs out, never a few centuries from now.
    if (fires.size() < count) {
        check(!mustFire, "accepted cron expression stopped firing", previous);
        check(!timedNextFire(s, previous, zone.zone, fixedAnchor).at.isValid(),
              "nextFires stopped early", previous);
    }
    return 0;
}
