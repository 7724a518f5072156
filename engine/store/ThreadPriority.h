#pragma once

namespace fleetcron {

// Raises the calling thread's priority (a lower nice value) for threads that must not wait
// behind a busy machine: the scheduler, which claims fires, and the store writer, which holds
// the SQLite write lock the scheduler's claims need (left at normal priority, a preempted
// writer kept the lock for a whole time slice). Goes only as far as the process may: root,
// CAP_SYS_NICE, or RLIMIT_NICE (the systemd unit's LimitNICE); otherwise nothing changes.
class ThreadPriority {
public:
    static constexpr int latencySensitiveNice = -10;
    // Returns the nice value the thread now has (0 when it could not be raised).
    static int raiseCurrentThread(int nice = latencySensitiveNice);
};

} // namespace fleetcron
