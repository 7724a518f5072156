#pragma once

#include "RunLauncher.h"
#include "model/Execution.h"
#include "model/Run.h"
#include "store/ExecutionOutputChunk.h"
#include "store/StoreResult.h"

#include <QObject>
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
// progress as signals. Its methods are called on its own thread (queued from elsewhere).
class Engine : public QObject, public RunLauncher {
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
    Database &database() { return m_db; }
    StoreWriter &writer();
    Executor &executor() { return *m_executor; }
    SshPool &sshPool() { return *m_pool; }
    // Null when no secret store could be opened: password servers then fail with a reason.
    SecretStore *secrets() const { return m_secrets; }

    // Starts a run of the task now, on its current targets. The run row is written before this
    // returns; its executions run in the background.
    StoreResult<Run> runNow(qint64 taskId, RunTrigger trigger = RunTrigger::Manual) override;
    bool cancelRun(qint64 runId) override;

signals:
    void runStarted(qint64 runId, qint64 taskId);
    void executionStarted(qint64 executionId, qint64 runId, qint64 serverId);
    void outputBatch(const QList<fleetcron::ExecutionOutputChunk> &chunks);
    void executionFinished(const fleetcron::Execution &execution);
    void runFinished(qint64 runId, qint64 taskId, fleetcron::RunStatus status);

private:
    void heartbeat();

    Database &m_db;
    SecretStore *m_secrets;
    QString m_engineId;
    std::unique_ptr<StoreWriterThread> m_writerThread;
    std::unique_ptr<SshPool> m_pool;
    std::unique_ptr<Executor> m_executor;
    QTimer m_heartbeat;
};

} // namespace fleetcron
