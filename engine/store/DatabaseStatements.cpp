#include "Database.h"

#include "InlinedStatement.h"
#include "SqlValues.h"
#include "SqliteWriteGate.h"

#include <QMutexLocker>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

// Database: running statements (the connections are in Database.cpp).
namespace fleetcron {

StoreResult<void> Database::run(QSqlQuery &query, const QString &sql, const QVariantList &values,
                                const QString &doing) const {
    query.setForwardOnly(true);
    if (m_dialect.backend() == SqlDialect::Backend::PostgreSQL) {
        // One round trip instead of PREPARE, EXECUTE and DEALLOCATE (see InlinedStatement).
        const QString text = InlinedStatement::inlineValues(sql, values, query.driver());
        if (text.isEmpty()) {
            return StoreError::make(StoreError::Kind::Internal,
                                    QStringLiteral("cannot %1: the statement has %2 values for "
                                                   "other placeholders")
                                        .arg(doing)
                                        .arg(values.size()));
        }
        if (!query.exec(text))
            return failure(query.lastError(), doing);
        return {};
    }
    if (!query.prepare(sql))
        return failure(query.lastError(), doing);
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(int(i), SqlValues::bindable(values.at(i)));
    if (!query.exec())
        return failure(query.lastError(), doing);
    return {};
}

StoreResult<QSqlQuery> Database::exec(const QString &sql, const QVariantList &values,
                                      const QString &doing) {
    auto conn = connection();
    if (!conn)
        return conn.error();
    QSqlQuery query(conn.value());
    if (auto done = run(query, sql, values, doing); !done)
        return done.error();
    return query;
}

std::shared_ptr<StatementCache> Database::statementsOfThisThread() const {
    QMutexLocker lock(&m_mutex);
    return m_statements.value(QThread::currentThread());
}

StoreResult<PreparedStatement> Database::prepared(const QString &sql, const QVariantList &values,
                                                  const QString &doing) {
    auto conn = connection();
    if (!conn)
        return conn.error();
    const std::shared_ptr<StatementCache> cache = statementsOfThisThread();
    if (!cache) {
        // PostgreSQL: sent with its values inline (run()), nothing to keep.
        QSqlQuery q(conn.value());
        if (auto done = run(q, sql, values, doing); !done)
            return done.error();
        return PreparedStatement(std::move(q), {}, {});
    }
    std::optional<QSqlQuery> kept = cache->take(sql);
    if (!kept) {
        QSqlQuery q(conn.value());
        q.setForwardOnly(true);
        if (!q.prepare(sql))
            return failure(q.lastError(), doing);
        kept = std::move(q);
    }
    // A write outside a transaction takes SQLite's write lock as a transaction does, so it
    // queues on the same gate (SqliteWriteGate): otherwise a claim that holds the gate meets
    // the lock in SQLite's busy handler, which sleeps 1, 2, 5 … 100 ms between tries. That was
    // the whole tail of claim lateness at 1,000 fires/s (docs/PERFORMANCE.md, issue 16).
    // Recursive: inside this thread's own transaction it is already held.
    QRecursiveMutex *gate = nullptr;
    if (!sql.startsWith(QLatin1String("SELECT"), Qt::CaseInsensitive)) {
        gate = &SqliteWriteGate::forFile(conn->databaseName());
        gate->lock();
    }
    // Goes back to the cache, reset, however this ends; the gate after that.
    PreparedStatement statement(std::move(*kept), sql, cache, gate);
    QSqlQuery &q = statement.query();
    for (qsizetype i = 0; i < values.size(); ++i)
        q.bindValue(int(i), SqlValues::bindable(values.at(i)));
    if (!q.exec())
        return failure(q.lastError(), doing);
    return StoreResult<PreparedStatement>(std::move(statement));
}

StoreResult<void> Database::apply(const QString &sql, const QVariantList &values,
                                  const QString &doing) {
    if (auto q = prepared(sql, values, doing); !q)
        return q.error();
    return {};
}

StoreResult<int> Database::rowsChanged(const QString &sql, const QVariantList &values,
                                       const QString &doing) {
    return read(sql, values, doing, [](QSqlQuery &q) { return q.numRowsAffected(); });
}

StoreResult<qint64> Database::insert(const QString &sql, const QVariantList &values,
                                     const QString &doing) {
    const bool returnsRow = m_dialect.insertReturnsRow();
    return read(sql + m_dialect.insertReturningId(), values, doing, [returnsRow](QSqlQuery &q) {
        if (returnsRow)
            return q.next() ? q.value(0).toLongLong() : qint64(0);
        return q.lastInsertId().toLongLong();
    });
}

StoreResult<void> Database::change(const QString &sql, const QVariantList &values,
                                   const QString &doing, const StoreError &unchanged) {
    auto changed = rowsChanged(sql, values, doing);
    if (!changed)
        return changed.error();
    if (changed.value() == 0)
        return unchanged;
    return {};
}

} // namespace fleetcron
