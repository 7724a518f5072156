#pragma once

#include "ExecutionOutputChunk.h"
#include "StoreError.h"
#include "model/Execution.h"
#include "model/Run.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QWaitCondition>

#include <memory>
#include <variant>

class QSqlDatabase;
class QTimer;

namespace fleetcron {

class WalWriteback;

class Database;
class SearchIndexThread;
class WriterStatements;

// The one writer of execution results. Executors on any thread hand it starts, output chunks
// and results; it queues them and writes them in batched transactions on its own thread
// (when `batchSize` writes are waiting, or `flushIntervalMs` after the first one), so no
// caller ever waits on SQL and one transaction carries hundreds of rows. Every write gets a
// ticket; batchCommitted says up to which ticket everything is durable.
//
// Lives on its own QThread; create it through StoreWriterThread, which owns the thread and
// drains the queue on shutdown so that no finished result is lost.
class StoreWriter : public QObject {
    Q_OBJECT
public:
    struct Options {
        int batchSize = 2000;       // write as soon as this many are waiting
        int flushIntervalMs = 20;   // …or this long after the first one arrived
        int maxTransaction = 20000; // the most writes in one transaction
        // On SQLite, write through the C API on the same connection (several times cheaper
        // per row than Qt SQL's QVariant binding). Off: Qt SQL only, as on PostgreSQL.
        bool sqliteApi = true;
        // Index each result's output for search (issue 17). The result's transaction only
        // marks it (execution_search_pending); its index row is written beside the writer, on
        // the SearchIndexWorker's thread. Off only to measure what indexing costs
        // (bench/search_bench).
        bool indexOutput = true;
    };

    StoreWriter(Database &db, const Options &options, QObject *parent = nullptr);
    ~StoreWriter() override;

    // Thread-safe; they only queue and return the write's ticket.
    // A whole execution row (a result recorded in one go, an import).
    quint64 insertExecution(const Execution &execution);
    // A pending execution starts running.
    quint64 startExecution(qint64 executionId, const QDateTime &startedAt);
    // The remote process group of a running execution (learned once the command runs).
    quint64 setRemoteProcessGroup(qint64 executionId, qint64 pgid);
    // A piece of live output; seq numbers are given per execution in arrival order.
    quint64 appendOutput(qint64 executionId, ExecutionOutputChunk::Stream stream,
                         const QDateTime &at, const QByteArray &bytes);
    // The final result (status, exit, output); its live chunks are dropped, now folded in.
    quint64 finishExecution(const Execution &execution);
    quint64 finishRun(qint64 runId, RunStatus status, const QDateTime &finishedAt);
    // When a run began, where its claim wrote another time (WriterStatements::startRun).
    quint64 startRun(qint64 runId, const QDateTime &startedAt);

    qsizetype queued() const;
    // The highest ticket whose write is committed (or was given up on and reported).
    quint64 doneTicket() const;

    // Writes everything queued before the call and waits until it is committed. For shutdown,
    // tests and tools; engine threads never need it. False on timeout.
    bool flush(int timeoutMs = -1);
    // flush(), then waits until every stored output is in the search index too (search finds
    // outputs before that; this is for benchmarks and tests). False on timeout.
    bool flushIndex(int timeoutMs = -1);
    // Outputs stored but not yet indexed, as this writer knows them (-1: not counted yet).
    qint64 indexBacklog() const;
    // For bulk producers (benchmark, import): waits while more than `maxQueued` writes are
    // waiting, so the queue cannot grow without bound. Engine threads never call it.
    void waitForRoom(qsizetype maxQueued);

    // Called on the writer thread before it ends: writes what is left and lets go of SQL.
    void shutdown();

signals:
    void batchCommitted(quint64 lastTicket, int writes);
    // A write that could not be stored (e.g. its run was deleted); the rest went on.
    void writeFailed(quint64 ticket, const QString &message);
    // The storage refused the queued writes (disk full, read-only, database away): they are kept
    // and retried. `problem` says why; an empty one means the writes go through again. Emitted
    // on each change only, not on every retry.
    void storageStateChanged(const QString &problem);

private:
    struct InsertExecution {
        Execution execution;
    };
    struct StartExecution {
        qint64 executionId;
        QDateTime startedAt;
    };
    struct RemoteProcessGroup {
        qint64 executionId;
        qint64 pgid;
    };
    struct AppendOutput {
        ExecutionOutputChunk chunk;
    };
    struct FinishExecution {
        Execution execution;
    };
    struct FinishRun {
        qint64 runId;
        RunStatus status;
        QDateTime finishedAt;
    };
    struct StartRun {
        qint64 runId;
        QDateTime startedAt;
    };
    using Job = std::variant<InsertExecution, StartExecution, RemoteProcessGroup, AppendOutput,
                             FinishExecution, FinishRun, StartRun>;
    struct Ticketed {
        quint64 ticket;
        Job job;
    };

    quint64 enqueue(Job job);
    void onWork();
    void drain();
    // Writes `jobs` in one transaction; on failure nothing of it is kept.
    StoreError writeBatch(const QList<Ticketed> &jobs);
    StoreError writeOne(WriterStatements &st, const Job &job);
    // Marks the execution's output for the index, when indexing is on and it has output.
    StoreError queueIndex(WriterStatements &st, const Execution &execution, qint64 id);
    void markDone(quint64 ticket, int writes, bool committed);
    // The database is locked or away: the queue is kept (in order) and tried again later.
    void scheduleRetry(const StoreError &error);
    void checkpointIfDue();

    Database &m_db;
    Options m_options;
    QTimer *m_timer = nullptr;

    mutable QMutex m_mutex;
    QWaitCondition m_doneChanged;
    QWaitCondition m_roomChanged;
    QList<Ticketed> m_queue;
    QHash<qint64, int> m_nextSeq;
    quint64 m_nextTicket = 0;
    quint64 m_doneTicket = 0;
    bool m_flushRequested = false;
    bool m_retryPending = false;
    bool m_storageTrouble = false; // writer thread only
    int m_retryDelayMs = 0;
    // SQLite: WAL checkpoints run here, between batches, never inside a commit (see
    // checkpointIfDue).
    bool m_commitCheckpointsOff = false;
    QElapsedTimer m_sinceCheckpoint;
    std::unique_ptr<WalWriteback> m_walWriteback; // SQLite, with m_commitCheckpointsOff
    qint64 m_queuedForIndex = 0; // writer thread only: marked in the open transaction
    std::unique_ptr<SearchIndexThread> m_index; // when indexOutput
};

} // namespace fleetcron
