#pragma once

#include <QByteArray>

#include <cstdint>
#include <memory>
#include <vector>

class QTimeZone;

namespace fleetcron {

// A time zone's UTC-offset changes, read once from QTimeZone and kept in a sorted array.
// QTimeZone::offsetFromUtc() and friends cost microseconds per call; the next-fire search
// needs a handful of offset look-ups per result and must reach a million results per second,
// so it binary-searches this table instead. Tables are shared per zone id and never change.
class ZoneTransitionTable {
public:
    // How a wall-clock time maps to real time in this zone.
    enum class WallKind {
        Normal,   // exists exactly once
        InGap,    // skipped by a forward shift: `utc` is the first instant after the gap
        Repeated, // occurs twice: `utc` is the first occurrence
    };
    struct WallResolution {
        std::int64_t utc; // seconds since the epoch
        WallKind kind;
        std::int64_t windowEndWall; // InGap/Repeated: first wall second after the gap/repeat
    };

    // A stretch of real time with one UTC offset: wall time = UTC + offset throughout, so a
    // search on elapsed time can run on wall seconds inside it.
    struct OffsetSpan {
        std::int64_t offset;
        std::int64_t endUtc; // the next change; INT64_MAX when none follows
    };

    // Covers 1900–2300; outside that the nearest known offset holds. An invalid zone is UTC.
    static std::shared_ptr<const ZoneTransitionTable> forZone(const QTimeZone &zone);

    std::int64_t offsetAtUtc(std::int64_t utcSeconds) const;
    OffsetSpan spanAt(std::int64_t utcSeconds) const;
    WallResolution resolveWall(std::int64_t wallSeconds) const;

    const QByteArray &zoneId() const { return m_zoneId; }

private:
    struct Transition {
        std::int64_t utc;       // instant of the change
        std::int32_t before;    // offset in seconds before it
        std::int32_t after;     // offset from it on
        std::int64_t wallStart; // wall window touched by the change: [wallStart, wallEnd)
        std::int64_t wallEnd;
    };

    explicit ZoneTransitionTable(const QTimeZone &zone);
    void add(std::int64_t utc, std::int32_t before, std::int32_t after);
    void addRuleTransitions(const QTimeZone &zone, std::int64_t from, std::int64_t to);

    QByteArray m_zoneId;
    std::int32_t m_initialOffset = 0;
    std::vector<Transition> m_transitions;
};

} // namespace fleetcron
