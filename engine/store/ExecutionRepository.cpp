#include "ExecutionRepository.h"

#include "Database.h"
#include "SqlValues.h"
#include "Transaction.h"

#include <QSqlQuery>

namespace fleetcron {
namespace {

QString columns(bool withOutput) {
    return QStringLiteral("e.id, e.run_id, e.server_id, e.attempt, e.started_at, e.ended_at, "
                          "e.status, e.exit_code, e.exit_signal, e.error, e.stdout_truncated, "
                          "e.stderr_truncated") +
           (withOutput ? QStringLiteral(", e.stdout, e.stderr") : QString());
}

Execution executionFrom(const QSqlQuery &q, bool withOutput) {
    Execution e;
    e.id = q.value(0).toLongLong();
    e.runId = q.value(1).toLongLong();
    e.serverId = q.value(2).toLongLong();
    e.attempt = q.value(3).toInt();
    e.startedAt = SqlValues::time(q.value(4));
    e.endedAt = SqlValues::time(q.value(5));
    e.status =
        enumFromString<ExecutionStatus>(q.value(6).toString()).value_or(ExecutionStatus::Pending);
    e.exitCode = SqlValues::optionalInt(q.value(7));
    e.exitSignal = q.value(8).toString();
    e.error = q.value(9).toString();
    e.stdoutTruncated = q.value(10).toInt() != 0;
    e.stderrTruncated = q.value(11).toInt() != 0;
    if (withOutput) {
        e.stdoutData = q.value(12).toByteArray();
        e.stderrData = q.value(13).toByteArray();
    }
    return e;
}

} // namespace

ExecutionRepository::ExecutionRepository(Database &db)
    : m_db(db) {}

StoreResult<Execution> ExecutionRepository::insert(const Execution &input) {
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    Execution e = input;
    QSqlQuery q(conn.value());
    auto done = m_db.run(
        q,
        QStringLiteral("INSERT INTO executions (run_id, server_id, attempt, started_at, ended_at, "
                       "status, exit_code, exit_signal, error, stdout, stderr, stdout_truncated, "
                       "stderr_truncated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)") +
            m_db.dialect().insertReturningId(),
        {e.runId, e.serverId, e.attempt, SqlValues::time(e.startedAt), SqlValues::time(e.endedAt),
         toString(e.status), SqlValues::optionalInt(e.exitCode), e.exitSignal, e.error,
         SqlValues::bytes(e.stdoutData), SqlValues::bytes(e.stderrData),
         SqlValues::flag(e.stdoutTruncated), SqlValues::flag(e.stderrTruncated)},
        QStringLiteral("record an execution of run %1 on server %2").arg(e.runId).arg(e.serverId));
    if (!done) {
        if (done.error().kind == StoreError::Kind::UnknownReference)
            return StoreError::make(
                StoreError::Kind::UnknownReference,
                QStringLiteral("unknown run id %1 or server id %2").arg(e.runId).arg(e.serverId),
                QStringLiteral("run_id"), done.error().driverText);
        return done.error();
    }
    e.id = m_db.dialect().insertReturnsRow() ? (q.next() ? q.value(0).toLongLong() : 0)
                                             : q.lastInsertId().toLongLong();
    return e;
}

StoreResult<Execution> ExecutionRepository::create(const Execution &execution) {
    return insert(execution);
}

StoreResult<QList<Execution>> ExecutionRepository::createMany(const QList<Execution> &executions) {
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    Transaction tx(conn.value(), m_db.dialect());
    if (!tx.ok())
        return tx.error();
    QList<Execution> out;
    out.reserve(executions.size());
    for (const Execution &e : executions) {
        auto stored = insert(e);
        if (!stored)
            return stored.error();
        out << stored.value();
    }
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return out;
}

StoreResult<void> ExecutionRepository::update(const Execution &e) {
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    QSqlQuery q(conn.value());
    auto done = m_db.run(
        q,
        QStringLiteral("UPDATE executions SET attempt = ?, started_at = ?, ended_at = ?, "
                       "status = ?, exit_code = ?, exit_signal = ?, error = ?, stdout = ?, "
                       "stderr = ?, stdout_truncated = ?, stderr_truncated = ? WHERE id = ?"),
        {e.attempt, SqlValues::time(e.startedAt), SqlValues::time(e.endedAt), toString(e.status),
         SqlValues::optionalInt(e.exitCode), e.exitSignal, e.error, SqlValues::bytes(e.stdoutData),
         SqlValues::bytes(e.stderrData), SqlValues::flag(e.stdoutTruncated),
         SqlValues::flag(e.stderrTruncated), e.id},
        QStringLiteral("save execution %1").arg(e.id));
    if (!done)
        return done.error();
    if (q.numRowsAffected() == 0)
        return StoreError::make(StoreError::Kind::NotFound,
                                QStringLiteral("unknown execution id %1").arg(e.id),
                                QStringLiteral("id"));
    return {};
}

StoreResult<void> ExecutionRepository::markStarted(qint64 id, const QDateTime &startedAt) {
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    QSqlQuery q(conn.value());
    auto done =
        m_db.run(q,
                 QStringLiteral("UPDATE executions SET status = 'running', started_at = ? "
                                "WHERE id = ?"),
                 {SqlValues::time(startedAt), id}, QStringLiteral("start execution %1").arg(id));
    if (!done)
        return done.error();
    if (q.numRowsAffected() == 0)
        return StoreError::make(StoreError::Kind::NotFound,
                                QStringLiteral("unknown execution id %1").arg(id),
                                QStringLiteral("id"));
    return {};
}

QString ExecutionRepository::whereClause(const Filter &f, QVariantList &values) {
    QStringList where{QStringLiteral("1 = 1")};
    if (f.runId > 0) {
        where << QStringLiteral("e.run_id = ?");
        values << f.runId;
    }
    if (f.taskId > 0) {
        where << QStringLiteral("e.run_id IN (SELECT id FROM runs WHERE task_id = ?)");
        values << f.taskId;
    }
    if (f.serverId > 0) {
        where << QStringLiteral("e.server_id = ?");
        values << f.serverId;
    }
    if (f.status) {
        where << QStringLiteral("e.status = ?");
        values << toString(*f.status);
    }
    if (f.from.isValid()) {
        where << QStringLiteral("e.started_at >= ?");
        values << SqlValues::time(f.from);
    }
    if (f.to.isValid()) {
        where << QStringLiteral("e.started_at < ?");
        values << SqlValues::time(f.to);
    }
    return where.join(QStringLiteral(" AND "));
}

StoreResult<Execution> ExecutionRepository::find(qint64 id) {
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    QSqlQuery q(conn.value());
    if (auto done = m_db.run(
            q, QStringLiteral("SELECT %1 FROM executions e WHERE e.id = ?").arg(columns(true)),
            {id}, QStringLiteral("read execution %1").arg(id));
        !done)
        return done.error();
    if (!q.next())
        return StoreError::make(StoreError::Kind::NotFound,
                                QStringLiteral("unknown execution id %1").arg(id),
                                QStringLiteral("id"));
    return executionFrom(q, true);
}

StoreResult<QList<Execution>> ExecutionRepository::listForRun(qint64 runId) {
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    QSqlQuery q(conn.value());
    if (auto done = m_db.run(q,
                             QStringLiteral("SELECT %1 FROM executions e WHERE e.run_id = ? "
                                            "ORDER BY e.id")
                                 .arg(columns(true)),
                             {runId}, QStringLiteral("read the executions of run %1").arg(runId));
        !done)
        return done.error();
    QList<Execution> out;
    while (q.next())
        out << executionFrom(q, true);
    return out;
}

StoreResult<QList<Execution>> ExecutionRepository::list(const Filter &filter) {
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    QVariantList values;
    const QString condition = whereClause(filter, values);
    values << qMax(0, filter.limit) << qMax(0, filter.offset);
    QSqlQuery q(conn.value());
    if (auto done = m_db.run(q,
                             QStringLiteral("SELECT %1 FROM executions e WHERE %2 "
                                            "ORDER BY e.id DESC LIMIT ? OFFSET ?")
                                 .arg(columns(filter.withOutput), condition),
                             values, QStringLiteral("list executions"));
        !done)
        return done.error();
    QList<Execution> out;
    while (q.next())
        out << executionFrom(q, filter.withOutput);
    return out;
}

StoreResult<qint64> ExecutionRepository::count(const Filter &filter) {
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    QVariantList values;
    const QString condition = whereClause(filter, values);
    QSqlQuery q(conn.value());
    if (auto done =
            m_db.run(q, QStringLiteral("SELECT COUNT(*) FROM executions e WHERE %1").arg(condition),
                     values, QStringLiteral("count executions"));
        !done)
        return done.error();
    return q.next() ? q.value(0).toLongLong() : qint64(0);
}

StoreResult<QList<ExecutionOutputChunk>> ExecutionRepository::outputSince(qint64 executionId,
                                                                          int afterSeq) {
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    QSqlQuery q(conn.value());
    if (auto done = m_db.run(q,
                             QStringLiteral("SELECT seq, stream, at, bytes FROM execution_output "
                                            "WHERE execution_id = ? AND seq > ? ORDER BY seq"),
                             {executionId, afterSeq},
                             QStringLiteral("read the output of execution %1").arg(executionId));
        !done)
        return done.error();
    QList<ExecutionOutputChunk> out;
    while (q.next()) {
        ExecutionOutputChunk c;
        c.executionId = executionId;
        c.seq = q.value(0).toInt();
        c.stream = q.value(1).toString() == QStringLiteral("stderr")
                       ? ExecutionOutputChunk::Stream::Stderr
                       : ExecutionOutputChunk::Stream::Stdout;
        c.at = SqlValues::time(q.value(2));
        c.bytes = q.value(3).toByteArray();
        out << c;
    }
    return out;
}

} // namespace fleetcron
