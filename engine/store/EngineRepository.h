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
    StoreResult<Recovery> recoverDeadEngines(const QString &selfId, const QDateTime &staleBefore,
                                             const QDateTime &now);

private:
    Database &m_db;
};

} // namespace fleetcron
