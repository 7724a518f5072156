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

// Ids at or above a window's floor, newest first (0: no floor): the PostgreSQL arms below.
constexpr int postgresWindow = 2048;

// SQLite merges the arms lazily (a co-routine each) and stops at the LIMIT, so one statement
// reads candidates and their outputs together. Binds: match, filters, below; below, filters;
// the limit.
QString sqliteCandidates(const SqlConditions &filters) {
    const QString filtered =
        filters.joined().isEmpty() ? QString() : QStringLiteral(" AND ") + filters.joined();
    // The index is the file attached as `search` (SearchIndexFile, searchConnection).
    return selectHits.arg(QStringLiteral("search.execution_search x"), QStringLiteral("x.rowid")) +
           QStringLiteral(" WHERE execution_search MATCH ?") + filtered +
           QStringLiteral(" AND x.rowid < ? UNION ALL ") +
           selectHits.arg(QStringLiteral("execution_search_pending p"),
                          QStringLiteral("p.execution_id")) +
           QStringLiteral(" WHERE p.execution_id < ?") + filtered +
           QStringLiteral(" ORDER BY 1 DESC LIMIT ?");
}

} // namespace

// PostgreSQL plans from its estimate of how many outputs hold every word, and multiplies the
// words' frequencies as if they were independent: for an error line whose four words always
// come together (10 % of the outputs) it expected 102 rows, read all 10,000 through the GIN
// index, joined each to its output and sorted them (165 ms a page at 100,000 executions).
// So the ids are chosen first, alone, and only a page's worth is joined to the outputs. And a
// search first reads the newest `postgresWindow` indexed ids only (`window`, from windowFloor):
// walked backwards by the primary key, each document checked, behind an OFFSET 0 fence so the
// planner cannot take the GIN index there, which it would, with the same wrong estimate. A
// frequent text fills its page in the window at once; below it the GIN index answers, for
// rare texts. Each arm has its own LIMIT: without it the planner read every match of a common
// word and sorted them. Binds: [below, floor,] match, below, floor, filters, limit (indexed);
// below, floor, filters, limit (waiting); the limit.
QString OutputSearchQuery::postgresCandidates(const SqlConditions &filters, bool window) {
    // The filters name e and r: joined inside an arm only when there are any.
    const auto joins = [&](const QString &id) {
        return filters.joined().isEmpty()
                   ? QString()
                   : QStringLiteral(" JOIN executions e ON e.id = %1 JOIN runs r ON r.id = "
                                    "e.run_id")
                         .arg(id);
    };
    const QString filtered =
        filters.joined().isEmpty() ? QString() : QStringLiteral(" AND ") + filters.joined();
    const QString arm =
        QStringLiteral("SELECT * FROM (SELECT %1 FROM %2%3 WHERE %4%1 < ? AND %1 >= ?%5 "
                       "ORDER BY 1 DESC LIMIT ?) AS %6");
    const QString source =
        window
            ? QStringLiteral("(SELECT execution_id, doc FROM execution_search WHERE "
                             "execution_id < ? AND execution_id >= ? ORDER BY 1 DESC OFFSET 0) x")
            : QStringLiteral("execution_search x");
    const QString indexed = arm.arg(
        QStringLiteral("x.execution_id"), source, joins(QStringLiteral("x.execution_id")),
        QStringLiteral("x.doc @@ CAST(? AS tsquery) AND "), filtered, QStringLiteral("indexed"));
    const QString waiting = arm.arg(
        QStringLiteral("p.execution_id"), QStringLiteral("execution_search_pending p"),
        joins(QStringLiteral("p.execution_id")), QString(), filtered, QStringLiteral("waiting"));
    return selectHits.arg(QStringLiteral("(%1 UNION ALL %2 ORDER BY 1 DESC LIMIT ?) AS c (id)")
                              .arg(indexed, waiting),
                          QStringLiteral("c.id")) +
           QStringLiteral(" ORDER BY 1 DESC");
}

// The lowest of the newest `postgresWindow` indexed ids below `below`; 0 when there are fewer
// (the window would hold them all: the index alone answers).
StoreResult<qint64> OutputSearchQuery::windowFloor(qint64 below) {
    auto q = m_db.exec(QStringLiteral("SELECT count(*), min(execution_id) FROM (SELECT "
                                      "execution_id FROM execution_search WHERE execution_id < ? "
                                      "ORDER BY 1 DESC LIMIT ?) AS newest"),
                       {below, postgresWindow}, QStringLiteral("search output"));
    if (!q)
        return q.error();
    if (!q->next() || q->value(0).toInt() < postgresWindow)
        return qint64(0);
    return q->value(1).toLongLong();
}

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
    const QString sql = postgres ? postgresCandidates(filters, false) : sqliteCandidates(filters);
    const QString windowSql = postgres ? postgresCandidates(filters, true) : QString();
    const QVariant matchValue =
        postgres ? QVariant(SearchText::tsQuery(terms)) : QVariant(SearchText::ftsMatch(terms));
    limit = qMax(1, limit);
    // On SQLite the connection with the index file attached (Database::searchConnection).
    auto conn = m_db.searchConnection();
    if (!conn)
        return conn.error();
    Page page;
    qint64 below = beforeId > 0 ? beforeId : std::numeric_limits<qint64>::max();
    // PostgreSQL first reads a window of the newest indexed ids (see postgresCandidates).
    bool windowDue = postgres;
    qint64 floor = 0;
    for (;;) {
        if (windowDue) {
            windowDue = false;
            auto w = windowFloor(below);
            if (!w)
                return w.error();
            floor = w.value();
        }
        QVariantList values;
        const bool inWindow = floor > 0;
        if (inWindow)
            values << below << floor;
        if (postgres) {
            for (const QVariant &arm : {matchValue, QVariant()}) {
                if (arm.isValid())
                    values << arm;
                values << below << floor << filters.values() << candidateChunk;
            }
        } else {
            values << matchValue << filters.values() << below << below << filters.values();
        }
        values << candidateChunk;
        QSqlQuery q(conn.value());
        if (auto ran =
                m_db.run(q, inWindow ? windowSql : sql, values, QStringLiteral("search output"));
            !ran)
            return ran.error();
        int read = 0;
        qint64 previous = 0;
        while (q.next()) {
            ++read;
            below = q.value(0).toLongLong();
            if (below == previous)
                continue;
            previous = below;
            Hit hit;
            if (!locate(q, text, hit))
                continue;
            if (page.hits.size() == limit) {
                // One more exists: the page ends at the last one kept.
                page.nextBefore = page.hits.constLast().executionId;
                return page;
            }
            hit.executionId = below;
            hit.runId = q.value(1).toLongLong();
            hit.taskId = q.value(2).toLongLong();
            hit.taskName = q.value(3).toString();
            hit.serverId = q.value(4).toLongLong();
            hit.serverName = q.value(5).toString();
            hit.status = enumFromString<ExecutionStatus>(q.value(6).toString())
                             .value_or(ExecutionStatus::Pending);
            hit.startedAt = SqlValues::time(q.value(7));
            hit.endedAt = SqlValues::time(q.value(8));
            page.hits << hit;
        }
        if (read < candidateChunk) {
            if (floor == 0)
                return page;
            // The window is read: on through the index, below it.
            below = floor;
            floor = 0;
        }
    }
}

} // namespace fleetcron
