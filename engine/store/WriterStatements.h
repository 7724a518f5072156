#pragma once

#include "ExecutionOutputChunk.h"
#include "StoreError.h"
#include "model/Execution.h"
#include "model/Run.h"

#include <QDateTime>
#include <QList>

#include <memory>
#include <span>

class QSqlDatabase;

namespace fleetcron {

class Database;

// The statements StoreWriter runs inside one batch transaction, behind one interface so the
// writer does not care how they reach the database. Two implementations: plain Qt SQL (every
// backend, PostgreSQL included) and the SQLite C API on the same connection (SQLite only: the
// Qt driver's per-value binding costs more than SQLite's own work on a million-row burst).
// Statements are prepared on first use and released with the object, so nothing of the
// connection is held between batches.
class WriterStatements {
public:
    virtual ~WriterStatements() = default;

    // Whole execution rows, in order; their new ids are appended to `ids` when it is given.
    // On failure nothing is said about which row failed; the writer then writes the batch one
    // by one to find out.
    virtual StoreError insertExecutions(std::span<const Execution *const> rows,
                                        QList<qint64> *ids) = 0;
    virtual StoreError startExecution(qint64 executionId, const QDateTime &startedAt) = 0;
    // The remote process group of a running execution, so a dead engine's commands can be
    // stopped by whoever recovers its work.
    virtual StoreError setRemoteProcessGroup(qint64 executionId, qint64 pgid) = 0;
    virtual StoreError appendOutput(const ExecutionOutputChunk &chunk) = 0;
    // The final result; drops the execution's live chunks. NotFound when the row is gone.
    virtual StoreError finishExecution(const Execution &execution) = 0;
    virtual StoreError finishRun(qint64 runId, RunStatus status, const QDateTime &finishedAt) = 0;
    // When a run began, where it differs from what its claim wrote (a fire claimed ahead of its
    // time that was released late: Scheduler, FireRelease).
    virtual StoreError startRun(qint64 runId, const QDateTime &startedAt) = 0;
    // The execution's search index row (SearchText::document of its output), replacing any.
    virtual StoreError indexOutput(qint64 executionId, const QByteArray &document) = 0;
    // Marks the execution's output as waiting for SearchIndexer (execution_search_pending).
    virtual StoreError queueIndex(qint64 executionId) = 0;

    // The fastest implementation `connection` allows: the SQLite C API when the connection is
    // SQLite through the same library this program links and `allowNative` is set, else Qt SQL.
    static std::unique_ptr<WriterStatements> create(Database &db, const QSqlDatabase &connection,
                                                    bool allowNative);

    // What the writer says it was doing when a write fails; both implementations use them so
    // the operator reads the same sentence whichever ran.
    static QString insertDoing(qint64 runId);
    static QString startDoing(qint64 executionId);
    static QString processGroupDoing(qint64 executionId);
    static QString appendDoing(qint64 executionId);
    static QString finishDoing(qint64 executionId);
    static StoreError executionGone(qint64 executionId);
    static QString finishRunDoing(qint64 runId);
    static QString startRunDoing(qint64 runId);
    static const char *startRunSql();
    static QString indexDoing(qint64 executionId);
    // The statement that writes an index row: (id, document) bound in that order.
    static QString indexSql(const Database &db);
    static const char *queueIndexSql();

protected:
    // The statements both implementations prepare, one slot each.
    enum Statement {
        Insert,
        Start,
        Append,
        Finish,
        DropOutput,
        CloseRun,
        RemoteGroup,
        InsertMany,
        IndexOutput,
        QueueIndex,
        StartRun,
        Count
    };
};

} // namespace fleetcron
