#pragma once

#include <QRecursiveMutex>
#include <QSqlQuery>
#include <QString>

#include <memory>
#include <optional>
#include <unordered_map>

namespace fleetcron {

// Prepared statements of one SQLite connection, kept for the next call with the same text.
//
// Preparing is most of what a short statement costs: SQLite parses and plans it, and Qt's
// driver rewrites each `?` to a named placeholder. The scheduler claims up to a thousand fires a
// second with six short statements each, and parsing took a third of its thread's time
// (docs/PERFORMANCE.md, issue 16 item 1). A statement is taken out while it is used, so a call
// nested inside another with the same text prepares a second one, and it goes back reset
// (PreparedStatement), so no kept statement holds a read transaction open.
//
// Thread-confined, as its connection is. Bounded: the least recently used statement goes first.
class StatementCache {
public:
    static constexpr int defaultCapacity = 96;
    explicit StatementCache(int capacity = defaultCapacity);

    std::optional<QSqlQuery> take(const QString &sql);
    void give(const QString &sql, QSqlQuery &&query);
    void clear();
    std::size_t size() const { return m_entries.size(); }

private:
    struct Entry {
        QSqlQuery query;
        quint64 lastUsed = 0;
    };
    std::unordered_map<QString, Entry> m_entries; // move-only values: not a QHash
    quint64 m_clock = 0;
    int m_capacity;
};

// A statement lent by a StatementCache (or one of its own, on PostgreSQL, where statements are
// sent with their values inline and not kept). On destruction it is reset, which ends its read
// or commits its write, then goes back to the cache if the connection still has one, and only
// then lets go of `gate` (the SQLite write gate a writing statement holds: SqliteWriteGate).
class PreparedStatement {
public:
    PreparedStatement(QSqlQuery query, QString sql, std::weak_ptr<StatementCache> cache,
                      QRecursiveMutex *lockedGate = nullptr);
    PreparedStatement(PreparedStatement &&other) noexcept;
    PreparedStatement &operator=(PreparedStatement &&) = delete;
    PreparedStatement(const PreparedStatement &) = delete;
    PreparedStatement &operator=(const PreparedStatement &) = delete;
    ~PreparedStatement();

    QSqlQuery &query() { return m_query; }

private:
    QSqlQuery m_query;
    QString m_sql;
    std::weak_ptr<StatementCache> m_cache;
    QRecursiveMutex *m_gate = nullptr;
};

} // namespace fleetcron
