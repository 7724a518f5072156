#include "ProcessProbe.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QThread>

#include <csignal>
#include <sys/types.h>

namespace fleetcron::test {
namespace {

// The fields after the command name in /proc/<pid>/stat; the name itself may contain spaces.
QList<QByteArray> statFields(qint64 pid) {
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray line = f.readAll();
    const qsizetype close = line.lastIndexOf(')');
    if (close < 0)
        return {};
    return line.mid(close + 2).split(' ');
}

} // namespace

bool ProcessProbe::isAlive(qint64 pid) {
    if (pid <= 0)
        return false;
    const QList<QByteArray> fields = statFields(pid);
    return !fields.isEmpty() && fields.first() != "Z" && fields.first() != "X";
}

bool ProcessProbe::waitUntilGone(qint64 pid, int timeoutMs) {
    QElapsedTimer t;
    t.start();
    while (isAlive(pid)) {
        if (t.elapsed() > timeoutMs)
            return false;
        QThread::msleep(20);
    }
    return true;
}

qint64 ProcessProbe::waitForPidFile(const QString &path, int timeoutMs) {
    QElapsedTimer t;
    t.start();
    do {
        QFile f(path);
        if (f.open(QIODevice::ReadOnly)) {
            const QByteArray text = f.readAll();
            if (text.endsWith('\n')) {
                bool ok = false;
                const qint64 pid = text.trimmed().toLongLong(&ok);
                if (ok && pid > 0)
                    return pid;
            }
        }
        QThread::msleep(20);
    } while (t.elapsed() < timeoutMs);
    return 0;
}

QList<qint64> ProcessProbe::descendantsOf(qint64 pid) {
    QMultiHash<qint64, qint64> children;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &entry : entries) {
        bool ok = false;
        const qint64 p = entry.toLongLong(&ok);
        if (!ok)
            continue;
        const QList<QByteArray> fields = statFields(p);
        if (fields.size() > 1)
            children.insert(fields.at(1).toLongLong(), p);
    }
    QList<qint64> out;
    QList<qint64> queue{pid};
    while (!queue.isEmpty()) {
        const qint64 parent = queue.takeFirst();
        const QList<qint64> kids = children.values(parent);
        out += kids;
        queue += kids;
    }
    return out;
}

QList<qint64> ProcessProbe::processesOfUser(int uid) {
    QList<qint64> out;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &entry : entries) {
        bool ok = false;
        const qint64 p = entry.toLongLong(&ok);
        if (!ok)
            continue;
        QFile f(QStringLiteral("/proc/%1/status").arg(p));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QList<QByteArray> lines = f.readAll().split('\n');
        for (const QByteArray &line : lines) {
            if (line.startsWith("Uid:")) {
                if (line.mid(4).simplified().split(' ').first().toInt() == uid)
                    out << p;
                break;
            }
        }
    }
    return out;
}

qint64 ProcessProbe::residentBytes() {
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong() * 1024;
    }
    return 0;
}

void ProcessProbe::terminate(qint64 pid, int graceMs) {
    if (!isAlive(pid))
        return;
    ::kill(pid_t(pid), SIGTERM);
    if (!waitUntilGone(pid, graceMs))
        ::kill(pid_t(pid), SIGKILL);
}

} // namespace fleetcron::test
