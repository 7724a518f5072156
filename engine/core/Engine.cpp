#include "Engine.h"

#include "exec/Executor.h"
#include "exec/RemoteGroupStop.h"
#include "ssh/SshPool.h"
#include "store/Database.h"
#include "store/EngineRepository.h"
#include "store/LocalProcess.h"
#include "store/RunRepository.h"
#include "store/ServerRepository.h"
#include "store/StoreWriter.h"
#include "store/StoreWriterThread.h"
#include "store/TaskRepository.h"

#include <QCoreApplication>
#include <QHostInfo>
#include <QLoggingCategory>
#include <QUuid>

namespace fleetcron {
namespace {

Q_LOGGING_CATEGORY(lcEngine, "fleetcron.engine")

QString makeEngineId() {
    // Unique per process start, readable in the console's "which daemon ran what".
    return QStringLiteral("%1:%2:%3")
        .arg(QHostInfo::localHostName())
        .arg(QCoreApplication::applicationPid())
        .arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
}

} // namespace

Engine::Engine(Database &db, SecretStore *secrets, QObject *parent)
    : Engine(db, secrets, Options(), parent) {}

Engine::Engine(Database &db, SecretStore *secrets, const Options &options, QObject *parent)
    : EngineEvents(parent)
    , m_db(db)
    , m_secrets(secrets)
    , m_engineId(makeEngineId())
    , m_writerThread(std::make_unique<StoreWriterThread>(db))
    , m_pool(std::make_unique<SshPool>())
    , m_storage([this](const QString &problem) { emit storageStateChanged(problem); }) {
    m_executor =
        std::make_unique<Executor>(db, *m_writerThread->writer(), *m_pool, secrets, m_engineId);
    m_executor->setGlobalLimit(options.globalLimit);
    connect(m_executor.get(), &Executor::executionStarted, this, &Engine::executionStarted);
    connect(m_executor.get(), &Executor::executionFinished, this, &Engine::executionFinished);
    connect(m_executor.get(), &Executor::runFinished, this, &Engine::runFinished);
    connect(&m_executor->output(), &OutputBatcher::batchReady, this, &Engine::outputBatch);
    // Direct: taken from the writer's thread at once, even while this engine's thread waits
    // on the database (a claim during the outage) and could not pass a queued call on.
    connect(
        m_writerThread->writer(), &StoreWriter::storageStateChanged, this,
        [this](const QString &problem) {
            m_storage.report(StorageHealth::Source::Results, problem);
        },
        Qt::DirectConnection);

    registerSelf();
    m_heartbeat.setInterval(options.heartbeatIntervalMs);
    connect(&m_heartbeat, &QTimer::timeout, this, &Engine::heartbeat);
    m_heartbeat.start();
}

Engine::~Engine() {
    m_heartbeat.stop();
    // Order matters: the executor ends its work and hands its last results to the writer,
    // the writer commits them, and only then does this engine leave `engines`.
    m_executor.reset();
    m_writerThread->stop();
    if (auto left = EngineRepository(m_db).unregisterEngine(m_engineId); !left)
        qCWarning(lcEngine).noquote() << left.error().toString();
}

StoreWriter &Engine::writer() {
    return *m_writerThread->writer();
}

void Engine::heartbeat() {
    EngineRepository engines(m_db);
    auto alive = engines.heartbeat(m_engineId, QDateTime::currentDateTimeUtc());
    if (!alive) {
        qCWarning(lcEngine).noquote() << alive.error().toString();
        // Only a refusing store is the operator's to fix; a lock held a moment too long is not.
        if (alive.error().kind == StoreError::Kind::Unavailable)
            noteStorage(StorageHealth::Source::Heartbeat, alive.error().toString());
        return;
    }
    noteStorage(StorageHealth::Source::Heartbeat, {});
    if (!alive.value())
        registerSelf(); // another engine took us for dead; come back under the same id
}

void Engine::registerSelf() {
    EngineRecord self;
    self.id = m_engineId;
    self.host = QHostInfo::localHostName();
    self.pid = QCoreApplication::applicationPid();
    self.processStarted = LocalProcess::ownStartTicks();
    self.version = QCoreApplication::applicationVersion();
    self.startedAt = QDateTime::currentDateTimeUtc();
    self.heartbeatAt = self.startedAt;
    if (auto registered = EngineRepository(m_db).registerEngine(self); !registered)
        qCWarning(lcEngine).noquote() << registered.error().toString();
}

StoreResult<Run> Engine::runNow(qint64 taskId, RunTrigger trigger) {
    TaskRepository tasks(m_db);
    auto task = tasks.find(taskId);
    if (!task)
        return task.error();
    auto targets = tasks.resolveTargets(taskId);
    if (!targets)
        return targets.error();
    Run run;
    run.taskId = taskId;
    run.trigger = trigger;
    run.status = RunStatus::Running;
    run.startedAt = QDateTime::currentDateTimeUtc();
    run.scheduledFor = run.startedAt;
    run.engineId = m_engineId;
    auto created = RunRepository(m_db).create(run);
    if (!created)
        return created.error();
    startRun(created.value(), task.value(), targets.value());
    return created;
}

bool Engine::cancelledOnArrival(const Run &run, qint64 taskId) {
    if (m_cancelOnArrival.isEmpty() || !m_cancelOnArrival.remove(run.id))
        return false;
    writer().finishRun(run.id, RunStatus::Cancelled, QDateTime::currentDateTimeUtc());
    // Announced as any run that ends is, in pairs (metrics count active runs by them), so the
    // scheduler starts the fire queued behind it.
    emit runStarted(run.id, taskId);
    emit runFinished(run.id, taskId, RunStatus::Cancelled);
    return true;
}

void Engine::startRun(const Run &run, const Task &task, const QList<Server> &targets) {
    if (cancelledOnArrival(run, task.id))
        return;
    emit runStarted(run.id, task.id);
    m_executor->start(run, task, targets);
}

void Engine::startRuns(const QList<RunStart> &starts) {
    // Copied only when a run was cancelled on its way here (rare); otherwise handed on as is.
    QList<RunStart> kept;
    const bool filter = !m_cancelOnArrival.isEmpty();
    for (const RunStart &s : starts) {
        if (filter && cancelledOnArrival(s.run, s.task.id))
            continue;
        if (s.startedLate)
            writer().startRun(s.run.id, s.run.startedAt);
        emit runStarted(s.run.id, s.task.id);
        if (filter)
            kept.append(s);
    }
    m_executor->startMany(filter ? kept : starts);
}

void Engine::closeRun(qint64 runId, RunStatus status, const QDateTime &at) {
    writer().finishRun(runId, status, at);
}

QString Engine::stopRemoteProcessGroup(qint64 serverId, qint64 pgid) {
    auto server = ServerRepository(m_db).find(serverId, true);
    if (!server)
        return server.error().toString();
    return RemoteGroupStop::stop(*m_pool, m_secrets, server.value(), pgid);
}

bool Engine::cancelRun(qint64 runId) {
    if (m_executor->cancel(runId))
        return true;
    // Not in the executor: ended, or on its way (claimed ahead and not yet released, or queued).
    // Should it arrive, it is closed instead of started; the caller, which knows from the store
    // whether the run is still active, says which (RunService).
    m_cancelOnArrival.insert(runId);
    return false;
}

} // namespace fleetcron
