#include "FireShare.h"

namespace fleetcron {

namespace {

// splitmix64's finaliser: consecutive task ids and due times spread evenly over the engines,
// and every process computes the same value (unlike qHash, which is seeded per process).
quint64 mix(quint64 x) {
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

} // namespace

int FireShare::ownerOf(qint64 taskId, const QDateTime &scheduled, int engines) {
    if (engines <= 1)
        return 0;
    const quint64 h =
        mix(quint64(taskId) * 0x100000001b3ULL ^ quint64(scheduled.toMSecsSinceEpoch()));
    return int(h % quint64(engines));
}

FireShare::Split FireShare::split(QList<Task> due, int rank, int engines, const QDateTime &now,
                                  int graceMs) {
    Split s;
    if (engines <= 1 || rank < 0 || rank >= engines || graceMs <= 0) {
        s.claimNow = std::move(due);
        return s;
    }
    const QDateTime graceOver = now.addMSecs(-graceMs);
    for (Task &task : due) {
        // Overdue past the grace: its owner did not take it in time, so anyone does.
        if (task.nextFireAt <= graceOver || ownerOf(task.id, task.nextFireAt, engines) == rank) {
            s.claimNow.append(std::move(task));
            continue;
        }
        const QDateTime again = task.nextFireAt.addMSecs(graceMs);
        if (!s.lookAgainAt.isValid() || again < s.lookAgainAt)
            s.lookAgainAt = again;
    }
    return s;
}

} // namespace fleetcron
