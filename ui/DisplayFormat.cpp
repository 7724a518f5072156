#include "DisplayFormat.h"

namespace fleetcron {

QString DisplayFormat::time(const QDateTime &utc) {
    if (!utc.isValid())
        return {};
    return utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

qint64 DisplayFormat::durationMs(const QDateTime &start, const QDateTime &end) {
    if (!start.isValid())
        return -1;
    // A running execution's duration grows until it ends.
    const QDateTime until = end.isValid() ? end : QDateTime::currentDateTimeUtc();
    return qMax<qint64>(0, start.msecsTo(until));
}

QString DisplayFormat::duration(const QDateTime &start, const QDateTime &end) {
    const qint64 ms = durationMs(start, end);
    if (ms < 0)
        return {};
    if (ms < 1000)
        return tr("%1 ms").arg(ms);
    if (ms < 60'000)
        return tr("%1 s").arg(double(ms) / 1000.0, 0, 'f', 1);
    const qint64 s = ms / 1000;
    if (s < 3600)
        return tr("%1 min %2 s").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
    return tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60, 2, 10, QLatin1Char('0'));
}

} // namespace fleetcron
