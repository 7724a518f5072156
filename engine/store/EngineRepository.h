#pragma once

#include "EngineRecord.h"
#include "StoreResult.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

namespace fleetcron {

class Database;

// Engines that share the database: registration, heartbeats, and the recovery of work left
// behind by engines that stopped heartbeating (killed, host gone). Usable from any thread.
class EngineRepository {
public:
    struct Recovery {
        QStringList deadEngineIds;
        QList<qint64> interruptedRunIds;
        int interruptedExecutions = 0;
    };

    // A command a dead engine left running on a server, with the process group to stop.
    struct OrphanedCommand {
        qint64 executionId = 0;
        qint64 runId = 0;
        qint64 serverId = 0;
        qint64 pgid = 0;
    };

    explicit EngineRepository(Database &db);

    // Inserts the engine or, when its id is known, refreshes it.
    StoreResult<void> registerEngine(const EngineRecord &engine);
    // False when the row is gone: another engine declared this one dead and recovered its
    // work, so it must re-register before claiming anything.
    StoreResult<bool> heartbeat(const QString &engineId, const QDateTime &at);
    // A clean shutdown: the engine leaves.
    StoreResult<void> unregisterEngine(const QString &engineId);

    StoreResult<QList<EngineRecord>> list();
    // Engines whose last heartbeat is older than `staleBefore`.
    StoreResult<QList<EngineRecord>> listStale(const QDateTime &staleBefore);
    // Ids of the engines whose last heartbeat is at or after `staleBefore` (the ones sharing
    // the work), in id order.
    StoreResult<QStringList> liveIds(const QDateTime &staleBefore);

    // In one transaction: every engine other than `selfId` with a heartbeat older than
    // `staleBefore` is removed; executions still pending or running in runs of a removed
    // engine (or of an engine no longer registered at all) become `interrupted` with a
    // sentence saying why, and those runs are closed as `interrupted`.
    // `knownDead`: engines found dead another way (their process is gone from this host), taken
    // as dead whatever their heartbeat says.
    StoreResult<Recovery> recoverDeadEngines(const QString &selfId, const QDateTime &staleBefore,
                                             const QDateTime &now,
                                             const QStringList &knownDead = {});

    // The running executions, with a known remote process group, of the runs that
    // recoverDeadEngines would close now (same rule): recovery stops them on their servers
    // before it marks them interrupted.
    StoreResult<QList<OrphanedCommand>> orphanedCommands(const QString &selfId,
                                                         const QDateTime &staleBefore,
                                                         const QStringList &knownDead = {});

private:
    Database &m_db;
};

} // namespace fleetcron
