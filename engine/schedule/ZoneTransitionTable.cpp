#include "ZoneTransitionTable.h"

#include <QDateTime>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <QTimeZone>

#include <algorithm>
#include <limits>
#include <optional>

namespace fleetcron {
namespace {

struct TableCache {
    QMutex mutex;
    QHash<QByteArray, std::shared_ptr<const ZoneTransitionTable>> tables;
};

TableCache &cache() {
    static TableCache instance;
    return instance;
}

constexpr std::int64_t secondsPerDay = 86400;
constexpr std::int64_t secondsPerWeek = 7 * secondsPerDay;

std::int32_t offsetAt(const QTimeZone &zone, std::int64_t utcSeconds) {
    return zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(utcSeconds, Qt::UTC));
}

// The first instant in (from, from + limit] whose offset differs from the offset at `from`, or
// nothing. Samples weekly, then bisects to the second: a rule's DST lasts months, so a week
// cannot hide a change and its undoing.
std::optional<std::int64_t> findNextChange(const QTimeZone &zone, std::int64_t from,
                                           std::int64_t limit) {
    const std::int32_t offset = offsetAt(zone, from);
    std::int64_t same = from;
    for (std::int64_t probe = from + secondsPerWeek;; probe += secondsPerWeek) {
        probe = std::min(probe, from + limit);
        if (offsetAt(zone, probe) != offset) {
            std::int64_t changed = probe;
            while (changed - same > 1) {
                const std::int64_t middle = same + (changed - same) / 2;
                (offsetAt(zone, middle) == offset ? same : changed) = middle;
            }
            return changed;
        }
        if (probe >= from + limit)
            return std::nullopt;
        same = probe;
    }
}

} // namespace

ZoneTransitionTable::ZoneTransitionTable(const QTimeZone &zone)
    : m_zoneId(zone.isValid() ? zone.id() : QByteArray("UTC")) {
    if (!zone.isValid())
        return;
    const QDateTime from(QDate(1900, 1, 1), QTime(0, 0), Qt::UTC);
    const QDateTime to(QDate(2300, 1, 1), QTime(0, 0), Qt::UTC);
    m_initialOffset = zone.offsetFromUtc(from);
    std::int32_t previous = m_initialOffset;
    const auto transitions = zone.transitions(from, to);
    m_transitions.reserve(static_cast<std::size_t>(transitions.size()));
    for (const auto &t : transitions) {
        const std::int32_t next = t.offsetFromUtc;
        if (next == previous)
            continue; // a change of name or DST flag only: wall time is unaffected
        add(t.atUtc.toSecsSinceEpoch(), previous, next);
        previous = next;
    }
    // From the last real change: southern zones list a change-less entry at 2038-01-19 (the
    // end of 32-bit time) after it, which must not hide a change in between.
    addRuleTransitions(zone,
                       m_transitions.empty() ? from.toSecsSinceEpoch() : m_transitions.back().utc,
                       to.toSecsSinceEpoch());
}

void ZoneTransitionTable::add(std::int64_t utc, std::int32_t before, std::int32_t after) {
    m_transitions.push_back(
        {utc, before, after, utc + std::min(before, after), utc + std::max(before, after)});
}

// QTimeZone::transitions() (Qt 6.4, tz backend) lists only the changes a tz file spells out,
// which for most zones end in 2037; later ones follow the file's POSIX rule, which
// offsetFromUtc() applies but transitions() never reports. Without them every fire after 2037
// would use the last listed offset, an hour off for half of each year. A rule changes at the
// same local time on a date that moves by whole days from year to year: the w-th weekday of a
// month comes 364 or 371 days after the year before, a fixed date 365 or 366. So each change is
// looked for there first, with two offset look-ups per guess, and searched for only when no
// guess holds (the first two changes, or a rule with none).
void ZoneTransitionTable::addRuleTransitions(const QTimeZone &zone, std::int64_t from,
                                             std::int64_t to) {
    const std::size_t firstRuleChange = m_transitions.size();
    std::int64_t at = from;
    std::int32_t offset = offsetAt(zone, from);
    while (at < to) {
        std::optional<std::int64_t> next;
        if (m_transitions.size() >= firstRuleChange + 2) {
            const Transition &yearBefore = m_transitions[m_transitions.size() - 2];
            for (const std::int64_t days : {364, 365, 366, 371}) {
                const std::int64_t guess = yearBefore.utc + days * secondsPerDay;
                // A guess before the change fails on its first look-up, so try that one first.
                if (guess > at && offsetAt(zone, guess) == yearBefore.after &&
                    offsetAt(zone, guess - 1) == offset) {
                    next = guess;
                    break;
                }
            }
        }
        if (!next)
            next = findNextChange(zone, at, 400 * secondsPerDay);
        if (!next || *next >= to)
            return;
        const std::int32_t after = offsetAt(zone, *next);
        add(*next, offset, after);
        offset = after;
        at = *next;
    }
}

std::shared_ptr<const ZoneTransitionTable> ZoneTransitionTable::forZone(const QTimeZone &zone) {
    // Each thread remembers the last table it used: a scheduler asks about the same few zones
    // over and over, and this spares it the lock.
    thread_local std::shared_ptr<const ZoneTransitionTable> last;
    const QByteArray id = zone.isValid() ? zone.id() : QByteArray("UTC");
    if (last && last->m_zoneId == id)
        return last;
    TableCache &c = cache();
    QMutexLocker lock(&c.mutex);
    auto &slot = c.tables[id];
    if (!slot)
        slot = std::shared_ptr<const ZoneTransitionTable>(new ZoneTransitionTable(zone));
    last = slot;
    return slot;
}

std::int64_t ZoneTransitionTable::offsetAtUtc(std::int64_t utcSeconds) const {
    return spanAt(utcSeconds).offset;
}

ZoneTransitionTable::OffsetSpan ZoneTransitionTable::spanAt(std::int64_t utcSeconds) const {
    const auto it =
        std::upper_bound(m_transitions.begin(), m_transitions.end(), utcSeconds,
                         [](std::int64_t value, const Transition &t) { return value < t.utc; });
    return {it == m_transitions.begin() ? m_initialOffset : std::prev(it)->after,
            it == m_transitions.end() ? std::numeric_limits<std::int64_t>::max() : it->utc};
}

ZoneTransitionTable::WallResolution
ZoneTransitionTable::resolveWall(std::int64_t wallSeconds) const {
    // The last change whose wall window starts at or before this wall time decides.
    const auto it = std::upper_bound(
        m_transitions.begin(), m_transitions.end(), wallSeconds,
        [](std::int64_t value, const Transition &t) { return value < t.wallStart; });
    if (it == m_transitions.begin())
        return {wallSeconds - m_initialOffset, WallKind::Normal, 0};
    const Transition &t = *std::prev(it);
    if (wallSeconds >= t.wallEnd)
        return {wallSeconds - t.after, WallKind::Normal, 0};
    if (t.after > t.before)
        return {t.utc, WallKind::InGap, t.wallEnd};
    return {wallSeconds - t.before, WallKind::Repeated, t.wallEnd};
}

} // namespace fleetcron
