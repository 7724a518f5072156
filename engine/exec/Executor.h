#pragma once

#include "ConcurrencyGate.h"
#include "OrphanReaper.h"
#include "OutputBatcher.h"
#include "RoundRobinPicker.h"
#include "model/Execution.h"
#include "model/Run.h"
#include "model/RunStart.h"
#include "model/Server.h"
#include "model/Task.h"
#include "ssh/SshCancelToken.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QThreadPool>

#include <memory>

namespace fleetcron {

class Database;
class SecretStore;
class SshPool;
class StoreWriter;
struct SshExecResult;

// Runs the executions of runs: one per target server, under the global limit and each
// server's max_parallel, on pool threads that block on SSH so nothing else does. Results go to
// the store through the writer; progress goes out as signals. Retries re-run the failed
// servers only, after the task's delay, as new attempts of the same run.
//
// Lives on the engine's thread; every public method is called there.
class Executor : public QObject {
    Q_OBJECT
public:
    Executor(Database &db, StoreWriter &writer, SshPool &pool, SecretStore *secrets,
             const QString &engineId, QObject *parent = nullptr);
    ~Executor() override;

    void setGlobalLimit(int limit);
    int globalLimit() const { return m_gate.globalLimit(); }

    // Starts a run whose row exists already. `targets` are the task's servers now; with target
    // "one" a single server is picked round-robin (RoundRobinPicker: the turn is shared through
    // the database; unreachable, busy and full servers are passed over), and when it cannot be
    // reached the run moves on to the next in turn. Work that waits for room (global limit,
    // max-parallel) does not start if its task was disabled meanwhile: it ends as cancelled,
    // and a run of which nothing started as skipped, "task disabled while queued".
    void start(const Run &run, const Task &task, const QList<Server> &targets);
    // start() for several runs at once (a claim pass's): all their execution rows in one
    // transaction, and one dispatch for them all.
    void startMany(const QList<RunStart> &starts);
    // Stops a run: waiting executions end as cancelled at once, running ones are killed on the
    // server. False when the run is not active here.
    bool cancel(qint64 runId);
    void cancelAll();
    // What waits for an execution slot does not start: it ends cancelled at once (a stopping
    // daemon lets only what runs finish); running executions go on, and no retry follows.
    void cancelWaiting();

    bool isActive(qint64 runId) const { return m_runs.contains(runId); }
    int activeRunsOfTask(qint64 taskId) const;
    int activeRuns() const { return int(m_runs.size()); }
    int runningExecutions() const { return m_gate.running(); }

    OutputBatcher &output() { return m_output; }
    const OrphanReaper &orphanReaper() const { return m_reaper; }

signals:
    void executionStarted(qint64 executionId, qint64 runId, qint64 serverId);
    void executionFinished(const fleetcron::Execution &execution);
    void runFinished(qint64 runId, qint64 taskId, fleetcron::RunStatus status);
    // A server's host key was pinned on first contact (accept-new).
    void hostKeyPinned(qint64 serverId, const QString &fingerprint);

private:
    struct ActiveExecution {
        Execution execution;
        Server server;
        SshCancelToken cancel;
        bool started = false;
        bool queued = false; // waited for room: its task is looked at again before it starts
    };
    struct ActiveRun {
        Run run;
        Task task;
        int attempt = 1;
        int remaining = 0;
        bool cancelled = false;
        QHash<qint64, Server> servers;             // by server id
        QHash<qint64, ExecutionStatus> lastStatus; // latest attempt per server
        QTimer *retryTimer = nullptr;
        QList<Server> fallbacks; // target "one": where to go when the chosen server is down
        bool anyStarted = false;
        QString skipReason; // set when queued work was not started (task disabled)
    };

    using RunPtr = std::shared_ptr<ActiveRun>;
    using ExecutionPtr = std::shared_ptr<ActiveExecution>;

    struct Launch {
        RunPtr run;
        QList<Server> servers;
    };
    void launch(const RunPtr &run, const QList<Server> &servers);
    void launch(const QList<Launch> &launches);
    void cancelUnstarted(const ExecutionPtr &active, const RunPtr &run, const QString &why);
    void dispatch();
    void onStarted(qint64 executionId, const QDateTime &at);
    void onDone(qint64 executionId, const QDateTime &startedAt, const QDateTime &endedAt,
                const SshExecResult &result);
    void recordEnd(const ExecutionPtr &active, const RunPtr &run);
    void settle(const RunPtr &run);
    bool moveOn(const RunPtr &run);
    int ownExecutions(qint64 serverId, qint64 taskId) const; // taskId 0: any task
    bool taskStillEnabled(qint64 taskId, QHash<qint64, bool> &known);
    void skipQueued(const ExecutionPtr &active, const RunPtr &run);
    bool isReachable(qint64 serverId) const;
    static bool isRetryable(ExecutionStatus status);

    Database &m_db;
    StoreWriter &m_writer;
    SshPool &m_pool;
    SecretStore *m_secrets;
    ConcurrencyGate m_gate;
    OutputBatcher m_output;
    RoundRobinPicker m_picker;
    OrphanReaper m_reaper; // outlives the worker threads: declared before them
    QThreadPool m_threads;
    QHash<qint64, RunPtr> m_runs;
    QHash<qint64, ExecutionPtr> m_executions;
    QHash<qint64, QDateTime> m_unreachableUntil;
};

} // namespace fleetcron
