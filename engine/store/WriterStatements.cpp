#include "WriterStatements.h"

#include "Database.h"
#include "ExecutionInsertSql.h"
#include "SqlValues.h"
#include "SqliteWriterStatements.h"

#include <QSqlError>
#include <QSqlQuery>

namespace fleetcron {
namespace {

const QString insertSql = QString::fromLatin1(ExecutionInsertSql::text(1));
const QString startSql =
    QStringLiteral("UPDATE executions SET status = 'running', started_at = ? WHERE id = ?");
const QString processGroupSql =
    QStringLiteral("UPDATE executions SET remote_pgid = ? WHERE id = ?");
const QString appendSql = QStringLiteral(
    "INSERT INTO execution_output (execution_id, seq, stream, at, bytes) VALUES (?, ?, ?, ?, ?)");
const QString finishSql = QStringLiteral(
    "UPDATE executions SET attempt = ?, started_at = ?, ended_at = ?, status = ?, exit_code = ?, "
    "exit_signal = ?, error = ?, stdout = ?, stderr = ?, stdout_truncated = ?, "
    "stderr_truncated = ? WHERE id = ?");
const QString dropOutputSql = QStringLiteral("DELETE FROM execution_output WHERE execution_id = ?");
const QString closeRunSql =
    QStringLiteral("UPDATE runs SET status = ?, finished_at = ? WHERE id = ?");

// Through Qt SQL, rows go in this many per statement: the driver's per-statement cost is high,
// and PostgreSQL likes fewer round trips. (On SQLite a multi-row INSERT needs a statement
// journal, which spills to a temporary file past 64 KiB; the SQLite path keeps it in memory.)
constexpr int rowsPerInsert = 32;
constexpr int insertColumns = ExecutionInsertSql::placeholdersPerRow;

QString insertManySql() {
    return QString::fromLatin1(ExecutionInsertSql::text(rowsPerInsert));
}

// The status words as ready-made values, so a million rows do not build a million strings.
const QVariant &statusValue(ExecutionStatus s) {
    static const QList<QVariant> words = [] {
        QList<QVariant> list;
        for (int i = 0; i <= int(ExecutionStatus::Interrupted); ++i)
            list << QVariant(toString(ExecutionStatus(i)));
        return list;
    }();
    return words.at(int(s));
}

void bindExecution(QSqlQuery *q, int offset, const Execution &e) {
    q->bindValue(offset + 0, e.runId);
    q->bindValue(offset + 1, e.runId); // task_id, read from the run
    q->bindValue(offset + 2, e.serverId);
    q->bindValue(offset + 3, e.attempt);
    q->bindValue(offset + 4, SqlValues::time(e.startedAt));
    q->bindValue(offset + 5, SqlValues::time(e.endedAt));
    q->bindValue(offset + 6, statusValue(e.status));
    q->bindValue(offset + 7, SqlValues::optionalInt(e.exitCode));
    q->bindValue(offset + 8, SqlValues::text(e.exitSignal));
    q->bindValue(offset + 9, SqlValues::text(e.error));
    q->bindValue(offset + 10, SqlValues::bytes(e.stdoutData));
    q->bindValue(offset + 11, SqlValues::bytes(e.stderrData));
    q->bindValue(offset + 12, SqlValues::flag(e.stdoutTruncated));
    q->bindValue(offset + 13, SqlValues::flag(e.stderrTruncated));
}

// The portable implementation: prepared QSqlQuery objects, bound by position.
class QtWriterStatements final : public WriterStatements {
public:
    QtWriterStatements(Database &db, const QSqlDatabase &connection)
        : m_db(db)
        , m_connection(connection) {}

    StoreError insertExecutions(std::span<const Execution *const> rows,
                                QList<qint64> *ids) override {
        // PostgreSQL hands the new ids back as rows (in VALUES order); SQLite's are consecutive
        // up to the last one (one writer at a time, AUTOINCREMENT).
        const QString returning = m_db.dialect().insertReturningId();
        size_t i = 0;
        for (; i + rowsPerInsert <= rows.size(); i += rowsPerInsert) {
            static const QString manySql = insertManySql();
            QSqlQuery *q = get(InsertMany, manySql + returning);
            if (!q)
                return prepareFailure(QStringLiteral("record executions"));
            for (int k = 0; k < rowsPerInsert; ++k)
                bindExecution(q, k * insertColumns, *rows[i + k]);
            if (!q->exec())
                return m_db.failure(q->lastError(), QStringLiteral("record executions"));
            collectIds(*q, rowsPerInsert, ids);
        }
        for (; i < rows.size(); ++i) {
            const Execution &e = *rows[i];
            QSqlQuery *q = get(Insert, insertSql + returning);
            if (!q)
                return prepareFailure(insertDoing(e.runId));
            bindExecution(q, 0, e);
            if (!q->exec())
                return m_db.failure(q->lastError(), insertDoing(e.runId));
            collectIds(*q, 1, ids);
        }
        return {};
    }

    StoreError indexOutput(qint64 executionId, const QByteArray &document) override {
        QSqlQuery *q = get(IndexOutput, indexSql(m_db));
        if (!q)
            return prepareFailure(indexDoing(executionId));
        q->bindValue(0, executionId);
        q->bindValue(1, QString::fromUtf8(document));
        if (!q->exec())
            return m_db.failure(q->lastError(), indexDoing(executionId));
        return {};
    }

    StoreError queueIndex(qint64 executionId) override {
        static const QString sql = QString::fromLatin1(queueIndexSql());
        QSqlQuery *q = get(QueueIndex, sql);
        if (!q)
            return prepareFailure(indexDoing(executionId));
        q->bindValue(0, executionId);
        if (!q->exec())
            return m_db.failure(q->lastError(), indexDoing(executionId));
        return {};
    }

    StoreError startExecution(qint64 executionId, const QDateTime &startedAt) override {
        QSqlQuery *q = get(Start, startSql);
        if (!q)
            return prepareFailure(startDoing(executionId));
        q->bindValue(0, SqlValues::time(startedAt));
        q->bindValue(1, executionId);
        if (!q->exec())
            return m_db.failure(q->lastError(), startDoing(executionId));
        return {};
    }

    StoreError setRemoteProcessGroup(qint64 executionId, qint64 pgid) override {
        QSqlQuery *q = get(RemoteGroup, processGroupSql);
        if (!q)
            return prepareFailure(processGroupDoing(executionId));
        q->bindValue(0, pgid);
        q->bindValue(1, executionId);
        if (!q->exec())
            return m_db.failure(q->lastError(), processGroupDoing(executionId));
        return {};
    }

    StoreError appendOutput(const ExecutionOutputChunk &c) override {
        QSqlQuery *q = get(Append, appendSql);
        if (!q)
            return prepareFailure(appendDoing(c.executionId));
        q->bindValue(0, c.executionId);
        q->bindValue(1, c.seq);
        q->bindValue(2, ExecutionOutputChunk::streamName(c.stream));
        q->bindValue(3, SqlValues::time(c.at.isValid() ? c.at : QDateTime::currentDateTimeUtc()));
        q->bindValue(4, SqlValues::bytes(c.bytes));
        if (!q->exec())
            return m_db.failure(q->lastError(), appendDoing(c.executionId));
        return {};
    }

    StoreError finishExecution(const Execution &e) override {
        QSqlQuery *q = get(Finish, finishSql);
        if (!q)
            return prepareFailure(finishDoing(e.id));
        q->bindValue(0, e.attempt);
        q->bindValue(1, SqlValues::time(e.startedAt));
        q->bindValue(2, SqlValues::time(e.endedAt));
        q->bindValue(3, statusValue(e.status));
        q->bindValue(4, SqlValues::optionalInt(e.exitCode));
        q->bindValue(5, SqlValues::text(e.exitSignal));
        q->bindValue(6, SqlValues::text(e.error));
        q->bindValue(7, SqlValues::bytes(e.stdoutData));
        q->bindValue(8, SqlValues::bytes(e.stderrData));
        q->bindValue(9, SqlValues::flag(e.stdoutTruncated));
        q->bindValue(10, SqlValues::flag(e.stderrTruncated));
        q->bindValue(11, e.id);
        if (!q->exec())
            return m_db.failure(q->lastError(), finishDoing(e.id));
        if (q->numRowsAffected() == 0)
            return executionGone(e.id);
        QSqlQuery *drop = get(DropOutput, dropOutputSql);
        if (!drop)
            return prepareFailure(finishDoing(e.id));
        drop->bindValue(0, e.id);
        if (!drop->exec())
            return m_db.failure(drop->lastError(), finishDoing(e.id));
        return {};
    }

    StoreError finishRun(qint64 runId, RunStatus status, const QDateTime &finishedAt) override {
        QSqlQuery *q = get(CloseRun, closeRunSql);
        if (!q)
            return prepareFailure(finishRunDoing(runId));
        q->bindValue(0, toString(status));
        q->bindValue(1, SqlValues::time(finishedAt));
        q->bindValue(2, runId);
        if (!q->exec())
            return m_db.failure(q->lastError(), finishRunDoing(runId));
        return {};
    }

    StoreError startRun(qint64 runId, const QDateTime &startedAt) override {
        QSqlQuery *q = get(StartRun, QString::fromLatin1(startRunSql()));
        if (!q)
            return prepareFailure(startRunDoing(runId));
        q->bindValue(0, SqlValues::time(startedAt));
        q->bindValue(1, runId);
        if (!q->exec())
            return m_db.failure(q->lastError(), startRunDoing(runId));
        return {};
    }

private:
    QSqlQuery *get(Statement which, const QString &sql) {
        auto &slot = m_queries[which];
        if (!slot) {
            slot = std::make_unique<QSqlQuery>(m_connection);
            slot->setForwardOnly(true);
            if (!slot->prepare(sql)) {
                m_prepareError = slot->lastError();
                slot.reset();
                return nullptr;
            }
        }
        return slot.get();
    }
    void collectIds(QSqlQuery &q, int rows, QList<qint64> *ids) const {
        if (!ids)
            return;
        if (m_db.dialect().insertReturnsRow()) {
            while (q.next())
                ids->append(q.value(0).toLongLong());
            return;
        }
        const qint64 last = q.lastInsertId().toLongLong();
        for (int k = rows - 1; k >= 0; --k)
            ids->append(last - k);
    }
    StoreError prepareFailure(const QString &doing) const {
        return m_db.failure(m_prepareError, doing);
    }

    Database &m_db;
    QSqlDatabase m_connection;
    QSqlError m_prepareError;
    std::unique_ptr<QSqlQuery> m_queries[Count];
};

} // namespace

std::unique_ptr<WriterStatements>
WriterStatements::create(Database &db, const QSqlDatabase &connection, bool allowNative) {
    if (allowNative && db.dialect().backend() == SqlDialect::Backend::SQLite) {
        if (auto native = SqliteWriterStatements::create(db, connection))
            return native;
    }
    return std::make_unique<QtWriterStatements>(db, connection);
}

QString WriterStatements::insertDoing(qint64 runId) {
    return QStringLiteral("record an execution of run %1").arg(runId);
}

QString WriterStatements::startDoing(qint64 executionId) {
    return QStringLiteral("start execution %1").arg(executionId);
}

QString WriterStatements::processGroupDoing(qint64 executionId) {
    return QStringLiteral("record the remote process group of execution %1").arg(executionId);
}

QString WriterStatements::appendDoing(qint64 executionId) {
    return QStringLiteral("store output of execution %1").arg(executionId);
}

QString WriterStatements::finishDoing(qint64 executionId) {
    return QStringLiteral("save the result of execution %1").arg(executionId);
}

StoreError WriterStatements::executionGone(qint64 executionId) {
    return StoreError::make(
        StoreError::Kind::NotFound,
        QStringLiteral("cannot save the result of execution %1: it no longer exists")
            .arg(executionId));
}

QString WriterStatements::finishRunDoing(qint64 runId) {
    return QStringLiteral("finish run %1").arg(runId);
}

QString WriterStatements::startRunDoing(qint64 runId) {
    return QStringLiteral("record when run %1 started").arg(runId);
}

const char *WriterStatements::startRunSql() {
    return "UPDATE runs SET started_at = ? WHERE id = ?";
}

QString WriterStatements::indexDoing(qint64 executionId) {
    return QStringLiteral("index the output of execution %1").arg(executionId);
}

const char *WriterStatements::queueIndexSql() {
    // Already waiting (a result written twice): one row, indexed from what is stored, but its
    // generation moves (migration 0020). An indexer that read the row before this result
    // clears it only at the generation it read, so the output is indexed again, not left with
    // the earlier result's words. On PostgreSQL a row the indexer holds (FOR UPDATE) makes
    // this wait for its commit, then it is inserted anew.
    return "INSERT INTO execution_search_pending (execution_id) VALUES (?) ON CONFLICT "
           "(execution_id) DO UPDATE SET generation = execution_search_pending.generation + 1";
}

QString WriterStatements::indexSql(const Database &db) {
    if (db.dialect().backend() == SqlDialect::Backend::PostgreSQL)
        return QStringLiteral("INSERT INTO execution_search (execution_id, doc) "
                              "VALUES (?, array_to_tsvector(string_to_array(?, ' '))) "
                              "ON CONFLICT (execution_id) DO UPDATE SET doc = excluded.doc");
    // The index file attached to the indexer's connection (SearchIndexFile).
    return QStringLiteral(
        "INSERT OR REPLACE INTO search.execution_search (rowid, body) VALUES (?, ?)");
}

} // namespace fleetcron
