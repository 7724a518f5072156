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

const QString selectHits = QStringLiteral(
    "SELECT e.id, e.run_id, r.task_id, t.name, e.server_id, COALESCE(s.name, ''), e.status, "
    "e.started_at, e.ended_at, e.stdout, e.stderr FROM execution_search x "
    "JOIN executions e ON e.id = x.%1 JOIN runs r ON r.id = e.run_id "
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
    SqlConditions where;
    if (postgres)
        where.add(QStringLiteral("x.doc @@ CAST(? AS tsquery)"), SearchText::tsQuery(terms));
    else
        where.add(QStringLiteral("execution_search MATCH ?"), SearchText::ftsMatch(terms));
    where.addId(QStringLiteral("r.task_id = ?"), filter.taskId);
    where.addId(QStringLiteral("e.server_id = ?"), filter.serverId);
    if (filter.status)
        where.add(QStringLiteral("e.status = ?"), toString(*filter.status));
    where.addRange(QStringLiteral("e.started_at"), filter.from, filter.to);
    const QString sql =
        selectHits.arg(postgres ? QStringLiteral("execution_id") : QStringLiteral("rowid")) +
        QStringLiteral(" WHERE ") + where.joined() +
        QStringLiteral(" AND %1 < ? ORDER BY %1 DESC LIMIT ?").arg(key);
    limit = qMax(1, limit);
    Page page;
    qint64 below = beforeId > 0 ? beforeId : std::numeric_limits<qint64>::max();
    for (;;) {
        QVariantList values = where.values();
        values << below << candidateChunk;
        auto q = m_db.exec(sql, values, QStringLiteral("search output"));
        if (!q)
            return q.error();
        int read = 0;
        while (q->next()) {
            ++read;
            below = q->value(0).toLongLong();
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
