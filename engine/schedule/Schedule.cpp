#include "Schedule.h"

#include "CivilCalendar.h"
#include "ScheduleParser.h"
#include "ZoneTransitionTable.h"

#include <QtNumeric>

#include <algorithm>
#include <bit>
#include <cstdint>
#include <limits>

namespace fleetcron {
namespace {

using civil::daysFromCivil;
using civil::daysInMonth;
using civil::floorDiv;
using civil::weekdayFromDays;

constexpr std::int64_t secondsPerDay = 86400;

// Every Gregorian 400-year cycle has the same weekdays, so an accepted cron expression (parse
// rejects the impossible ones) fires within 400 years of any instant; the bound only stops a
// bug from becoming an endless loop.
constexpr std::int64_t searchYears = 400;

constexpr int noBit = 64;

// The lowest set bit at or above `from`, or noBit.
template <typename Mask> constexpr int nextBit(Mask mask, unsigned from) {
    if (from >= sizeof(Mask) * 8)
        return noBit;
    const auto shifted = static_cast<std::uint64_t>(mask) >> from;
    return shifted == 0 ? noBit : static_cast<int>(from) + std::countr_zero(shifted);
}

bool dayMatches(const CronFields &f, unsigned day, unsigned weekday) {
    const bool dom = (f.daysOfMonth >> day) & 1u;
    const bool dow = (f.daysOfWeek >> weekday) & 1u;
    return f.dayMatchesEither ? (dom || dow) : (dom && dow);
}

// The first matching day in [day, lastDay] of the month whose day 1 is `firstDayNumber`
// (days since the epoch), or 0.
unsigned nextMatchingDay(const CronFields &f, std::int64_t firstDayNumber, unsigned day,
                         unsigned lastDay) {
    const unsigned firstWeekday = weekdayFromDays(firstDayNumber);
    if (!f.dayMatchesEither) {
        // Both must match: only days the day-of-month field allows are worth a look.
        for (int d = nextBit(f.daysOfMonth, day); d <= static_cast<int>(lastDay);
             d = nextBit(f.daysOfMonth, static_cast<unsigned>(d) + 1)) {
            if ((f.daysOfWeek >> ((firstWeekday + static_cast<unsigned>(d) - 1) % 7)) & 1u)
                return static_cast<unsigned>(d);
        }
        return 0;
    }
    for (unsigned d = day; d <= lastDay; ++d) {
        if (dayMatches(f, d, (firstWeekday + d - 1) % 7))
            return d;
    }
    return 0;
}

// The first wall second at or after `fromWall` that the fields match, searching no further
// than year `lastYear`. Jumps field by field: a month that cannot match is skipped whole, then
// a day, an hour, a minute — never a minute-by-minute walk.
bool nextWallMatch(const CronFields &f, std::int64_t fromWall, std::int64_t lastYear,
                   std::int64_t &result) {
    const std::int64_t dayNumber = floorDiv(fromWall, secondsPerDay);
    const auto secondOfDay = static_cast<unsigned>(fromWall - dayNumber * secondsPerDay);
    const civil::CivilDate date = civil::civilFromDays(dayNumber);
    std::int64_t year = date.year;
    unsigned month = date.month;
    unsigned day = date.day;
    unsigned hour = secondOfDay / 3600;
    unsigned minute = secondOfDay / 60 % 60;
    unsigned second = secondOfDay % 60;

    for (;;) {
        if (year > lastYear)
            return false;
        if (month > 12 || !((f.months >> month) & 1u)) {
            const int m = month > 12 ? noBit : nextBit(f.months, month);
            if (m > 12) {
                ++year;
                month = static_cast<unsigned>(std::countr_zero(f.months));
            } else {
                month = static_cast<unsigned>(m);
            }
            day = 1;
            hour = minute = second = 0;
            continue;
        }
        const std::int64_t firstDay = daysFromCivil(year, month, 1);
        const unsigned found = nextMatchingDay(f, firstDay, day, daysInMonth(year, month));
        if (found == 0) {
            ++month;
            day = 1;
            hour = minute = second = 0;
            continue;
        }
        if (found != day) {
            day = found;
            hour = minute = second = 0;
        }
        const int h = nextBit(f.hours, hour);
        if (h > 23) {
            ++day;
            hour = minute = second = 0;
            continue;
        }
        if (static_cast<unsigned>(h) != hour) {
            hour = static_cast<unsigned>(h);
            minute = second = 0;
        }
        const int m = nextBit(f.minutes, minute);
        if (m > 59) {
            ++hour;
            minute = second = 0;
            continue;
        }
        if (static_cast<unsigned>(m) != minute) {
            minute = static_cast<unsigned>(m);
            second = 0;
        }
        const int s = nextBit(f.seconds, second);
        if (s > 59) {
            ++minute;
            second = 0;
            continue;
        }
        result = (firstDay + day - 1) * secondsPerDay + hour * 3600 + minute * 60 + s;
        return true;
    }
}

// A job pinned to fixed hours: each matching wall time fires once. One skipped by a gap fires
// at the gap's end; one that occurs twice fires at its first occurrence only, so a daily job
// never runs twice on the night the clocks go back.
ScheduledFire fixedHourFireAfter(const CronFields &fields, std::int64_t afterSeconds,
                                 const ZoneTransitionTable &table) {
    std::int64_t fromWall = afterSeconds + table.offsetAtUtc(afterSeconds) + 1;
    const std::int64_t lastYear =
        civil::civilFromDays(floorDiv(fromWall, secondsPerDay)).year + searchYears;
    std::int64_t wall = 0;
    while (nextWallMatch(fields, fromWall, lastYear, wall)) {
        const ZoneTransitionTable::WallResolution r = table.resolveWall(wall);
        if (r.utc > afterSeconds) {
            DstShift shift = DstShift::None;
            if (r.kind == ZoneTransitionTable::WallKind::InGap)
                shift = DstShift::AfterGap;
            else if (r.kind == ZoneTransitionTable::WallKind::Repeated)
                shift = DstShift::RepeatedHour;
            return {QDateTime::fromSecsSinceEpoch(r.utc, Qt::UTC), shift};
        }
        // This wall time already fired (gap end, or first pass of a repeated hour): the rest of
        // its window did too, so go on from the window's end.
        fromWall = r.kind == ZoneTransitionTable::WallKind::Normal
                       ? wall + 1
                       : std::max(wall + 1, r.windowEndWall);
    }
    return {};
}

// A job whose hour field is '*'-led runs on elapsed time, as in cronie: it fires at every real
// instant whose wall time matches, so both passes of a repeated hour fire and the wall times a
// gap skips do not, with no catch-up at the gap's end. `*/30 * * * *` stays half-hourly in
// real time, which is what an operator watching a health check expects.
ScheduledFire elapsedFireAfter(const CronFields &fields, std::int64_t afterSeconds,
                               const ZoneTransitionTable &table) {
    std::int64_t from = afterSeconds + 1;
    ZoneTransitionTable::OffsetSpan span = table.spanAt(from);
    std::int64_t fromWall = from + span.offset;
    const std::int64_t lastYear =
        civil::civilFromDays(floorDiv(fromWall, secondsPerDay)).year + searchYears;
    std::int64_t wall = 0;
    if (!nextWallMatch(fields, fromWall, lastYear, wall))
        return {};
    // Within one offset span wall time runs with real time, so the first match found there is
    // the next fire; a match past the span's end belongs to the span that follows, if any.
    while (wall - span.offset >= span.endUtc) {
        from = span.endUtc;
        span = table.spanAt(from);
        const std::int64_t spanStartWall = from + span.offset;
        // Nothing in [fromWall, wall) matches, so when the next span starts inside that range
        // `wall` is its first match too: a rare schedule (29 February) crosses many spans
        // without searching again.
        if (spanStartWall < fromWall || spanStartWall > wall) {
            if (!nextWallMatch(fields, spanStartWall, lastYear, wall))
                return {};
        }
        fromWall = spanStartWall;
    }
    return {QDateTime::fromSecsSinceEpoch(wall - span.offset, Qt::UTC), DstShift::None};
}

ScheduledFire cronFireAfter(const CronFields &fields, qint64 afterMs, const QTimeZone &zone) {
    const auto table = ZoneTransitionTable::forZone(zone);
    // Cron fires on whole seconds, so "strictly after" a fractional instant starts at the next
    // whole second.
    const std::int64_t afterSeconds = floorDiv(afterMs, 1000);
    return fields.hourIsWildcard ? elapsedFireAfter(fields, afterSeconds, *table)
                                 : fixedHourFireAfter(fields, afterSeconds, *table);
}

// anchor + k * interval for the smallest such time after `afterMs`, worked out as `afterMs` plus
// less than one interval: anchor and after may lie at opposite ends of QDateTime's range, where
// their difference, or anchor + k * interval on the way, would overflow. The distance between
// them fits in 64 unsigned bits. No fire when the answer lies past the last millisecond.
ScheduledFire intervalFireAfter(qint64 intervalSeconds, qint64 afterMs, qint64 anchorMs) {
    const auto intervalMs = static_cast<std::uint64_t>(intervalSeconds) * 1000;
    const auto after = static_cast<std::uint64_t>(afterMs);
    const auto anchor = static_cast<std::uint64_t>(anchorMs);
    std::uint64_t ahead = 0; // how far after `afterMs` the next fire is: 1 ms up to one interval
    if (afterMs >= anchorMs) {
        ahead = intervalMs - (after - anchor) % intervalMs;
    } else {
        const std::uint64_t rest = (anchor - after) % intervalMs;
        ahead = rest == 0 ? intervalMs : rest;
    }
    qint64 at = 0;
    if (qAddOverflow(afterMs, static_cast<qint64>(ahead), &at))
        return {};
    return {QDateTime::fromMSecsSinceEpoch(at, Qt::UTC), DstShift::None};
}

} // namespace

ScheduleParseResult Schedule::parse(const QString &spec, const QString &hashKey) {
    return ScheduleParser::parse(spec, hashKey);
}

Schedule Schedule::fromCron(const QString &spec, const CronFields &fields, bool withSeconds) {
    Schedule s;
    s.m_kind = Kind::Cron;
    s.m_fields = fields;
    s.m_withSeconds = withSeconds;
    s.m_spec = spec;
    return s;
}

Schedule Schedule::fromInterval(const QString &spec, qint64 seconds) {
    Schedule s;
    s.m_kind = Kind::Interval;
    s.m_intervalSeconds = seconds;
    s.m_spec = spec;
    return s;
}

Schedule Schedule::fromOnce(const QString &spec, const QDateTime &at) {
    Schedule s;
    s.m_kind = Kind::Once;
    s.m_at = at.isValid() ? at.toUTC() : QDateTime();
    s.m_spec = spec;
    return s;
}

ScheduledFire Schedule::firstFire(const QDateTime &now, const QTimeZone &zone) const {
    if (m_kind == Kind::Once && !m_at.isValid())
        return {now.isValid() ? now.toUTC() : QDateTime(), DstShift::None};
    return nextFire(now, zone, now);
}

ScheduledFire Schedule::nextFire(const QDateTime &after, const QTimeZone &zone,
                                 const QDateTime &anchor) const {
    if (!after.isValid())
        return {};
    const qint64 afterMs = after.toMSecsSinceEpoch();
    switch (m_kind) {
    case Kind::Cron:
        return cronFireAfter(m_fields, afterMs, zone);
    case Kind::Interval:
        if (m_intervalSeconds <= 0)
            return {};
        return intervalFireAfter(m_intervalSeconds, afterMs,
                                 anchor.isValid() ? anchor.toMSecsSinceEpoch() : afterMs);
    case Kind::Once:
        // `@once` has no fire after the first; `@at` has one, while it lies ahead.
        if (m_at.isValid() && m_at.toMSecsSinceEpoch() > afterMs)
            return {m_at, DstShift::None};
        return {};
    case Kind::Invalid:
        break;
    }
    return {};
}

QDateTime Schedule::nextFireAfter(const QDateTime &after, const QTimeZone &zone,
                                  const QDateTime &anchor) const {
    return nextFire(after, zone, anchor).at;
}

QList<ScheduledFire> Schedule::nextFires(const QDateTime &after, const QTimeZone &zone, int count,
                                         const QDateTime &anchor) const {
    QList<ScheduledFire> fires;
    if (count <= 0)
        return fires;
    fires.reserve(count);
    // Intervals keep their anchor, so the sequence stays on anchor + k * interval.
    const QDateTime fixedAnchor = anchor.isValid() ? anchor : after;
    QDateTime from = after;
    while (fires.size() < count) {
        ScheduledFire fire = nextFire(from, zone, fixedAnchor);
        if (!fire.at.isValid())
            break;
        from = fire.at;
        fires.push_back(std::move(fire));
    }
    return fires;
}

QList<QDateTime> Schedule::nextFireTimes(const QDateTime &after, const QTimeZone &zone, int count,
                                         const QDateTime &anchor) const {
    QList<QDateTime> times;
    const auto fires = nextFires(after, zone, count, anchor);
    times.reserve(fires.size());
    for (const auto &fire : fires)
        times.push_back(fire.at);
    return times;
}

} // namespace fleetcron
