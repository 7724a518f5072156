#pragma once

#include "ExecutionRepository.h"
#include "StoreResult.h"
#include "model/Statuses.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace fleetcron {

class Database;
class SqlConditions;

// Full-text search over stored output (issue 17): the executions whose stdout or stderr
// contains a text, newest first, one keyset page at a time (ids below `beforeId`). The
// execution_search index (FTS5 on SQLite, tsvector + GIN on PostgreSQL) picks the candidates;
// each is then checked for the exact text in its stored output (SearchText), so the answer is
// the same on both backends and never shows an execution that does not contain the text.
// Usable from any thread. The text is taken as it is; the service checks it first.
class OutputSearchQuery {
public:
    struct Hit {
        qint64 executionId = 0;
        qint64 runId = 0;
        qint64 taskId = 0;
        QString taskName;
        qint64 serverId = 0;
        QString serverName;
        ExecutionStatus status = ExecutionStatus::Pending;
        QDateTime startedAt;
        QDateTime endedAt;
        QString stream;            // "stdout" or "stderr": where the first match is
        qsizetype matchOffset = 0; // in characters of that stream, decoded as UTF-8
        qsizetype matchLength = 0;
        QString snippet; // the line around the match, on one line
        qsizetype snippetMatchStart = 0;
    };
    struct Page {
        QList<Hit> hits;
        qint64 nextBefore = 0; // pass as beforeId for the next page; 0: there is none
    };

    explicit OutputSearchQuery(Database &db);

    // Only the filter's task, server, status and from/to are used (limit/offset are not).
    StoreResult<Page> search(const QString &text, const ExecutionRepository::Filter &filter,
                             qint64 beforeId, int limit);

private:
    static QString postgresCandidates(const SqlConditions &filters, bool window);
    StoreResult<qint64> windowFloor(qint64 below);

    Database &m_db;
};

} // namespace fleetcron
