#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <cstdint>

namespace fleetcron {

// A stretch of wall-clock time in which a task's fires are skipped (recorded as skipped runs
// with the window as the reason) instead of run. Written as words, all of them optional but one:
//   [NAME:] [DATE or DATE..DATE] [HH:MM-HH:MM] [WEEKDAYS]
//   "xmas: 2026-12-24..2026-12-26"   whole days, both ends included
//   "22:00-06:00"                    every night; a range that ends before it starts crosses
//                                    midnight, and its early hours belong to the day it began
//   "backup: sat,sun 01:00-05:00"    weekdays: names or ranges (mon-fri, fri-mon wraps)
// Read on the wall clock of the task's time zone, so a window keeps its local hours across DST.
class BlackoutWindow {
public:
    struct ParseResult;

    // Never throws: a window, or one sentence saying what is wrong with the spec.
    static ParseResult parse(const QString &spec);
    // Every spec of a list parsed, or the first error, naming the spec at fault.
    static QString checkAll(const QStringList &specs);
    // The label of the first window of `specs` holding `at` in `zone`; empty when none does (or a
    // spec does not parse: saved specs were checked, a hand-edited one must not stop a fire).
    static QString windowHolding(const QStringList &specs, const QDateTime &at,
                                 const QTimeZone &zone);

    BlackoutWindow() = default;

    bool contains(const QDateTime &at, const QTimeZone &zone) const;
    // What a skipped run's reason calls it: its name, else its spec.
    QString label() const { return m_name.isEmpty() ? m_spec : m_name; }
    const QString &spec() const { return m_spec; }

private:
    QString m_spec;
    QString m_name;
    QDate m_from; // invalid: any day
    QDate m_to;
    int m_startSecond = -1; // of the day; -1: the whole day
    int m_endSecond = -1;
    std::uint8_t m_weekdays = 0x7f; // bit 0 Sunday … bit 6 Saturday
};

struct BlackoutWindow::ParseResult {
    BlackoutWindow window;
    QString error;
    explicit operator bool() const { return error.isEmpty(); }
};

} // namespace fleetcron
