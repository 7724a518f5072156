#include "EngineWorker.h"

#include "core/Engine.h"
#include "exec/Executor.h"
#include "runtime/Runtime.h"
#include "scheduler/SchedulerThread.h"
#include "service/Services.h"
#include "store/Database.h"

namespace fleetcron {

EngineWorker::EngineWorker(const QString &database, EngineBuilt engineBuilt)
    : m_databaseValue(database)
    , m_engineBuilt(std::move(engineBuilt))
    , m_reportTimer(this) { // a child, so moveToThread() takes it along
    m_reportTimer.setInterval(1000);
    connect(&m_reportTimer, &QTimer::timeout, this, &EngineWorker::report);
}

EngineWorker::~EngineWorker() {
    stop();
}

Engine *EngineWorker::engine() const {
    return m_runtime ? m_runtime->engine() : nullptr;
}

Database *EngineWorker::database() const {
    return m_runtime ? &m_runtime->database() : nullptr;
}

Services *EngineWorker::services() const {
    return m_runtime ? &m_runtime->services() : nullptr;
}

void EngineWorker::start() {
    startEngine();
    emit startFinished();
}

void EngineWorker::startEngine() {
    Runtime::Options options;
    options.database = m_databaseValue;
    auto runtime = std::make_unique<Runtime>(options);
    if (!runtime->open()) {
        m_status.error = runtime->error();
        emit statusChanged(m_status);
        return;
    }
    m_runtime = std::move(runtime);
    m_status.database = m_runtime->databaseDescription();
    m_status.schemaVersion = m_runtime->database().schemaVersion();
    Engine *engine = m_runtime->engine();
    m_status.engineId = engine->engineId();
    if (m_engineBuilt)
        m_engineBuilt(engine->events());
    m_runtime->start();
    m_status.running = true;
    report();
    m_reportTimer.start();
}

void EngineWorker::stop() {
    m_reportTimer.stop();
    m_runtime.reset(); // the ordered stop
    m_status.running = false;
}

void EngineWorker::report() {
    if (!m_runtime)
        return;
    Services &services = m_runtime->services();
    if (auto servers = services.servers.list())
        m_status.servers = int(servers->size());
    if (auto tasks = services.tasks.list())
        m_status.tasks = int(tasks->size());
    Engine *engine = m_runtime->engine();
    m_status.activeRuns = engine->executor().activeRuns();
    m_status.runningExecutions = engine->executor().runningExecutions();
    m_status.nextFireAt = m_runtime->scheduler()->scheduler().nextFireAt();
    emit statusChanged(m_status);
}

} // namespace fleetcron
