#include "FailoverRecovery.h"

#include "core/EngineEvents.h"
#include "core/RunHost.h"
#include "store/Database.h"
#include "store/EngineRepository.h"
#include "store/ExecutionRepository.h"
#include "store/RunRepository.h"
#include "store/SettingKeys.h"
#include "store/SettingsRepository.h"
#include "store/TaskRepository.h"

#include <QLoggingCategory>
#include <QSet>

namespace fleetcron {
namespace {

Q_LOGGING_CATEGORY(lcFailover, "fleetcron.failover")

// Starts a retry of an interrupted run on this engine when its task allows retries; true when
// it did. Only the servers whose execution was interrupted run again.
bool retryInterrupted(RunHost &engine, qint64 runId) {
    Database &db = engine.database();
    auto run = RunRepository(db).find(runId);
    if (!run)
        return false;
    TaskRepository tasks(db);
    auto task = tasks.find(run->taskId);
    if (!task || task->retries <= 0 || !task->enabled)
        return false;
    auto executions = ExecutionRepository(db).listForRun(runId);
    if (!executions)
        return false;
    QSet<qint64> interruptedServers;
    for (const Execution &e : executions.value()) {
        if (e.status == ExecutionStatus::Interrupted)
            interruptedServers.insert(e.serverId);
    }
    auto targets = tasks.resolveTargets(task->id);
    if (!targets)
        return false;
    // A run interrupted before any execution was recorded retries on all its targets; one
    // whose executions all ended (only the run's own closing was lost) needs no retry.
    const bool nothingRecorded = executions->isEmpty();
    QList<Server> again;
    for (const Server &s : targets.value()) {
        if (nothingRecorded || interruptedServers.contains(s.id))
            again << s;
    }
    if (again.isEmpty())
        return false;
    // Recovery hands each run to one engine only; this guards a retry already started for it
    // (a recovery pass repeated after an unclear commit).
    RunRepository::Filter same;
    same.taskId = task->id;
    same.from = run->scheduledFor;
    same.to = run->scheduledFor.addMSecs(1);
    if (auto existing = RunRepository(db).list(same)) {
        for (const Run &r : existing.value()) {
            if (r.trigger == RunTrigger::Retry)
                return false;
        }
    }
    Run retry;
    retry.taskId = task->id;
    retry.scheduledFor = run->scheduledFor;
    retry.trigger = RunTrigger::Retry;
    retry.status = RunStatus::Running;
    retry.startedAt = QDateTime::currentDateTimeUtc();
    retry.engineId = engine.engineId();
    auto created = RunRepository(db).create(retry);
    if (!created) {
        qCWarning(lcFailover).noquote() << created.error().toString();
        return false;
    }
    qCInfo(lcFailover).noquote() << QStringLiteral(
                                        "task=%1 run=%2 retried as run %3 after its engine died")
                                        .arg(task->name)
                                        .arg(runId)
                                        .arg(created->id);
    engine.startRun(created.value(), task.value(), again);
    return true;
}

// Stops, on their servers, the commands that dead engines left running, before their runs are
// marked interrupted: "interrupted" then means nothing of it still runs. Commands whose process
// group never reached the store (killed within milliseconds of the start) cannot be stopped.
void stopOrphanedCommands(RunHost &engine, const QDateTime &staleBefore,
                          const QStringList &knownDead) {
    auto orphans = EngineRepository(engine.database())
                       .orphanedCommands(engine.engineId(), staleBefore, knownDead);
    if (!orphans) {
        qCWarning(lcFailover).noquote() << orphans.error().toString();
        return;
    }
    for (const EngineRepository::OrphanedCommand &c : orphans.value()) {
        const QString why = engine.stopRemoteProcessGroup(c.serverId, c.pgid);
        if (why.isEmpty())
            qCInfo(lcFailover).noquote()
                << QStringLiteral("run=%1 execution=%2: stopped remote process group %3 on "
                                  "server %4, left by a dead engine")
                       .arg(c.runId)
                       .arg(c.executionId)
                       .arg(c.pgid)
                       .arg(c.serverId);
        else
            qCWarning(lcFailover).noquote()
                << QStringLiteral("run=%1 execution=%2: could not stop remote process group %3 "
                                  "on server %4: %5")
                       .arg(c.runId)
                       .arg(c.executionId)
                       .arg(c.pgid)
                       .arg(c.serverId)
                       .arg(why);
    }
}

} // namespace

FailoverRecovery::FailoverRecovery(RunHost &engine, int leaseMs, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_leaseMs(leaseMs) {
    m_timer.setInterval(qMax(200, m_leaseMs / 5));
    connect(&m_timer, &QTimer::timeout, this, [this] { recoverOnce(m_engine, m_leaseMs); });
}

int FailoverRecovery::leaseMsFromSettings(Database &db) {
    return int(SettingsRepository(db).number(SettingKeys::leaseSeconds()) * 1000);
}

void FailoverRecovery::start() {
    m_timer.start();
}

void FailoverRecovery::stop() {
    m_timer.stop();
}

int FailoverRecovery::recoverOnce(RunHost &engine, int leaseMs, const QStringList &knownDead) {
    const QDateTime t = QDateTime::currentDateTimeUtc();
    stopOrphanedCommands(engine, t.addMSecs(-leaseMs), knownDead);
    EngineRepository engines(engine.database());
    auto recovered =
        engines.recoverDeadEngines(engine.engineId(), t.addMSecs(-leaseMs), t, knownDead);
    if (!recovered) {
        qCWarning(lcFailover).noquote() << recovered.error().toString();
        return 0;
    }
    const auto &r = recovered.value();
    if (r.interruptedRunIds.isEmpty() && r.deadEngineIds.isEmpty())
        return 0;
    // Said before the retries start, so a notice of the loss comes before news of the retry.
    emit engine.events().enginesLost(r.deadEngineIds, r.interruptedRunIds);
    int retried = 0;
    for (const qint64 runId : r.interruptedRunIds)
        retried += retryInterrupted(engine, runId) ? 1 : 0;
    qCWarning(lcFailover).noquote()
        << QStringLiteral("recovered work of dead engines %1: %2 runs and %3 executions "
                          "marked interrupted, %4 runs retried")
               .arg(r.deadEngineIds.join(QStringLiteral(", ")))
               .arg(r.interruptedRunIds.size())
               .arg(r.interruptedExecutions)
               .arg(retried);
    return retried;
}

} // namespace fleetcron
