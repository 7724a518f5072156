#include "Runtime.h"

#include "CancelRequestWatcher.h"
#include "core/Engine.h"
#include "exec/Executor.h"
#include "metrics/EngineMetrics.h"
#include "notify/NotificationThread.h"
#include "runtime/MetricsFeed.h"
#include "scheduler/FailoverRecovery.h"
#include "scheduler/RetentionPruner.h"
#include "scheduler/SchedulerThread.h"
#include "secrets/SecretStore.h"
#include "secrets/SecretStoreFactory.h"
#include "service/Services.h"
#include "store/ChangeNotifier.h"
#include "store/Database.h"
#include "store/DatabaseLocation.h"
#include "store/SettingKeys.h"
#include "store/SettingsRepository.h"
#include "store/StoreChangeListener.h"
#include "store/ThreadPriority.h"

#include <QLoggingCategory>

namespace fleetcron {
namespace {

Q_LOGGING_CATEGORY(lcRuntime, "fleetcron.runtime")

} // namespace

Runtime::Runtime(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options) {}

Runtime::~Runtime() {
    stop();
}

EngineMetrics *Runtime::metrics() {
    return m_metrics.get();
}

bool Runtime::open() {
    auto location = DatabaseLocation::resolve(m_options.database);
    if (!location) {
        m_error = location.error().toString();
        return false;
    }
    m_databaseDescription = location->describe();
    auto db = Database::open(location.value());
    if (!db) {
        m_error = db.error().toString();
        return false;
    }
    m_db = std::move(db).value();
    auto secrets = SecretStoreFactory::create({});
    if (!secrets.store && m_options.requireSecrets) {
        m_error = secrets.error;
        return false;
    }
    // Without a store, password servers fail with the reason instead of the whole program.
    m_secrets = std::move(secrets.store);
    m_secretsDescription = m_secrets ? secrets.reason : secrets.error;
    // Every engine judges the others by the same lease, so it is read from the shared setting.
    m_leaseMs = FailoverRecovery::leaseMsFromSettings(*m_db);
    if (m_options.engine)
        buildEngine();
    buildServices();
    return true;
}

void Runtime::buildEngine() {
    Engine::Options engineOptions;
    engineOptions.globalLimit = int(SettingsRepository(*m_db).number(SettingKeys::globalLimit()));
    engineOptions.heartbeatIntervalMs = FailoverRecovery::heartbeatMsFor(m_leaseMs);
    // This thread becomes the engine's: it records each claimed run's executions under the
    // store's write lock, which the scheduler's claims queue on (see ThreadPriority).
    ThreadPriority::raiseCurrentThread();
    m_engine = std::make_unique<Engine>(*m_db, m_secrets.get(), engineOptions);
    m_metrics = std::make_unique<EngineMetrics>();
    m_metricsFeed = std::make_unique<MetricsFeed>(*m_engine, *m_metrics);
    // Every engine, the CLI's `task run` one included, stops its runs when another process asks.
    m_cancels = std::make_unique<CancelRequestWatcher>(*m_db, *m_engine);
}

void Runtime::buildServices() {
    m_services = std::make_unique<Services>(*m_db, m_secrets.get(),
                                            m_engine ? &m_engine->sshPool() : nullptr,
                                            m_engine.get(), m_metrics.get());
}

bool Runtime::startEngine() {
    if (m_engine)
        return true;
    if (!m_db)
        return false;
    buildEngine();
    buildServices();
    return true;
}

void Runtime::start() {
    if (!m_engine || m_scheduler)
        return;
    // Before the scheduler, so the first fire's start is heard by the rules that want it.
    m_notify = std::make_unique<NotificationThread>(*m_db, m_secrets.get(), m_engine->engineId(),
                                                    m_engine->events());
    Scheduler::Options schedulerOptions = m_options.scheduler;
    schedulerOptions.leaseMs = m_leaseMs;
    bool set = false;
    const int aheadFromEnvironment = qEnvironmentVariableIntValue("FLEETCRON_CLAIM_AHEAD_MS", &set);
    schedulerOptions.claimAheadMs = set ? aheadFromEnvironment : m_options.claimAheadMs;
    m_scheduler = std::make_unique<SchedulerThread>(*m_engine, schedulerOptions);
    m_metricsFeed->watch(m_scheduler->scheduler());
    m_scheduler->start();
    m_failover = std::make_unique<FailoverRecovery>(*m_engine, m_leaseMs);
    m_failover->start();
    // PostgreSQL LISTEN/NOTIFY: a task changed elsewhere is looked at now (polling stays the
    // fallback, and the only way on SQLite).
    m_changes =
        std::make_unique<StoreChangeListener>(*m_db, QStringList{ChangeNotifier::tasksChannel()});
    connect(m_changes.get(), &StoreChangeListener::changed, &m_scheduler->scheduler(),
            &Scheduler::fireDue);
    m_pruner = std::make_unique<RetentionPruner>(*m_db);
    m_pruner->start(m_options.retentionFirstDelayMs);
}

void Runtime::stopScheduling() {
    if (m_pruner)
        m_pruner->stop();
    if (m_changes)
        m_changes.reset();
    if (m_failover)
        m_failover->stop();
    if (m_scheduler)
        m_scheduler->stop();
    // Under a burst thousands of executions can wait behind the global limit; the grace period
    // is for what runs, and waiting out a queue that long would take the daemon past it.
    if (m_engine)
        m_engine->executor().cancelWaiting();
}

void Runtime::stop() {
    stopScheduling();
    m_pruner.reset();
    m_failover.reset();
    m_scheduler.reset();
    m_notify.reset(); // records the attempts made; answers still awaited are not waited for
    m_services.reset();
    m_metricsFeed.reset();
    m_cancels.reset();
    m_engine.reset(); // cancels what still runs and drains the writer
    m_secrets.reset();
    m_db.reset();
}

EngineEvents *Runtime::events() {
    return m_engine ? &m_engine->events() : nullptr;
}

QString Runtime::engineId() const {
    return m_engine ? m_engine->engineId() : QString();
}

int Runtime::activeRuns() const {
    return m_engine ? m_engine->executor().activeRuns() : 0;
}

void Runtime::cancelAllRuns() {
    if (m_engine)
        m_engine->executor().cancelAll();
}

void Runtime::reload() {
    if (!m_engine || !m_db)
        return;
    const int limit = int(SettingsRepository(*m_db).number(SettingKeys::globalLimit()));
    m_engine->executor().setGlobalLimit(limit);
    qCInfo(lcRuntime).noquote() << QStringLiteral("settings loaded: global limit %1").arg(limit);
}

} // namespace fleetcron
