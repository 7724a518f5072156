#pragma once

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <functional>

namespace fleetcron {

class Database;

// Keeps history within the retention settings shared by every engine on the database:
//   retention.days           runs that ended more than N days ago go (0: keep forever);
//   retention.runs_per_task  only the newest N runs of each task stay (0: no limit).
// It never touches a run that is pending or running. A pass deletes in paced batches so a large
// prune never stalls the scheduler: each batch is a transaction that waits its turn on the write
// gate like every writer; it is sized to hold the database for about `holdTargetMs` (measured
// cost per run, between `minBatch` and the batch size), and the next one waits at least as long
// as the last one held the database, so claims queued behind a batch go first. On PostgreSQL,
// where a batch locks only its own rows, batches are full-size with no pause.
// (docs/PERFORMANCE.md, "Retention pruning a million executions while fires run".)
class RetentionPruner : public QObject {
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;
    static constexpr int defaultDays = 90;
    static constexpr int holdTargetMs = 5;
    static constexpr int minBatch = 16;

    explicit RetentionPruner(Database &db, QObject *parent = nullptr);

    // First prune after `firstDelayMs`, then every `intervalMs`.
    void start(int firstDelayMs = 60'000, int intervalMs = 10 * 60'000);
    void stop();
    // Runs one whole prune now, batch after batch of the full size and without pauses (for tests
    // and tools); returns the number of runs deleted.
    int pruneNow();
    void setClock(Clock clock) { m_clock = std::move(clock); }
    // The largest batch (and pruneNow's).
    void setBatchSize(int runs) { m_batch = runs; }

signals:
    void pruned(int runs);

private:
    void pruneStep();
    int pruneOneBatch(int size, bool &more, qint64 &heldNs);
    // The next batch's size and the pause before it, from what the last one cost.
    int pace(int deleted, qint64 heldNs);

    Database &m_db;
    QTimer m_timer;
    Clock m_clock;
    int m_batch = 500;
    int m_paced = 64;
    int m_intervalMs = 10 * 60'000;
    int m_prunedThisPass = 0;
};

} // namespace fleetcron
