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
// It deletes in small batches with the event loop turning in between, so a large prune never
// stalls the scheduler, and it never touches a run that is pending or running.
class RetentionPruner : public QObject {
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;
    static constexpr int defaultDays = 90;

    explicit RetentionPruner(Database &db, QObject *parent = nullptr);

    // First prune after `firstDelayMs`, then every `intervalMs`.
    void start(int firstDelayMs = 60'000, int intervalMs = 10 * 60'000);
    void stop();
    // Runs one whole prune now, batch after batch; returns the number of runs deleted.
    int pruneNow();
    void setClock(Clock clock) { m_clock = std::move(clock); }
    void setBatchSize(int runs) { m_batch = runs; }

signals:
    void pruned(int runs);

private:
    void pruneStep();
    int pruneOneBatch(bool &more);

    Database &m_db;
    QTimer m_timer;
    Clock m_clock;
    int m_batch = 500;
    int m_intervalMs = 10 * 60'000;
    int m_prunedThisPass = 0;
};

} // namespace fleetcron
