#include "SearchIndexer.h"

#include "Database.h"
#include "SearchText.h"
#include "SqlDialect.h"
#include "Transaction.h"
#include "WriterStatements.h"

#include <QSqlQuery>
#include <QStringList>

#include <utility>

namespace fleetcron {

SearchIndexer::SearchIndexer(Database &db, bool allowNative)
    : m_db(db)
    , m_allowNative(allowNative) {}

StoreResult<SearchIndexer::Step> SearchIndexer::step(int maxRows) {
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    const bool postgres = m_db.dialect().backend() == SqlDialect::Backend::PostgreSQL;
    // Before the transaction: the SQLite path sets its connection up for the next one.
    const auto st = WriterStatements::create(m_db, conn.value(), m_allowNative);
    Transaction tx(conn.value(), m_db.dialect());
    if (!tx.ok())
        return tx.error();
    const QString doing = QStringLiteral("index stored output for search");
    // An execution deleted meanwhile took its pending row with it (the foreign key).
    auto q = m_db.exec(
        QStringLiteral(
            "SELECT p.execution_id, e.stdout, e.stderr FROM execution_search_pending p "
            "JOIN executions e ON e.id = p.execution_id ORDER BY p.execution_id LIMIT ?") +
            (postgres ? QStringLiteral(" FOR UPDATE OF p SKIP LOCKED") : QString()),
        {maxRows}, doing);
    if (!q)
        return q.error();
    // Read to the end before writing: on PostgreSQL the driver streams a forward-only result
    // row by row, and another statement on the connection would cut it off after the first.
    // The documents (distinct words, capped) are kept rather than the outputs themselves.
    QList<std::pair<qint64, QByteArray>> documents;
    QStringList done;
    while (q->next()) {
        const qint64 id = q->value(0).toLongLong();
        QByteArray document =
            SearchText::document(q->value(1).toByteArray(), q->value(2).toByteArray());
        if (!document.isEmpty())
            documents.append({id, std::move(document)});
        done << QString::number(id);
    }
    q->finish();
    for (const auto &[id, document] : std::as_const(documents)) {
        if (const StoreError error = st->indexOutput(id, document); error.isError())
            return error;
    }
    if (!done.isEmpty()) {
        // Numbers this code made, so the list is safe to write into the statement.
        if (auto gone = m_db.apply(
                QStringLiteral("DELETE FROM execution_search_pending WHERE execution_id IN (%1)")
                    .arg(done.join(u',')),
                {}, doing);
            !gone)
            return gone.error();
    }
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return Step{int(done.size()), done.size() == maxRows};
}

StoreResult<qint64> SearchIndexer::backlog() {
    auto q = m_db.exec(QStringLiteral("SELECT COUNT(*) FROM execution_search_pending"), {},
                       QStringLiteral("count the outputs waiting for the search index"));
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : 0;
}

} // namespace fleetcron
