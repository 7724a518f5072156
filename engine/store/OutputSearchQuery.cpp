#include "OutputSearchQuery.h"

#include "Database.h"
#include "SearchText.h"
#include "SqlValues.h"

#include <QSqlQuery>

#include <limits>

namespace fleetcron {
namespace {

// Candidates are read this many at a time: the exact check may turn most of them down, and on
// PostgreSQL the driver holds a whole result in memory, outputs included.
constexpr int candidateChunk = 256;

// %1: where the candidate ids come from; %2: its id column. The first column is that id, not
// e.id, so each arm of the UNION below is read in the order of its own index.
const QString selectHits = QStringLiteral(
    "SELECT %2, e.run_id, r.task_id, t.name, e.server_id, COALESCE(s.name, ''), e.status, "
    "e.started_at, e.ended_at, e.stdout, e.stderr FROM %1 "
    "JOIN executions e ON e.id = %2 JOIN runs r ON r.id = e.run_id "
    "JOIN tasks t ON t.id = r.task_id LEFT JOIN servers s ON s.id = e.server_id");

// The first place `text` occurs in the candidate's output, filled into `hit`; false if none.
bool locate(const QSqlQuery &q, const QString &text, OutputSearchQuery::Hit &hit) {
    for (int column : {9, 10}) {
        const QString output = QString::fromUtf8(q.value(column).toByteArray());
        const qsizetype pos = SearchText::find(output, text);
        if (pos < 0)
            continue;
        hit.stream = column == 9 ? QStringLiteral("stdout") : QStringLiteral("stderr");
        hit.matchOffset = pos;
        hit.matchLength = text.size();
        const SearchText::Snippet s = SearchText::snippet(output, pos, text.size());
        hit.snippet = s.text;
        hit.snippetMatchStart = s.matchStart;
        return true;
    }
    return false;
}

} // namespace

OutputSearchQuery::OutputSearchQuery(Database &db)
    : m_db(db) {}

StoreResult<OutputSearchQuery::Page>
OutputSearchQuery::search(const QString &text, const ExecutionRepository::Filter &filter,
                          qint64 beforeId, int limit) {
    const SearchText::Terms terms = SearchText::terms(text);
    if (terms.words.isEmpty())
        return StoreError::make(StoreError::Kind::Invalid,
                                QStringLiteral("the search text has no letter or digit"));
    const bool postgres = m_db.dialect().backend() == SqlDialect::Backend::PostgreSQL;
    const QString key = postgres ? QStringLiteral("x.execution_id") : QStringLiteral("x.rowid");
    SqlConditions filters;
    filters.addId(QStringLiteral("r.task_id = ?"), filter.taskId);
    filters.addId(QStringLiteral("e.server_id = ?"), filter.serverId);
    if (filter.status)
        filters.add(QStringLiteral("e.status = ?"), toString(*filter.status));
    filters.addRange(QStringLiteral("e.started_at"), filter.from, filter.to);
    // The candidates: what the index says holds every word, and the outputs stored but not
    // indexed yet (execution_search_pending, written behind by the store writer: usually none
    // or a few). Both arms go newest first and the UNION merges them, so a page still reads
    // only as far as it needs. An output re-stored while indexed is in both: read once.
    // SQLite merges the arms lazily (a co-routine each) and stops at the LIMIT. PostgreSQL
    // would read every match of a common word and sort them (332 ms a page at 100,000
    // executions in search_bench): each arm gets its own LIMIT there, and the planner walks
    // the primary key backwards instead (4.5 ms). On SQLite that form reads more (it was
    // 12x slower for a host name at 1,000,000), so each backend keeps its own.
    const QString match = postgres ? QStringLiteral("x.doc @@ CAST(? AS tsquery)")
                                   : QStringLiteral("execution_search MATCH ?");
    const QString filtered =
        filters.joined().isEmpty() ? QString() : QStringLiteral(" AND ") + filters.joined();
    const QString indexedArm = selectHits.arg(QStringLiteral("execution_search x"), key) +
                               QStringLiteral(" WHERE ") + match + filtered +
                               QStringLiteral(" AND %1 < ?").arg(key);
    const QString waitingArm = selectHits.arg(QStringLiteral("execution_search_pending p"),
                                              QStringLiteral("p.execution_id")) +
                               QStringLiteral(" WHERE p.execution_id < ?") + filtered;
    const QString sql =
        postgres ? QStringLiteral("SELECT * FROM (%1 ORDER BY 1 DESC LIMIT ?) AS indexed UNION ALL "
                                  "SELECT * FROM (%2 ORDER BY 1 DESC LIMIT ?) AS waiting "
                                  "ORDER BY 1 DESC LIMIT ?")
                       .arg(indexedArm, waitingArm)
                 : indexedArm + QStringLiteral(" UNION ALL ") + waitingArm +
                       QStringLiteral(" ORDER BY 1 DESC LIMIT ?");
    const QVariant matchValue =
        postgres ? QVariant(SearchText::tsQuery(terms)) : QVariant(SearchText::ftsMatch(terms));
    limit = qMax(1, limit);
    Page page;
    qint64 below = beforeId > 0 ? beforeId : std::numeric_limits<qint64>::max();
    for (;;) {
        QVariantList values{matchValue};
        values << filters.values() << below;
        if (postgres)
            values << candidateChunk;
        values << below << filters.values();
        if (postgres)
            values << candidateChunk;
        values << candidateChunk;
        auto q = m_db.exec(sql, values, QStringLiteral("search output"));
        if (!q)
            return q.error();
        int read = 0;
        qint64 previous = 0;
        while (q->next()) {
            ++read;
            below = q->value(0).toLongLong();
            if (below == previous)
                continue;
            previous = below;
            Hit hit;
            if (!locate(q.value(), text, hit))
                continue;
            if (page.hits.size() == limit) {
                // One more exists: the page ends at the last one kept.
                page.nextBefore = page.hits.constLast().executionId;
                return page;
            }
            hit.executionId = below;
            hit.runId = q->value(1).toLongLong();
            hit.taskId = q->value(2).toLongLong();
            hit.taskName = q->value(3).toString();
            hit.serverId = q->value(4).toLongLong();
            hit.serverName = q->value(5).toString();
            hit.status = enumFromString<ExecutionStatus>(q->value(6).toString())
                             .value_or(ExecutionStatus::Pending);
            hit.startedAt = SqlValues::time(q->value(7));
            hit.endedAt = SqlValues::time(q->value(8));
            page.hits << hit;
        }
        if (read < candidateChunk)
            return page;
    }
}

} // namespace fleetcron
