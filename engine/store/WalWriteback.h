#pragma once

#include <QElapsedTimer>
#include <QString>

namespace fleetcron {

// Starts the kernel's writeback of a SQLite database's write-ahead log a little at a time.
//
// With synchronous=NORMAL nothing syncs the WAL until a checkpoint, whose fdatasync then writes
// a second's worth of frames at once (170-190 ms on the test machine's disk). Meanwhile the
// WAL's last, partly written block is under I/O, and the next commit that appends to it waits
// for that I/O, holding the write gate the scheduler's claims queue on: that was the claim
// lateness tail at 1,000 fires/s (docs/PERFORMANCE.md, issue 16 item 1). Started every
// `intervalMs` (sync_file_range, SYNC_FILE_RANGE_WRITE: no wait, no durability change), each
// writeback is small, so is an append's wait, and the checkpoint's own sync finds little left.
// PostgreSQL does the same for its checkpoints (checkpoint_flush_after).
//
// A hint only: nothing fails if it cannot (no WAL yet, not Linux). The WAL is opened read-only
// and kept open; SQLite takes no POSIX lock on it, so this descriptor cannot drop one.
class WalWriteback {
public:
    static constexpr int defaultIntervalMs = 100;
    explicit WalWriteback(const QString &databasePath, int intervalMs = defaultIntervalMs);
    ~WalWriteback();
    WalWriteback(const WalWriteback &) = delete;
    WalWriteback &operator=(const WalWriteback &) = delete;

    // Starts writeback when the interval has passed (or `now`), without waiting for it.
    void startIfDue(bool now = false);
    // How many times writeback was started (tests, metrics).
    qint64 started() const { return m_started; }

private:
    bool ensureOpen();

    QString m_walPath;
    int m_intervalMs;
    int m_fd = -1;
    QElapsedTimer m_since;
    qint64 m_started = 0;
};

} // namespace fleetcron
