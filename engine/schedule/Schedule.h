#pragma once

#include "CronFields.h"
#include "ScheduledFire.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

namespace fleetcron {

struct ScheduleParseResult;

// When a task fires: a cron expression evaluated on the wall clock of a time zone, or a fixed
// interval anchored to an instant (creation or last fire). Built only by parse(); a
// default-constructed Schedule is invalid and never fires.
//
// DST rules, as cronie (Vixie cron's successor) applies them; docs/SCHEDULES.md says why:
// - a job whose hour field starts with '*' (`*/30 * * * *`, `0 * * * *`, `@hourly`) runs on
//   elapsed time: it fires at every real instant whose wall time matches, so it fires in both
//   passes of a repeated (fall-back) hour and has no fires at the wall times a spring-forward gap
//   skips (and no catch-up fire at the gap's end);
// - a job pinned to fixed hours (`30 2 * * *`, `0 9-17 * * *`) fires once per wall time: one
//   inside a gap fires once at the first instant after the gap (several such wall times, and
//   the wall time at the gap's end, collapse into that one fire); one in a repeated hour fires
//   at its first occurrence only.
// Interval schedules ignore wall time altogether.
//
// One-shot schedules fire once: `@at <RFC 3339 instant>` at that instant, `@once` at the instant
// it is armed (firstFire: saved, rescheduled or enabled again). Neither has a next fire after
// that, so the scheduler stores none and the task stays put.
class Schedule {
public:
    enum class Kind { Invalid, Cron, Interval, Once };

    // Never throws: either a schedule or a sentence naming the field and the problem.
    // `hashKey`: what H in a cron field is hashed from (the task's name; ScheduleParser).
    static ScheduleParseResult parse(const QString &spec, const QString &hashKey = {});

    static Schedule fromCron(const QString &spec, const CronFields &fields, bool withSeconds);
    static Schedule fromInterval(const QString &spec, qint64 seconds);
    // `at` invalid: `@once`, which fires when armed.
    static Schedule fromOnce(const QString &spec, const QDateTime &at);

    Schedule() = default;

    Kind kind() const { return m_kind; }
    bool isValid() const { return m_kind != Kind::Invalid; }
    bool isCron() const { return m_kind == Kind::Cron; }
    bool isInterval() const { return m_kind == Kind::Interval; }
    bool isOneShot() const { return m_kind == Kind::Once; }
    // The instant of `@at`; invalid for `@once` and every other kind.
    const QDateTime &onceAt() const { return m_at; }
    qint64 intervalSeconds() const { return m_intervalSeconds; }
    // True for 6-field cron expressions (seconds first).
    bool hasSecondsField() const { return m_withSeconds; }
    // A cron field used H, so the fires depend on the key the schedule was parsed with.
    bool usesHash() const { return m_kind == Kind::Cron && m_fields.usesHash; }
    const CronFields &cronFields() const { return m_fields; }
    // The text as the user wrote it (trimmed), so it round-trips through storage unchanged.
    const QString &spec() const { return m_spec; }

    // The first fire time strictly after `after`, in UTC; invalid if there is none (invalid
    // schedule or `after`). Cron: wall time in `zone` (an invalid zone counts as UTC).
    // Interval: anchor + k * interval for the smallest such time after `after`; the anchor
    // defaults to `after`, giving after + interval.
    QDateTime nextFireAfter(const QDateTime &after, const QTimeZone &zone,
                            const QDateTime &anchor = {}) const;
    // The same, telling whether daylight saving bent the fire time.
    ScheduledFire nextFire(const QDateTime &after, const QTimeZone &zone,
                           const QDateTime &anchor = {}) const;
    // The first fire of a schedule armed at `now` (a task saved, rescheduled or enabled again):
    // `now` itself for `@once`, else nextFire(now, zone, now).
    ScheduledFire firstFire(const QDateTime &now, const QTimeZone &zone) const;
    // The next `count` fires after `after` (fewer if the schedule ends), for previews.
    QList<ScheduledFire> nextFires(const QDateTime &after, const QTimeZone &zone, int count,
                                   const QDateTime &anchor = {}) const;
    QList<QDateTime> nextFireTimes(const QDateTime &after, const QTimeZone &zone, int count,
                                   const QDateTime &anchor = {}) const;

    // Same firing rule; the spelling (spec) may differ: "@daily" equals "0 0 * * *".
    friend bool operator==(const Schedule &a, const Schedule &b) {
        return a.m_kind == b.m_kind && a.m_fields == b.m_fields &&
               a.m_intervalSeconds == b.m_intervalSeconds && a.m_at == b.m_at;
    }

private:
    Kind m_kind = Kind::Invalid;
    bool m_withSeconds = false;
    CronFields m_fields;
    qint64 m_intervalSeconds = 0;
    QDateTime m_at; // Once: the `@at` instant (UTC), invalid for `@once`
    QString m_spec;
};

} // namespace fleetcron

#include "ScheduleParseResult.h"
