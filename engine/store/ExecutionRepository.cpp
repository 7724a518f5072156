#include "ExecutionRepository.h"

#include "Database.h"
#include "ExecutionInsertSql.h"
#include "SearchText.h"
#include "SqlValues.h"
#include "Transaction.h"
#include "WriterStatements.h"

#include <QHash>
#include <QPair>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>

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

Execution withOutput(const QSqlQuery &q) {
    return executionFrom(q, true);
}

Execution withoutOutput(const QSqlQuery &q) {
    return executionFrom(q, false);
}

} // namespace

ExecutionRepository::ExecutionRepository(Database &db)
    : m_db(db) {}

StoreResult<Execution> ExecutionRepository::insert(const Execution &input) {
    Execution e = input;
    auto id = m_db.insert(
        QString::fromLatin1(ExecutionInsertSql::text(1)),
        {e.runId, e.runId, e.serverId, e.attempt, SqlValues::time(e.startedAt),
         SqlValues::time(e.endedAt), toString(e.status), SqlValues::optionalInt(e.exitCode),
         e.exitSignal, e.error, SqlValues::bytes(e.stdoutData), SqlValues::bytes(e.stderrData),
         SqlValues::flag(e.stdoutTruncated), SqlValues::flag(e.stderrTruncated)},
        QStringLiteral("record an execution of run %1 on server %2").arg(e.runId).arg(e.serverId));
    if (!id) {
        if (id.error().kind == StoreError::Kind::UnknownReference)
            return StoreError::make(
                StoreError::Kind::UnknownReference,
                QStringLiteral("unknown run id %1 or server id %2").arg(e.runId).arg(e.serverId),
                QStringLiteral("run_id"), id.error().driverText);
        return id.error();
    }
    e.id = id.value();
    if (auto indexed = index(e); !indexed)
        return indexed.error();
    return e;
}

StoreResult<void> ExecutionRepository::index(const Execution &e) {
    // The store writer indexes the engine's results; rows written here (tools, tests, imports)
    // are indexed the same way, so search sees every stored output.
    if (e.stdoutData.isEmpty() && e.stderrData.isEmpty())
        return {};
    // SQLite: the index is a file the connections that write never attach (SearchIndexFile);
    // the output waits for the indexer as the writer's do, and search finds it meanwhile.
    if (m_db.dialect().backend() == SqlDialect::Backend::SQLite)
        return m_db.apply(QString::fromLatin1(WriterStatements::queueIndexSql()), {e.id},
                          WriterStatements::indexDoing(e.id));
    return m_db.apply(WriterStatements::indexSql(m_db),
                      {e.id, QString::fromUtf8(SearchText::document(e.stdoutData, e.stderrData))},
                      WriterStatements::indexDoing(e.id));
}

StoreResult<Execution> ExecutionRepository::create(const Execution &execution) {
    return insert(execution);
}

StoreResult<QList<Execution>> ExecutionRepository::createMany(const QList<Execution> &executions) {
    // A claim pass's runs together: one transaction, one wait for the write lock, and one
    // INSERT per 8 rows (112 values) rather than one per row. Not more: a statement's cost on
    // SQLite grows with the square of its values (see RunRepository::createMany).
    constexpr qsizetype chunk = 8;
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    QList<Execution> out = executions;
    for (qsizetype from = 0; from < out.size(); from += chunk) {
        const qsizetype to = std::min(out.size(), from + chunk);
        QVariantList values;
        QHash<QPair<qint64, qint64>, qsizetype> byRunServer; // unique within one launch
        for (qsizetype i = from; i < to; ++i) {
            const Execution &e = out.at(i);
            values << e.runId << e.runId << e.serverId << e.attempt << SqlValues::time(e.startedAt)
                   << SqlValues::time(e.endedAt) << toString(e.status)
                   << SqlValues::optionalInt(e.exitCode) << e.exitSignal << e.error
                   << SqlValues::bytes(e.stdoutData) << SqlValues::bytes(e.stderrData)
                   << SqlValues::flag(e.stdoutTruncated) << SqlValues::flag(e.stderrTruncated);
            byRunServer.insert({e.runId, e.serverId}, i);
        }
        if (byRunServer.size() != to - from) {
            // The same run and server twice: ids could not be told apart; one at a time.
            for (qsizetype i = from; i < to; ++i) {
                auto stored = insert(out.at(i));
                if (!stored)
                    return stored.error();
                out[i] = stored.value();
            }
            continue;
        }
        // RETURNING (SQLite 3.35+, PostgreSQL) in no promised order: matched back by key.
        qsizetype matched = 0;
        auto q = m_db.read(
            QString::fromLatin1(ExecutionInsertSql::text(int(to - from))) +
                QStringLiteral(" RETURNING id, run_id, server_id"),
            values, QStringLiteral("record %1 executions").arg(to - from), [&](QSqlQuery &q) {
                while (q.next()) {
                    const auto it =
                        byRunServer.constFind({q.value(1).toLongLong(), q.value(2).toLongLong()});
                    if (it == byRunServer.constEnd())
                        continue;
                    out[it.value()].id = q.value(0).toLongLong();
                    ++matched;
                }
            });
        if (!q && q.error().kind == StoreError::Kind::UnknownReference) {
            // Which run or server is unknown, for the message: the rows again one at a time,
            // in a transaction that is rolled back whatever happens.
            tx.rollback();
            Transaction probe(m_db);
            for (qsizetype i = from; probe.ok() && i < to; ++i) {
                if (auto stored = insert(out.at(i)); !stored)
                    return stored.error();
            }
            return q.error();
        }
        if (!q)
            return q.error();
        if (matched != to - from)
            return StoreError::make(StoreError::Kind::Internal,
                                    QStringLiteral("cannot record %1 executions: %2 ids came back")
                                        .arg(to - from)
                                        .arg(matched));
    }
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return out;
}

StoreResult<void> ExecutionRepository::update(const Execution &e) {
    auto changed = m_db.change(
        QStringLiteral("UPDATE executions SET attempt = ?, started_at = ?, ended_at = ?, "
                       "status = ?, exit_code = ?, exit_signal = ?, error = ?, stdout = ?, "
                       "stderr = ?, stdout_truncated = ?, stderr_truncated = ? WHERE id = ?"),
        {e.attempt, SqlValues::time(e.startedAt), SqlValues::time(e.endedAt), toString(e.status),
         SqlValues::optionalInt(e.exitCode), e.exitSignal, e.error, SqlValues::bytes(e.stdoutData),
         SqlValues::bytes(e.stderrData), SqlValues::flag(e.stdoutTruncated),
         SqlValues::flag(e.stderrTruncated), e.id},
        QStringLiteral("save execution %1").arg(e.id),
        StoreError::notFound(QStringLiteral("execution"), e.id));
    if (!changed)
        return changed;
    return index(e);
}

StoreResult<void> ExecutionRepository::markStarted(qint64 id, const QDateTime &startedAt) {
    return m_db.change(QStringLiteral("UPDATE executions SET status = 'running', started_at = ? "
                                      "WHERE id = ?"),
                       {SqlValues::time(startedAt), id},
                       QStringLiteral("start execution %1").arg(id),
                       StoreError::notFound(QStringLiteral("execution"), id));
}

QString ExecutionRepository::whereClause(const Filter &f, QVariantList &values) {
    SqlConditions where({QStringLiteral("1 = 1")});
    where.addId(QStringLiteral("e.run_id = ?"), f.runId);
    where.addId(QStringLiteral("e.task_id = ?"), f.taskId);
    where.addId(QStringLiteral("e.server_id = ?"), f.serverId);
    if (f.status)
        where.add(QStringLiteral("e.status = ?"), toString(*f.status));
    where.addRange(QStringLiteral("e.started_at"), f.from, f.to);
    values << where.values();
    return where.joined();
}

StoreResult<Execution> ExecutionRepository::find(qint64 id) {
    return firstOr(
        m_db.rows(QStringLiteral("SELECT %1 FROM executions e WHERE e.id = ?").arg(columns(true)),
                  {id}, QStringLiteral("read execution %1").arg(id), withOutput),
        StoreError::notFound(QStringLiteral("execution"), id));
}

StoreResult<QList<Execution>> ExecutionRepository::listForRun(qint64 runId) {
    return m_db.rows(QStringLiteral("SELECT %1 FROM executions e WHERE e.run_id = ? ORDER BY e.id")
                         .arg(columns(true)),
                     {runId}, QStringLiteral("read the executions of run %1").arg(runId),
                     withOutput);
}

StoreResult<QList<Execution>> ExecutionRepository::listForRuns(const QList<qint64> &runIds) {
    constexpr qsizetype chunk = 500;
    QList<Execution> out;
    for (qsizetype from = 0; from < runIds.size(); from += chunk) {
        const QList<qint64> part = runIds.mid(from, chunk);
        QVariantList values;
        for (qint64 id : part)
            values << id;
        const QString marks = QStringLiteral("?, ").repeated(part.size()).chopped(2);
        auto rows = m_db.rows(
            QStringLiteral("SELECT %1 FROM executions e WHERE e.run_id IN (%2) "
                           "ORDER BY e.run_id, e.id")
                .arg(columns(true), marks),
            values, QStringLiteral("read the executions of %1 runs").arg(part.size()), withOutput);
        if (!rows)
            return rows.error();
        out += rows.value();
    }
    return out;
}

namespace {
constexpr qint64 narrowRangeMs = 7LL * 24 * 3600 * 1000;
} // namespace

StoreResult<QList<Execution>> ExecutionRepository::list(const Filter &filter) {
    QVariantList values;
    QString condition = whereClause(filter, values);
    if (filter.beforeId > 0) {
        // Keyset paging: the page starts at the cursor, so page 100,000 costs what page 1 does.
        condition += QStringLiteral(" AND e.id < ?");
        values << filter.beforeId;
    }
    values << qMax(0, filter.limit) << qMax(0, filter.offset);
    // A range of a few days is narrower than any server or status: ordering by an expression
    // keeps the planner from walking (server_id, id) or (status, id) newest first through a
    // year to reach it (1.6 s at 10 million on SQLite) when the range's index finds it at once.
    const bool narrowRange = filter.from.isValid() && filter.to.isValid() &&
                             filter.from.msecsTo(filter.to) <= narrowRangeMs;
    // The page's ids first, then its rows: a filter no index orders by id (a task's runs, a
    // time range) sorts the matching ids alone, read from the index, instead of every
    // matching row with its output; only the page's rows are read from the table.
    return m_db.rows(QStringLiteral("SELECT %1 FROM executions e WHERE e.id IN (SELECT e.id FROM "
                                    "executions e WHERE %2 ORDER BY %3 DESC LIMIT ? OFFSET ?) "
                                    "ORDER BY e.id DESC")
                         .arg(columns(filter.withOutput), condition,
                              narrowRange ? QStringLiteral("e.id + 0") : QStringLiteral("e.id")),
                     values, QStringLiteral("list executions"),
                     filter.withOutput ? withOutput : withoutOutput);
}

StoreResult<qint64> ExecutionRepository::count(const Filter &filter, qint64 atMost) {
    QVariantList values;
    const QString condition = whereClause(filter, values);
    QString sql = QStringLiteral("SELECT COUNT(*) FROM executions e WHERE %1").arg(condition);
    if (atMost > 0) {
        // Both backends stop reading at the inner LIMIT.
        sql = QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM executions e WHERE %1 LIMIT ?) "
                             "bounded")
                  .arg(condition);
        values << atMost;
    }
    auto q = m_db.exec(sql, values, QStringLiteral("count executions"));
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : qint64(0);
}

StoreResult<QList<ExecutionOutputChunk>> ExecutionRepository::outputSince(qint64 executionId,
                                                                          int afterSeq) {
    return m_db.rows(QStringLiteral("SELECT seq, stream, at, bytes FROM execution_output "
                                    "WHERE execution_id = ? AND seq > ? ORDER BY seq"),
                     {executionId, afterSeq},
                     QStringLiteral("read the output of execution %1").arg(executionId),
                     [executionId](const QSqlQuery &q) {
                         ExecutionOutputChunk c;
                         c.executionId = executionId;
                         c.seq = q.value(0).toInt();
                         c.stream = q.value(1).toString() == QStringLiteral("stderr")
                                        ? ExecutionOutputChunk::Stream::Stderr
                                        : ExecutionOutputChunk::Stream::Stdout;
                         c.at = SqlValues::time(q.value(2));
                         c.bytes = q.value(3).toByteArray();
                         return c;
                     });
}

} // namespace fleetcron
