#pragma once

#include "ExecutionOutputChunk.h"
#include "StoreResult.h"
#include "model/Execution.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace fleetcron {

class Database;

// Executions (one server within a run) and their live output. The engine writes results
// through StoreWriter; this class is for creating the pending rows of a run (their ids are
// needed at once), for reading, and for occasional direct updates. Usable from any thread.
class ExecutionRepository {
public:
    struct Filter {
        qint64 runId = 0;
        qint64 taskId = 0;
        qint64 serverId = 0;
        std::optional<ExecutionStatus> status;
        QDateTime from;          // started_at >= from
        QDateTime to;            // started_at < to
        bool withOutput = false; // stdout/stderr are left empty unless asked for
        int limit = 1000;
        int offset = 0;
        qint64 beforeId = 0; // keyset page: only ids below this one (0: from the newest)
    };

    explicit ExecutionRepository(Database &db);

    StoreResult<Execution> create(const Execution &execution);
    // All or nothing: either every execution is stored (ids filled in) or none is.
    StoreResult<QList<Execution>> createMany(const QList<Execution> &executions);
    // Writes every field of an existing execution (its result).
    StoreResult<void> update(const Execution &execution);
    StoreResult<void> markStarted(qint64 id, const QDateTime &startedAt);

    StoreResult<Execution> find(qint64 id);
    StoreResult<QList<Execution>> listForRun(qint64 runId);
    // The executions of several runs (a page of runs), ordered by run and id, in one query per
    // 500 runs instead of one per run.
    StoreResult<QList<Execution>> listForRuns(const QList<qint64> &runIds);
    // Newest first.
    StoreResult<QList<Execution>> list(const Filter &filter);
    // How many match (limit, offset and beforeId ignored). With `atMost` > 0 the count stops
    // there: a listing's total on 10 million rows must not read them all for one page.
    StoreResult<qint64> count(const Filter &filter, qint64 atMost = 0);

    // Live output chunks with seq > afterSeq, in order; what a tailing console polls.
    StoreResult<QList<ExecutionOutputChunk>> outputSince(qint64 executionId, int afterSeq = -1);

    // The SQL condition for a filter over `executions e` (limit and offset aside), with its
    // values appended; reports use it too, so a filter means the same everywhere.
    static QString whereClause(const Filter &filter, QVariantList &values);

private:
    // The execution's search index row, when it has output.
    StoreResult<void> index(const Execution &e);
    StoreResult<Execution> insert(const Execution &execution);

    Database &m_db;
};

} // namespace fleetcron
