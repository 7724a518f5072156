#pragma once

#include "EngineEvents.h"
#include "RunHost.h"
#include "StorageHealth.h"
#include "model/Run.h"
#include "store/StoreResult.h"

#include <QSet>
#include <QTimer>

#include <memory>

namespace fleetcron {

class Database;
class Executor;
class SecretStore;
class SshPool;
class StoreWriter;
class StoreWriterThread;

// The engine every face hosts: the console on a worker thread, the daemon and the CLI on their
// main thread. It owns the writer, the SSH pool and the executor, registers itself in
// `engines` and heartbeats there so other engines can tell it is alive, and publishes
// progress as its EngineEvents signals. Its methods are called on its own thread (queued from
// elsewhere). The scheduler and failover see it as a RunHost only.
class Engine : public EngineEvents, public RunHost {
    Q_OBJECT
public:
    struct Options {
        int globalLimit = 64;
        int heartbeatIntervalMs = 5000;
    };

    Engine(Database &db, SecretStore *secrets, const Options &options, QObject *parent = nullptr);
    Engine(Database &db, SecretStore *secrets, QObject *parent = nullptr);
    ~Engine() override;

    QString engineId() const override { return m_engineId; }
    Database &database() override { return m_db; }
    EngineEvents &events() override { return *this; }
    StoreWriter &writer();
    Executor &executor() { return *m_executor; }
    SshPool &sshPool() { return *m_pool; }
    // Null when no secret store could be opened: password servers then fail with a reason.
    SecretStore *secrets() const { return m_secrets; }

    // Starts a run of the task now, on its current targets. The run row is written before this
    // returns; its executions run in the background.
    StoreResult<Run> runNow(qint64 taskId, RunTrigger trigger = RunTrigger::Manual) override;
    bool cancelRun(qint64 runId) override;
    void startRun(const Run &run, const Task &task, const QList<Server> &targets) override;
    void startRuns(const QList<RunStart> &starts) override;
    void closeRun(qint64 runId, RunStatus status, const QDateTime &at) override;
    QString stopRemoteProcessGroup(qint64 serverId, qint64 pgid) override;
    void noteStorage(StorageHealth::Source source, const QString &problem) override {
        m_storage.report(source, problem);
    }

private:
    void heartbeat();
    // A run cancelled before it reached the executor (claimed ahead and not yet released, or
    // queued behind the task's active run): closed as cancelled instead of started. True if so.
    bool cancelledOnArrival(const Run &run, qint64 taskId);
    // Writes this engine's row in `engines` (at start, and again if others took it for dead).
    void registerSelf();

    Database &m_db;
    SecretStore *m_secrets;
    QString m_engineId;
    std::unique_ptr<StoreWriterThread> m_writerThread;
    std::unique_ptr<SshPool> m_pool;
    std::unique_ptr<Executor> m_executor;
    StorageHealth m_storage;
    QTimer m_heartbeat;
    QSet<qint64> m_cancelOnArrival; // runs cancelRun() did not find in the executor
};

} // namespace fleetcron
