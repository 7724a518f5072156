#include "EngineWorker.h"

#include "Engine.h"
#include "exec/Executor.h"
#include "scheduler/RetentionPruner.h"
#include "scheduler/SchedulerThread.h"
#include "secrets/SecretStore.h"
#include "secrets/SecretStoreFactory.h"
#include "store/Database.h"
#include "store/DatabaseLocation.h"
#include "store/ServerRepository.h"
#include "store/SettingKeys.h"
#include "store/SettingsRepository.h"
#include "store/TaskRepository.h"
#include "store/ThreadPriority.h"

namespace fleetcron {

EngineWorker::EngineWorker(const QString &database)
    : m_databaseValue(database)
    , m_reportTimer(this) { // a child, so moveToThread() takes it along
    m_reportTimer.setInterval(1000);
    connect(&m_reportTimer, &QTimer::timeout, this, &EngineWorker::report);
}

EngineWorker::~EngineWorker() {
    stop();
}

void EngineWorker::start() {
    startEngine();
    emit startFinished();
}

void EngineWorker::startEngine() {
    auto location = DatabaseLocation::resolve(m_databaseValue);
    if (!location) {
        m_status.error = location.error().toString();
        emit statusChanged(m_status);
        return;
    }
    m_status.database = location->describe();
    auto db = Database::open(location.value());
    if (!db) {
        m_status.error = db.error().toString();
        emit statusChanged(m_status);
        return;
    }
    m_db = std::move(db).value();
    m_status.schemaVersion = m_db->schemaVersion();
    auto secrets = SecretStoreFactory::create({});
    m_secrets = std::move(secrets.store); // without one, password servers fail with a reason
    // The global limit is a shared setting (the console's Settings dialog); read once per start.
    Engine::Options options;
    if (auto limit = SettingsRepository(*m_db).value(SettingKeys::globalLimit())) {
        bool ok = false;
        const int n = limit->toInt(&ok);
        if (ok && n >= 1 && n <= 1024)
            options.globalLimit = n;
    }
    // The engine's thread records each claimed run's executions under the store's write lock,
    // which the scheduler's claims queue on (see ThreadPriority).
    ThreadPriority::raiseCurrentThread();
    m_engine = std::make_unique<Engine>(*m_db, m_secrets.get(), options);
    m_status.engineId = m_engine->engineId();
    connect(m_engine.get(), &Engine::runStarted, this, &EngineWorker::runStarted);
    connect(m_engine.get(), &Engine::executionStarted, this, &EngineWorker::executionStarted);
    connect(m_engine.get(), &Engine::outputBatch, this, &EngineWorker::outputBatch);
    connect(m_engine.get(), &Engine::executionFinished, this, &EngineWorker::executionFinished);
    connect(m_engine.get(), &Engine::runFinished, this, &EngineWorker::runFinished);
    m_scheduler = std::make_unique<SchedulerThread>(*m_engine);
    m_scheduler->start();
    m_pruner = std::make_unique<RetentionPruner>(*m_db);
    m_pruner->start();
    m_status.running = true;
    report();
    m_reportTimer.start();
}

void EngineWorker::stop() {
    m_reportTimer.stop();
    m_pruner.reset();
    if (m_scheduler)
        m_scheduler->stop();
    m_scheduler.reset();
    m_engine.reset(); // cancels what runs and drains the writer
    m_secrets.reset();
    m_db.reset();
    m_status.running = false;
}

void EngineWorker::report() {
    if (!m_db)
        return;
    if (auto servers = ServerRepository(*m_db).list())
        m_status.servers = int(servers->size());
    if (auto tasks = TaskRepository(*m_db).list())
        m_status.tasks = int(tasks->size());
    m_status.activeRuns = m_engine->executor().activeRuns();
    m_status.runningExecutions = m_engine->executor().runningExecutions();
    m_status.nextFireAt = m_scheduler->scheduler().nextFireAt();
    emit statusChanged(m_status);
}

} // namespace fleetcron
