#include "Blackouts.h"

#include "TaskTiming.h"
#include "schedule/BlackoutWindow.h"
#include "store/SettingsRepository.h"

namespace fleetcron {

QStringList Blackouts::global(Database &db) {
    auto stored = SettingsRepository(db).value(settingKey());
    return stored ? stored->split(u'\n', Qt::SkipEmptyParts) : QStringList();
}

// Stored in runs.reason as data, like "task disabled while queued": not translated.
QString Blackouts::reasonFor(const Task &task, const QStringList &global, const QDateTime &at) {
    const QTimeZone zone = TaskTiming::zoneOf(task);
    if (const QString own = BlackoutWindow::windowHolding(task.blackouts, at, zone); !own.isEmpty())
        return QStringLiteral("blackout window %1").arg(own);
    if (const QString shared = BlackoutWindow::windowHolding(global, at, zone); !shared.isEmpty())
        return QStringLiteral("blackout window %1 (global)").arg(shared);
    return {};
}

} // namespace fleetcron
