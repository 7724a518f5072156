#include "LocalProcess.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QList>

#include <cerrno>
#include <csignal>

namespace fleetcron {

qint64 LocalProcess::startTicks(qint64 pid) {
    if (pid <= 0)
        return 0;
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray line = stat.readAll();
    // The command name (field 2) is in parentheses and may hold spaces or ')': the fields that
    // follow start after the last ')'. Field 3 is then the first of them, field 22 the 20th.
    const qsizetype close = line.lastIndexOf(')');
    if (close < 0)
        return 0;
    const QList<QByteArray> fields = line.mid(close + 2).split(' ');
    constexpr int startTimeIndex = 22 - 3;
    if (fields.size() <= startTimeIndex)
        return 0;
    return fields.at(startTimeIndex).toLongLong();
}

qint64 LocalProcess::ownStartTicks() {
    return startTicks(QCoreApplication::applicationPid());
}

bool LocalProcess::isGone(qint64 pid, qint64 recordedStartTicks) {
    if (pid <= 0)
        return false; // nothing recorded to judge by
    if (::kill(pid_t(pid), 0) != 0 && errno == ESRCH)
        return true;
    if (recordedStartTicks <= 0)
        return false;
    const qint64 now = startTicks(pid);
    return now > 0 && now != recordedStartTicks;
}

} // namespace fleetcron
