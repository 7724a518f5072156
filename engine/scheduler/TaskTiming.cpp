#include "TaskTiming.h"

#include "schedule/Schedule.h"
#include "schedule/ScheduleParseResult.h"

namespace fleetcron {
namespace {

constexpr int maxTimeoutSeconds = 7 * 24 * 3600;
constexpr int maxRetries = 100;
constexpr qint64 maxOutputCap = qint64(1) << 30;

} // namespace

FieldError TaskTiming::validate(const Task &task) {
    const ScheduleParseResult parsed = Schedule::parse(task.schedule);
    if (!parsed)
        return {QStringLiteral("schedule"), parsed.error};
    if (!task.timeZone.isEmpty() && !QTimeZone(task.timeZone.toUtf8()).isValid()) {
        return {QStringLiteral("time_zone"),
                QStringLiteral("unknown time zone '%1' (use an IANA name such as Europe/Berlin)")
                    .arg(task.timeZone)};
    }
    if (task.timeoutSeconds < 0 || task.timeoutSeconds > maxTimeoutSeconds) {
        return {QStringLiteral("timeout_seconds"),
                QStringLiteral("timeout must be between 0 (none) and %1 seconds")
                    .arg(maxTimeoutSeconds)};
    }
    if (task.retries < 0 || task.retries > maxRetries)
        return {QStringLiteral("retries"),
                QStringLiteral("retries must be between 0 and %1").arg(maxRetries)};
    if (task.retryDelaySeconds < 0 || task.retryDelaySeconds > maxTimeoutSeconds) {
        return {
            QStringLiteral("retry_delay_seconds"),
            QStringLiteral("retry delay must be between 0 and %1 seconds").arg(maxTimeoutSeconds)};
    }
    if (task.maxOutputBytes < 1024 || task.maxOutputBytes > maxOutputCap) {
        return {QStringLiteral("max_output_bytes"),
                QStringLiteral("output cap must be between 1 KiB and 1 GiB")};
    }
    return {};
}

QTimeZone TaskTiming::zoneOf(const Task &task) {
    if (!task.timeZone.isEmpty()) {
        QTimeZone zone(task.timeZone.toUtf8());
        if (zone.isValid())
            return zone;
    }
    return QTimeZone::systemTimeZone();
}

QDateTime TaskTiming::nextFireAfter(const Task &task, const QDateTime &after,
                                    const QDateTime &anchor) {
    const ScheduleParseResult parsed = Schedule::parse(task.schedule);
    if (!parsed)
        return {};
    return parsed.schedule.nextFireAfter(after, zoneOf(task), anchor);
}

QDateTime TaskTiming::firstFire(const Task &task, const QDateTime &now) {
    const ScheduleParseResult parsed = Schedule::parse(task.schedule);
    if (!parsed)
        return {};
    return parsed.schedule.firstFire(now, zoneOf(task)).at;
}

} // namespace fleetcron
