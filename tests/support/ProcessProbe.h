#pragma once

#include <QList>
#include <QString>

namespace fleetcron::test {

// Questions about local processes. The test sshd runs on this machine, so "is the remote command
// still running?" is answered by looking at /proc here.
class ProcessProbe {
public:
    // True while the process exists and is not a zombie.
    static bool isAlive(qint64 pid);
    // Polls until the process is gone; false if it still runs after timeoutMs.
    static bool waitUntilGone(qint64 pid, int timeoutMs);
    // Waits until `path` holds a pid (written by a remote command) and returns it, or 0.
    static qint64 waitForPidFile(const QString &path, int timeoutMs);
    // Children, grandchildren… of `pid`, deepest last.
    static QList<qint64> descendantsOf(qint64 pid);
    // Processes whose real uid is `uid`.
    static QList<qint64> processesOfUser(int uid);
    // Resident memory of this process (VmRSS), in bytes.
    static qint64 residentBytes();
    // SIGTERM, a short wait, then SIGKILL; for cleaning up after a test.
    static void terminate(qint64 pid, int graceMs = 1000);
};

} // namespace fleetcron::test
