#pragma once

namespace fleetcron {

// Raises the calling thread's priority (a lower nice value) for threads that must not wait
// behind a busy machine: the scheduler, which claims fires, and the threads that hold the
// SQLite write lock the scheduler's claims need: the store writer and the engine's thread,
// which records each run's executions (left at normal priority, a preempted holder kept the
// lock for a whole time slice). Goes only as far as the process may: root, CAP_SYS_NICE, or
// RLIMIT_NICE (the systemd unit's LimitNICE); otherwise nothing changes.
//
// Threads inherit their creator's nice value: the SSH workers, started from the engine's
// thread, lower themselves again (lowerCurrentThread).
class ThreadPriority {
public:
    static constexpr int latencySensitiveNice = -10;
    // Returns the nice value the thread now has (0 when it could not be raised).
    static int raiseCurrentThread(int nice = latencySensitiveNice);

    // Bulk work that may wait: the SSH workers, whose crypto and polling are most of a busy
    // daemon's CPU. Below normal, they no longer take time slices from the threads that hold
    // or wait for the store's write lock (the engine thread, which records executions).
    static constexpr int bulkWorkNice = 5;
    // Lowering needs no privilege. Returns the nice value the thread now has.
    static int lowerCurrentThread(int nice = bulkWorkNice);

    // A bulk thread about to hold the write lock the scheduler's claims need (the search
    // indexer's short database transaction): raised for the scope, then put back, so a
    // preempted holder never keeps the lock through other threads' time slices.
    class Raised {
    public:
        Raised();
        ~Raised();
        Raised(const Raised &) = delete;
        Raised &operator=(const Raised &) = delete;

    private:
        int m_previous = 0;
        bool m_changed = false;
    };
};

} // namespace fleetcron
