#pragma once

#include "SearchIndexer.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QMutex>
#include <QObject>
#include <QThread>
#include <QWaitCondition>

class QTimer;

namespace fleetcron {

class Database;

// Indexes stored output for search behind the store writer, on a thread of its own
// (docs/SEARCH.md, "Indexed beside the store writer"). The writer's transactions only mark an
// output as waiting (execution_search_pending) and tell this worker how many they marked; the
// worker indexes them a chunk at a time (SearchIndexer) at a lower priority, so a writer that
// never idles stores results at the rate it has without indexing while the index follows on
// the other core. On SQLite the index is a file of its own with its own write lock
// (SearchIndexFile): no index write or merge holds the lock the writer and the scheduler's
// claims need. Search finds waiting outputs by an exact check meanwhile.
//
// What others queue (retention's and a removed task's deletions, another process's results)
// is found by a recount every few seconds while idle, and before waitUntilIndexed waits.
// Create it through SearchIndexThread.
class SearchIndexWorker : public QObject {
    Q_OBJECT
public:
    // Outputs indexed per transaction (~35 us of CPU each: document and FTS5 insert). Nothing
    // waits for an index transaction, so the chunk is sized for the indexer's own rate: one
    // fsync (synchronous=FULL) and one FTS5 segment per 1,024 outputs, against 256 before
    // (15.8k -> 18.0k outputs/s searchable in search_bench's 100,000 burst, medians of 3).
    static constexpr int chunk = 1024;

    SearchIndexWorker(Database &db, bool allowNative);

    // Thread-safe. `count` more outputs wait (committed by the writer); wakes the worker.
    void queued(qint64 count);
    // Thread-safe. Counts what waits again (others' deletions, another process's results),
    // then indexes it.
    void recount();
    // What waits, as this worker knows it: -1 until counted.
    qint64 backlog() const;
    // Any thread but the worker's: recounts what waits, then waits until it is indexed.
    // False at the deadline.
    bool waitUntilIndexed(QDeadlineTimer deadline);
    // On the worker's thread, before it ends: indexes what waits for up to `budgetMs`; the
    // rest waits for the next worker (a process's next start).
    void finish(int budgetMs);

private:
    // Counts what waits, then indexes it; posted again after each chunk while more waits, so
    // the thread's event loop (a finish, a stop) is never kept waiting for long.
    void work();
    void post();
    // Counts what waits if unknown, then indexes one chunk of it.
    StoreResult<SearchIndexer::Step> indexChunk();

    Database &m_db;
    SearchIndexer m_indexer;
    QTimer *m_idlePoll = nullptr;
    QTimer *m_wake = nullptr; // the next step after a pause or a failed one

    mutable QMutex m_mutex;
    QWaitCondition m_changed;
    qint64 m_backlog = -1;           // guarded by m_mutex; -1: count before the next step
    qint64 m_addedInStep = 0;        // guarded: queued while a step ran
    bool m_recountAsked = false;     // guarded: recount() since the last count began
    bool m_posted = false;           // guarded: a work() is queued on the worker's thread
    bool m_retryPending = false;     // worker thread only
    bool m_failing = false;          // worker thread only: the last step failed
    QDeadlineTimer m_pause;          // worker thread only: no step before it expires
    QElapsedTimer m_sinceCheckpoint; // worker thread only
};

// Owns a SearchIndexWorker and its thread: started on construction; stop() (or destruction)
// gives the worker `budgetMs` to index what waits, then ends the thread.
class SearchIndexThread {
public:
    SearchIndexThread(Database &db, bool allowNative);
    ~SearchIndexThread();
    SearchIndexThread(const SearchIndexThread &) = delete;
    SearchIndexThread &operator=(const SearchIndexThread &) = delete;

    SearchIndexWorker *worker() const { return m_worker; }
    void stop(int budgetMs);

private:
    QThread m_thread;
    SearchIndexWorker *m_worker = nullptr;
};

} // namespace fleetcron
