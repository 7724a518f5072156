#pragma once

#include "RunLauncher.h"
#include "StorageHealth.h"
#include "model/Run.h"
#include "model/RunStart.h"
#include "model/Server.h"
#include "model/Statuses.h"
#include "model/Task.h"

#include <QDateTime>
#include <QList>

namespace fleetcron {

class Database;
class EngineEvents;

// The engine as the scheduler and failover see it: the store it claims in, and starting or
// closing the runs they record. Narrow on purpose, so scheduler/ needs neither the executor, the
// writer nor the SSH pool behind it (the layers: scheduler -> core's interfaces, not the Engine).
class RunHost : public RunLauncher {
public:
    virtual Database &database() = 0;
    // Lives on the engine's thread: runs start there, so a caller on another thread queues
    // startRun() to this object. Its runFinished says when a run of this engine has ended.
    virtual EngineEvents &events() = 0;
    // Starts a run already recorded (a claimed fire, a failover retry) on these targets and
    // announces it (runStarted). On the engine's thread only.
    virtual void startRun(const Run &run, const Task &task, const QList<Server> &targets) = 0;
    // Starts the runs of one claim pass together: their execution rows are written in one
    // transaction (one wait for the store's write lock, not one per run). On the engine's
    // thread only; the scheduler queues one such call per pass, not one per fire, so the
    // completions and a shutdown queued behind it are not held up by thousands of starts.
    virtual void startRuns(const QList<RunStart> &starts) = 0;
    // Closes a recorded run that will not start (queued when scheduling stopped, or claimed
    // while the store went away); written in the background, callable from any thread.
    virtual void closeRun(qint64 runId, RunStatus status, const QDateTime &at) = 0;
    // Stops a command a dead engine left running on a server (its remote process group: TERM,
    // then KILL). Blocks for the SSH round trip. Empty when it is gone, else why it may not be.
    virtual QString stopRemoteProcessGroup(qint64 serverId, qint64 pgid) = 0;
    // What the store answered one of the engine's writers: a refusal (disk full, read-only), or
    // an empty `problem` once it writes again; shown to the operator (StorageHealth). Any thread.
    virtual void noteStorage(StorageHealth::Source source, const QString &problem) = 0;
};

} // namespace fleetcron
