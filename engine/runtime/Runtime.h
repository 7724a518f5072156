#pragma once

#include "scheduler/Scheduler.h"

#include <QObject>
#include <QString>

#include <memory>

namespace fleetcron {

class CancelRequestWatcher;
class Database;
class Engine;
class EngineEvents;
class EngineMetrics;
class MetricsFeed;
class NotificationThread;
class FailoverRecovery;
class RetentionPruner;
class SchedulerThread;
class SecretStore;
class Services;
class StoreChangeListener;

// The one composition root (DESIGN: Layout). It owns, and builds in this order, the database,
// the secret store, the engine (writer, SSH pool, executor), the services every face calls, the
// notifications, the scheduler, failover, the PostgreSQL change listener and retention; it reads
// every shared setting through SettingKeys, and stops in the reverse order. The daemon hosts it on
// its main thread, the console on its engine thread (EngineHost), the CLI without an engine.
//
// Everything here is created, used and destroyed on one thread: the engine's.
class Runtime : public QObject {
    Q_OBJECT
public:
    struct Options {
        QString database;            // --db value; empty: FLEETCRON_DB, then the default file
        bool engine = true;          // false: database, secrets and services only (CLI verbs)
        bool requireSecrets = false; // the daemon will not run without a secret store
        // Scheduler knobs for tests; leaseMs is always the shared setting's.
        Scheduler::Options scheduler;
        // How far ahead of their time fires are claimed (Scheduler::Options::claimAheadMs),
        // unless FLEETCRON_CLAIM_AHEAD_MS says otherwise (benchmarks: 0 claims each when due).
        int claimAheadMs = 250;
        int retentionFirstDelayMs = 60'000;
    };

    explicit Runtime(const Options &options, QObject *parent = nullptr);
    ~Runtime() override;

    // Opens the database and the secret store and builds the engine (when asked) and the
    // services. False with error() set when it cannot.
    bool open();
    // Starts scheduling, failover, the change listener and retention.
    void start();
    // No new fires, no failover or pruning, and nothing new starts: executions still waiting for
    // a slot end cancelled at once; running ones go on (the daemon's grace period).
    void stopScheduling();
    // The ordered stop: scheduling, then the engine (cancels what still runs, drains the writer),
    // then the services, the secret store and the database. Safe to call twice.
    void stop();
    // Re-reads the shared settings an engine applies while it runs (the global limit).
    void reload();
    // Brings up an engine in a runtime opened without one (`task run` in the CLI); the services
    // are rebuilt around it.
    bool startEngine();
    // The daemon's grace period on SIGTERM: how many runs are still active, and stopping them.
    int activeRuns() const;
    void cancelAllRuns();

    QString error() const { return m_error; }
    QString databaseDescription() const { return m_databaseDescription; }
    QString secretsDescription() const { return m_secretsDescription; }
    int leaseMs() const { return m_leaseMs; }

    Database &database() { return *m_db; }
    Services &services() { return *m_services; }
    // Null without an engine.
    Engine *engine() { return m_engine.get(); }
    // What hosts see of the engine: its id and its events (null / empty without an engine), so a
    // face never needs the Engine itself.
    EngineEvents *events();
    QString engineId() const;
    SchedulerThread *scheduler() { return m_scheduler.get(); }
    // What GET /metrics reads (through MetricsService); null without an engine.
    EngineMetrics *metrics();

private:
    void buildEngine();
    void buildServices();

    Options m_options;
    QString m_error;
    QString m_databaseDescription;
    QString m_secretsDescription;
    int m_leaseMs = 0;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<EngineMetrics> m_metrics; // outlives the services, which read it
    std::unique_ptr<Engine> m_engine;
    std::unique_ptr<MetricsFeed> m_metricsFeed;
    std::unique_ptr<CancelRequestWatcher> m_cancels; // with the engine: requests from elsewhere
    std::unique_ptr<Services> m_services;
    std::unique_ptr<SchedulerThread> m_scheduler;
    std::unique_ptr<FailoverRecovery> m_failover;
    std::unique_ptr<NotificationThread> m_notify;
    std::unique_ptr<StoreChangeListener> m_changes;
    std::unique_ptr<RetentionPruner> m_pruner;
};

} // namespace fleetcron
