#include "StatementCache.h"

#include <utility>

namespace fleetcron {

StatementCache::StatementCache(int capacity)
    : m_capacity(capacity) {}

std::optional<QSqlQuery> StatementCache::take(const QString &sql) {
    auto it = m_entries.find(sql);
    if (it == m_entries.end())
        return std::nullopt;
    QSqlQuery query = std::move(it->second.query);
    m_entries.erase(it);
    return query;
}

void StatementCache::give(const QString &sql, QSqlQuery &&query) {
    if (m_capacity <= 0 || m_entries.count(sql) > 0)
        return; // a nested twin of a kept statement: this one is finalised
    if (m_entries.size() >= std::size_t(m_capacity)) {
        // A scan, not a list: eviction is rare (the set of hot statements is small) and the
        // cache is small.
        auto oldest = m_entries.begin();
        for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
            if (it->second.lastUsed < oldest->second.lastUsed)
                oldest = it;
        }
        m_entries.erase(oldest);
    }
    m_entries.emplace(sql, Entry{std::move(query), ++m_clock});
}

void StatementCache::clear() {
    m_entries.clear();
}

PreparedStatement::PreparedStatement(QSqlQuery query, QString sql,
                                     std::weak_ptr<StatementCache> cache,
                                     QRecursiveMutex *lockedGate)
    : m_query(std::move(query))
    , m_sql(std::move(sql))
    , m_cache(std::move(cache))
    , m_gate(lockedGate) {}

PreparedStatement::PreparedStatement(PreparedStatement &&other) noexcept
    : m_query(std::move(other.m_query))
    , m_sql(std::exchange(other.m_sql, QString()))
    , m_cache(std::move(other.m_cache))
    , m_gate(std::exchange(other.m_gate, nullptr)) {}

PreparedStatement::~PreparedStatement() {
    if (!m_sql.isEmpty()) {
        // Reset: a statement left mid-read would keep its connection's read transaction (and
        // an old snapshot of the database) open until its next use; a write outside a
        // transaction commits when its statement ends.
        m_query.finish();
        if (auto cache = m_cache.lock())
            cache->give(m_sql, std::move(m_query));
    }
    if (m_gate)
        m_gate->unlock();
}

} // namespace fleetcron
