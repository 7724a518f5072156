#include "EngineRepository.h"

#include "Database.h"
#include "SqlValues.h"
#include "Transaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace fleetcron {
namespace {

const QString columns =
    QStringLiteral("id, host, pid, version, started_at, heartbeat_at, process_started");

EngineRecord engineFrom(const QSqlQuery &q) {
    EngineRecord e;
    e.id = q.value(0).toString();
    e.host = q.value(1).toString();
    e.pid = q.value(2).toLongLong();
    e.version = q.value(3).toString();
    e.startedAt = SqlValues::time(q.value(4));
    e.heartbeatAt = SqlValues::time(q.value(5));
    e.processStarted = q.value(6).toLongLong();
    return e;
}

// The runs left open by dead engines: those whose heartbeat is older than the lease, those known
// dead, and those no longer registered at all (their row was already removed, or they predate
// registration). `r` is the runs table; two values are bound first: self id, stale-before.
QString deadEngineRuns(const QStringList &knownDead) {
    QString sql = QStringLiteral("r.status IN ('pending', 'running') AND r.engine_id <> ? AND "
                                 "(r.engine_id NOT IN (SELECT id FROM engines) OR r.engine_id IN "
                                 "(SELECT id FROM engines WHERE heartbeat_at < ?)");
    if (!knownDead.isEmpty()) {
        QStringList marks(knownDead.size(), QStringLiteral("?"));
        sql += QStringLiteral(" OR r.engine_id IN (%1)").arg(marks.join(QStringLiteral(", ")));
    }
    return sql + QLatin1Char(')');
}

QVariantList deadEngineValues(const QString &selfId, const QDateTime &staleBefore,
                              const QStringList &knownDead) {
    QVariantList values{selfId, SqlValues::time(staleBefore)};
    for (const QString &id : knownDead)
        values << id;
    return values;
}

} // namespace

EngineRepository::EngineRepository(Database &db)
    : m_db(db) {}

StoreResult<void> EngineRepository::registerEngine(const EngineRecord &engine) {
    if (engine.id.isEmpty())
        return StoreError::make(StoreError::Kind::Invalid, QStringLiteral("an engine needs an id"),
                                QStringLiteral("id"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return m_db.apply(m_db.dialect().upsert(
                          QStringLiteral("engines"),
                          {QStringLiteral("id"), QStringLiteral("host"), QStringLiteral("pid"),
                           QStringLiteral("version"), QStringLiteral("started_at"),
                           QStringLiteral("heartbeat_at"), QStringLiteral("process_started")},
                          QStringLiteral("id"),
                          {QStringLiteral("host"), QStringLiteral("pid"), QStringLiteral("version"),
                           QStringLiteral("heartbeat_at"), QStringLiteral("process_started")}),
                      {engine.id, engine.host, engine.pid, engine.version,
                       SqlValues::time(engine.startedAt.isValid() ? engine.startedAt : now),
                       SqlValues::time(engine.heartbeatAt.isValid() ? engine.heartbeatAt : now),
                       engine.processStarted},
                      QStringLiteral("register engine %1").arg(engine.id));
}

StoreResult<bool> EngineRepository::heartbeat(const QString &engineId, const QDateTime &at) {
    auto changed =
        m_db.rowsChanged(QStringLiteral("UPDATE engines SET heartbeat_at = ? WHERE id = ?"),
                         {SqlValues::time(at), engineId},
                         QStringLiteral("record the heartbeat of engine %1").arg(engineId));
    if (!changed)
        return changed.error();
    return changed.value() == 1;
}

StoreResult<void> EngineRepository::unregisterEngine(const QString &engineId) {
    return m_db.apply(QStringLiteral("DELETE FROM engines WHERE id = ?"), {engineId},
                      QStringLiteral("unregister engine %1").arg(engineId));
}

StoreResult<QList<EngineRecord>> EngineRepository::list() {
    return m_db.rows(QStringLiteral("SELECT %1 FROM engines ORDER BY started_at, id").arg(columns),
                     {}, QStringLiteral("list engines"), engineFrom);
}

StoreResult<QList<EngineRecord>> EngineRepository::listStale(const QDateTime &staleBefore) {
    return m_db.rows(
        QStringLiteral("SELECT %1 FROM engines WHERE heartbeat_at < ? ORDER BY heartbeat_at")
            .arg(columns),
        {SqlValues::time(staleBefore)}, QStringLiteral("list stale engines"), engineFrom);
}

StoreResult<QStringList> EngineRepository::liveIds(const QDateTime &staleBefore) {
    return m_db.rows(QStringLiteral("SELECT id FROM engines WHERE heartbeat_at >= ? ORDER BY id"),
                     {SqlValues::time(staleBefore)}, QStringLiteral("list live engines"),
                     [](const QSqlQuery &q) { return q.value(0).toString(); });
}

StoreResult<QList<EngineRepository::OrphanedCommand>>
EngineRepository::orphanedCommands(const QString &selfId, const QDateTime &staleBefore,
                                   const QStringList &knownDead) {
    return m_db.rows(
        QStringLiteral("SELECT e.id, e.run_id, e.server_id, e.remote_pgid FROM executions e "
                       "JOIN runs r ON r.id = e.run_id WHERE e.status = 'running' AND "
                       "e.remote_pgid IS NOT NULL AND ") +
            deadEngineRuns(knownDead),
        deadEngineValues(selfId, staleBefore, knownDead),
        QStringLiteral("find orphaned remote commands"), [](const QSqlQuery &q) {
            return OrphanedCommand{q.value(0).toLongLong(), q.value(1).toLongLong(),
                                   q.value(2).toLongLong(), q.value(3).toLongLong()};
        });
}

StoreResult<EngineRepository::Recovery>
EngineRepository::recoverDeadEngines(const QString &selfId, const QDateTime &staleBefore,
                                     const QDateTime &now, const QStringList &knownDead) {
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    auto all = list();
    if (!all)
        return all.error();
    QList<EngineRecord> stale;
    for (const EngineRecord &e : all.value()) {
        if (e.heartbeatAt < staleBefore || knownDead.contains(e.id))
            stale << e;
    }
    Recovery recovery;

    struct Orphan {
        qint64 runId;
        QString engineId;
    };
    auto orphans = m_db.rows(QStringLiteral("SELECT r.id, r.engine_id FROM runs r WHERE ") +
                                 deadEngineRuns(knownDead),
                             deadEngineValues(selfId, staleBefore, knownDead),
                             QStringLiteral("find interrupted runs"), [](const QSqlQuery &q) {
                                 return Orphan{q.value(0).toLongLong(), q.value(1).toString()};
                             });
    if (!orphans)
        return orphans.error();

    QSqlQuery executions(conn.value());
    executions.prepare(
        QStringLiteral("UPDATE executions SET status = 'interrupted', ended_at = ?, error = ? "
                       "WHERE run_id = ? AND status IN ('pending', 'running')"));
    QSqlQuery runs(conn.value());
    runs.prepare(QStringLiteral("UPDATE runs SET status = 'interrupted', finished_at = ? "
                                "WHERE id = ? AND status IN ('pending', 'running')"));
    for (const Orphan &orphan : orphans.value()) {
        QString who = QStringLiteral("an engine that is no longer registered");
        for (const EngineRecord &e : std::as_const(stale)) {
            if (e.id == orphan.engineId) {
                who = QStringLiteral("the engine on %1 (pid %2%3, last seen %4)")
                          .arg(e.host)
                          .arg(e.pid)
                          .arg(knownDead.contains(e.id) ? QStringLiteral(", no longer running")
                                                        : QString())
                          .arg(e.heartbeatAt.toUTC().toString(Qt::ISODate));
                break;
            }
        }
        const QString message =
            QStringLiteral("interrupted: %1 stopped while this was running; the result is "
                           "unknown, check the server before running it again")
                .arg(who);
        // The run first, and only while it is still open: when two engines recover the same
        // dead one at once, the second waits for the first's row lock, then changes nothing
        // and leaves this run (and any retry of it) to the first. Exactly once, by the database.
        runs.bindValue(0, SqlValues::time(now));
        runs.bindValue(1, orphan.runId);
        if (!runs.exec())
            return m_db.failure(runs.lastError(), QStringLiteral("close run %1").arg(orphan.runId));
        if (runs.numRowsAffected() != 1)
            continue;
        executions.bindValue(0, SqlValues::time(now));
        executions.bindValue(1, message);
        executions.bindValue(2, orphan.runId);
        if (!executions.exec())
            return m_db.failure(executions.lastError(),
                                QStringLiteral("mark run %1 interrupted").arg(orphan.runId));
        recovery.interruptedExecutions += executions.numRowsAffected();
        recovery.interruptedRunIds << orphan.runId;
    }

    QSqlQuery remove(conn.value());
    remove.prepare(QStringLiteral("DELETE FROM engines WHERE id = ?"));
    for (const EngineRecord &e : std::as_const(stale)) {
        if (e.id == selfId)
            continue;
        remove.bindValue(0, e.id);
        if (!remove.exec())
            return m_db.failure(remove.lastError(),
                                QStringLiteral("remove dead engine %1").arg(e.id));
        recovery.deadEngineIds << e.id;
    }
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return recovery;
}

} // namespace fleetcron
