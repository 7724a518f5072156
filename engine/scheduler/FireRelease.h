#pragma once

#include "model/RunStart.h"

#include <QList>

#include <condition_variable>
#include <functional>
#include <map>
#include <mutex>
#include <thread>

namespace fleetcron {

// Starts, at their time, the fires the scheduler claimed ahead of it (Scheduler::Options::
// claimAheadMs). A thread of its own that touches no store: it sleeps until the earliest due
// time and hands what is due to `release` (the scheduler gives it to the engine's thread). So a
// claim pass that waits for the store's write lock, or a commit that syncs a checkpoint, delays
// the next claims, which are made well ahead, and never the start of one already made: the
// lateness of a start is this thread's wake-up alone. Quartz does the same
// (batchTriggerAcquisitionFireAheadTimeWindow).
class FireRelease {
public:
    struct Fire {
        RunStart start;
        qint64 dueMs = 0; // ms since the epoch, wall clock: when it is to start
    };
    // Called on the release thread with the fires due and, for each, how late it was released.
    using Released = std::function<void(QList<RunStart> starts, QList<qint64> lateMs)>;

    explicit FireRelease(Released released);
    // Stops the thread; fires not released are dropped (take them with takeAll() first).
    ~FireRelease();
    FireRelease(const FireRelease &) = delete;
    FireRelease &operator=(const FireRelease &) = delete;

    // From any thread.
    void add(QList<Fire> fires);
    // The fires not released yet, removed: a scheduler that stops closes them.
    QList<RunStart> takeAll();
    // The earliest due time waiting, ms since the epoch; -1 when none waits.
    qint64 earliestMs() const;

private:
    void loop();

    Released m_released;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::multimap<qint64, RunStart> m_fires; // by due time
    bool m_stopping = false;
    std::thread m_thread; // last: started once the members it uses exist
};

} // namespace fleetcron
