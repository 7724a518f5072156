#include "TaskClaims.h"

#include "Database.h"
#include "RunRepository.h"
#include "SqlValues.h"
#include "Transaction.h"

#include <QSqlQuery>
#include <QStringList>

#include <algorithm>

namespace fleetcron {

TaskClaims::TaskClaims(Database &db)
    : m_db(db) {}

StoreResult<QDateTime> TaskClaims::earliestNextFire(const QDateTime &after) {
    QString sql = QStringLiteral("SELECT MIN(next_fire_at) FROM tasks WHERE enabled = 1");
    QVariantList values;
    if (after.isValid()) {
        sql += QStringLiteral(" AND next_fire_at > ?");
        values << SqlValues::time(after);
    }
    return m_db.read(sql, values, QStringLiteral("find the next fire time"), [](QSqlQuery &q) {
        return q.next() ? SqlValues::time(q.value(0)) : QDateTime();
    });
}

StoreResult<bool> TaskClaims::claimFire(qint64 taskId, const QDateTime &expected,
                                        const QDateTime &next, qint64 nextDelayMs) {
    const bool expectNull = !expected.isValid();
    // A single conditional UPDATE is atomic on both backends: of two engines that read the
    // same next_fire_at, exactly one sees its row change.
    QString sql =
        expectNull
            ? QStringLiteral("UPDATE tasks SET next_fire_at = ?, next_fire_delay_ms = ? WHERE "
                             "id = ? AND enabled = 1 AND next_fire_at IS NULL")
            : QStringLiteral("UPDATE tasks SET next_fire_at = ?, next_fire_delay_ms = ? WHERE "
                             "id = ? AND enabled = 1 AND next_fire_at = ?");
    QVariantList values{SqlValues::time(next), next.isValid() ? nextDelayMs : 0, taskId};
    if (!expectNull)
        values << SqlValues::time(expected);
    if (m_db.dialect().supportsRowLocks() && !expectNull) {
        // Several daemons wake for the same due time. A plain UPDATE of a row another engine
        // is claiming would wait for that engine's transaction only to change nothing; the
        // row lock taken with SKIP LOCKED lets the loser see at once that the fire is being
        // claimed and move on to the next task. Inside claimFireAndCreateRun the lock is held
        // until the run is recorded. The conditions above stay the guarantee either way.
        sql += QStringLiteral(" AND id IN (SELECT id FROM tasks WHERE id = ? AND "
                              "next_fire_at = ?") +
               m_db.dialect().lockSkippingLocked() + u')';
        values << taskId << SqlValues::time(expected);
    }
    auto q = m_db.exec(sql, values, QStringLiteral("claim task %1").arg(taskId));
    if (!q)
        return q.error();
    return q->numRowsAffected() == 1;
}

StoreResult<QSet<qint64>> TaskClaims::claimMany(const QList<Claim> &claims) {
    // 25 claims (100 values) per statement: its cost on SQLite grows with the square of its
    // values (see RunRepository::createMany).
    constexpr qsizetype chunk = 25;
    QSet<qint64> won;
    const bool rowLocks = m_db.dialect().supportsRowLocks();
    for (qsizetype from = 0; from < claims.size(); from += chunk) {
        const qsizetype to = std::min(claims.size(), from + chunk);
        QStringList rows;
        QStringList marks;
        QVariantList values;
        QVariantList ids;
        for (qsizetype i = from; i < to; ++i) {
            const Claim &c = claims.at(i);
            rows << QStringLiteral("(?, ?, ?, ?)");
            values << c.taskId << SqlValues::time(c.expected) << SqlValues::time(c.next)
                   << (c.next.isValid() ? c.nextDelayMs : 0);
            marks << QStringLiteral("?");
            ids << c.taskId;
        }
        // The same conditional UPDATE as claimFire(), joined to the claims' values (columns
        // column1.. on both backends; UPDATE … FROM needs SQLite 3.33). Of two engines that read
        // the same next_fire_at, exactly one sees each row change; RETURNING says which.
        QString sql =
            QStringLiteral("UPDATE tasks SET next_fire_at = CAST(v.column3 AS BIGINT), "
                           "next_fire_delay_ms = v.column4 FROM (VALUES %1) AS v WHERE tasks.id "
                           "= v.column1 AND tasks.enabled = 1 AND tasks.next_fire_at = v.column2")
                .arg(rows.join(QLatin1Char(',')));
        if (rowLocks) {
            // As in claimFire(): rows another engine is claiming are passed over at once, not
            // waited for; the conditions above stay the guarantee.
            sql += QStringLiteral(" AND tasks.id IN (SELECT id FROM tasks WHERE id IN (%1)%2)")
                       .arg(marks.join(QLatin1Char(',')), m_db.dialect().lockSkippingLocked());
            values << ids;
        }
        sql += QStringLiteral(" RETURNING tasks.id");
        auto read = m_db.read(sql, values, QStringLiteral("claim %1 tasks").arg(to - from),
                              [&won](QSqlQuery &q) {
                                  while (q.next())
                                      won.insert(q.value(0).toLongLong());
                              });
        if (!read)
            return read.error();
    }
    return won;
}

StoreResult<std::optional<Run>>
TaskClaims::claimFireAndCreateRun(qint64 taskId, const QDateTime &expected, const QDateTime &next,
                                  const Run &run, qint64 nextDelayMs) {
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    auto won = claimFire(taskId, expected, next, nextDelayMs);
    if (!won)
        return won.error();
    if (!won.value()) {
        // Lost to another engine: not a failure, so this must not doom an enclosing
        // transaction (the scheduler claims a whole pass in one).
        if (auto committed = tx.commit(); !committed)
            return committed.error();
        return std::optional<Run>();
    }
    Run r = run;
    r.taskId = taskId;
    auto created = RunRepository(m_db).create(r);
    if (!created)
        return created.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return std::optional<Run>(created.value());
}

} // namespace fleetcron
