#pragma once

#include "model/Task.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace fleetcron {

class Database;

// Whether a fire falls in a blackout window (BlackoutWindow): the task's own, then the global
// ones every task shares (the setting schedule.blackouts), each read in the task's time zone.
class Blackouts {
public:
    // The settings row holding the global windows, one spec per line.
    static QString settingKey() { return QStringLiteral("schedule.blackouts"); }

    // The global windows as stored; none when unset or unreadable (a fire is never held up by
    // a settings read that failed).
    static QStringList global(Database &db);

    // Why a fire of `task` at `at` (the time its schedule named) is not run: "blackout window
    // xmas", "blackout window 22:00-06:00 (global)"; empty when it runs.
    static QString reasonFor(const Task &task, const QStringList &global, const QDateTime &at);
};

} // namespace fleetcron
