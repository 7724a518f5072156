#include "TaskTiming.h"

#include "schedule/BlackoutWindow.h"
#include "schedule/Schedule.h"
#include "schedule/ScheduleParseResult.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QHash>
#include <QRandomGenerator>

namespace fleetcron {
namespace {

constexpr int maxTimeoutSeconds = 7 * 24 * 3600;
constexpr int maxRetries = 100;
constexpr qint64 maxOutputCap = qint64(1) << 30;

} // namespace

ScheduleParseResult TaskTiming::scheduleOf(const Task &task) {
    return Schedule::parse(task.schedule, task.name);
}

bool TaskTiming::rearms(const Task &before, const Task &after) {
    if (after.schedule != before.schedule || after.timeZone != before.timeZone ||
        (after.enabled && !before.enabled))
        return true;
    // H picked its values from the old name: the renamed task fires at its new ones.
    return after.name != before.name && scheduleOf(after).schedule.usesHash();
}

FieldError TaskTiming::validate(const Task &task) {
    const ScheduleParseResult parsed = scheduleOf(task);
    if (!parsed)
        return {QStringLiteral("schedule"), parsed.error};
    if (!task.timeZone.isEmpty() && !QTimeZone(task.timeZone.toUtf8()).isValid()) {
        return {QStringLiteral("time_zone"),
                QCoreApplication::translate(
                    "TaskTiming", "unknown time zone '%1' (use an IANA name such as Europe/Berlin)")
                    .arg(task.timeZone)};
    }
    if (task.timeoutSeconds < 0 || task.timeoutSeconds > maxTimeoutSeconds) {
        return {QStringLiteral("timeout_seconds"),
                QCoreApplication::translate("TaskTiming",
                                            "timeout must be between 0 (none) and %1 seconds")
                    .arg(maxTimeoutSeconds)};
    }
    if (task.retries < 0 || task.retries > maxRetries)
        return {QStringLiteral("retries"),
                QCoreApplication::translate("TaskTiming", "retries must be between 0 and %1")
                    .arg(maxRetries)};
    if (task.retryDelaySeconds < 0 || task.retryDelaySeconds > maxTimeoutSeconds) {
        return {QStringLiteral("retry_delay_seconds"),
                QCoreApplication::translate("TaskTiming",
                                            "retry delay must be between 0 and %1 seconds")
                    .arg(maxTimeoutSeconds)};
    }
    if (task.maxOutputBytes < 1024 || task.maxOutputBytes > maxOutputCap) {
        return {QStringLiteral("max_output_bytes"),
                QCoreApplication::translate("TaskTiming",
                                            "output cap must be between 1 KiB and 1 GiB")};
    }
    if (task.startDelaySeconds < 0 || task.startDelaySeconds > maxStartDelaySeconds) {
        return {QStringLiteral("start_delay_seconds"),
                QCoreApplication::translate("TaskTiming",
                                            "start delay must be between 0 (none) and %1 seconds")
                    .arg(maxStartDelaySeconds)};
    }
    if (const QString e = BlackoutWindow::checkAll(task.blackouts); !e.isEmpty())
        return {QStringLiteral("blackouts"), e};
    return {};
}

qint64 TaskTiming::drawStartDelayMs(const Task &task) {
    if (task.startDelaySeconds <= 0)
        return 0;
    // Drawn once per fire and stored with it (tasks.next_fire_delay_ms), so it need not be
    // reproducible: every engine claims the fire at the instant stored.
    return QRandomGenerator::global()->bounded(qint64(task.startDelaySeconds) * 1000 + 1);
}

QDateTime TaskTiming::nominalFire(const Task &task) {
    return task.nextFireAt.isValid() ? task.nextFireAt.addMSecs(-task.nextFireDelayMs)
                                     : QDateTime();
}

QTimeZone TaskTiming::zoneOf(const Task &task) {
    // Asked for every fire: at 1,000 fires/s a QTimeZone built from its name each time, and
    // systemTimeZone()'s look at /etc/localtime (a syscall each), showed in the scheduler's
    // profile. So each thread keeps the zones it has built, and the system zone for a second:
    // a change of the machine's zone is still followed within that second.
    thread_local QHash<QString, QTimeZone> named;
    thread_local QTimeZone system;
    thread_local QDeadlineTimer systemFresh;
    if (!task.timeZone.isEmpty()) {
        auto it = named.constFind(task.timeZone);
        if (it == named.cend()) {
            if (named.size() > 1000)
                named.clear(); // bounded: names come from tasks, and tasks can be many
            it = named.insert(task.timeZone, QTimeZone(task.timeZone.toUtf8()));
        }
        if (it->isValid())
            return *it;
    }
    if (systemFresh.hasExpired()) {
        system = QTimeZone::systemTimeZone();
        systemFresh.setRemainingTime(1000);
    }
    return system;
}

QDateTime TaskTiming::nextFireAfter(const Task &task, const QDateTime &after,
                                    const QDateTime &anchor) {
    const ScheduleParseResult parsed = scheduleOf(task);
    if (!parsed)
        return {};
    return parsed.schedule.nextFireAfter(after, zoneOf(task), anchor);
}

QDateTime TaskTiming::firstFire(const Task &task, const QDateTime &now) {
    const ScheduleParseResult parsed = scheduleOf(task);
    if (!parsed)
        return {};
    return parsed.schedule.firstFire(now, zoneOf(task)).at;
}

} // namespace fleetcron
