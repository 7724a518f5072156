#include "ZoneTransitionTable.h"

#include <QDateTime>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <QTimeZone>

#include <algorithm>
#include <limits>

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
        const std::int64_t at = t.atUtc.toSecsSinceEpoch();
        m_transitions.push_back(
            {at, previous, next, at + std::min(previous, next), at + std::max(previous, next)});
        previous = next;
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
