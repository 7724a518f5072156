#pragma once

#include "WriterStatements.h"

struct sqlite3;
struct sqlite3_stmt;

namespace fleetcron {

// StoreWriter's statements through the SQLite C API, on the handle of the writer thread's own
// Qt connection (so transactions, PRAGMAs and the busy timeout stay those of Database).
// Why: through Qt SQL every bound value is a QVariant, and QSqlResult::bindValue formats and
// hashes a placeholder name per value; that cost more than SQLite's own insert. Here a row is
// 13 direct binds (no allocation), 32 rows to a statement, with the statement journal such a
// multi-row INSERT needs kept in memory (through Qt it spilled to a temporary file).
//
// SQLite-specific by nature; the dialect layer picks it only for SQLite connections whose
// driver runs on the very library this program links (see create()).
class SqliteWriterStatements final : public WriterStatements {
public:
    // Null when the connection is not SQLite, or its driver was built on another copy of
    // SQLite than the one linked here (a handle may only be used with its own library).
    static std::unique_ptr<WriterStatements> create(Database &db, const QSqlDatabase &connection);

    SqliteWriterStatements(Database &db, sqlite3 *handle);
    ~SqliteWriterStatements() override;
    SqliteWriterStatements(const SqliteWriterStatements &) = delete;
    SqliteWriterStatements &operator=(const SqliteWriterStatements &) = delete;

    StoreError insertExecutions(std::span<const Execution *const> rows,
                                QList<qint64> *ids) override;
    StoreError startExecution(qint64 executionId, const QDateTime &startedAt) override;
    StoreError setRemoteProcessGroup(qint64 executionId, qint64 pgid) override;
    StoreError appendOutput(const ExecutionOutputChunk &chunk) override;
    StoreError finishExecution(const Execution &execution) override;
    StoreError finishRun(qint64 runId, RunStatus status, const QDateTime &finishedAt) override;
    StoreError startRun(qint64 runId, const QDateTime &startedAt) override;
    StoreError indexOutput(qint64 executionId, const QByteArray &document) override;
    StoreError queueIndex(qint64 executionId) override;

private:
    sqlite3_stmt *statement(Statement which);
    // Steps a bound statement to its end and resets it; false (error kept for failure()) if
    // the step failed.
    bool run(sqlite3_stmt *statement);
    StoreError failure(const QString &doing) const;

    Database &m_db;
    sqlite3 *m_handle = nullptr;
    sqlite3_stmt *m_statements[Count] = {};
    int m_errorCode = 0;
    QString m_errorText;
};

} // namespace fleetcron
