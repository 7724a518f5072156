#pragma once

#include "DatabaseLocation.h"
#include "SqlDialect.h"
#include "StatementCache.h"
#include "StoreResult.h"

#include <QHash>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

#include <memory>
#include <type_traits>

class QSqlError;
class QThread;

namespace fleetcron {

// The open store: where it is, which dialect it speaks, and one named QSqlDatabase connection
// per thread. Qt SQL connections must only be used by the thread that opened them, so any
// thread simply asks connection() and gets its own, opened on first use and removed when that
// thread finishes (the creating thread's connections go with this object). Create one per
// process, early, and pass it to whatever needs the store.
class Database : public QObject {
    Q_OBJECT
public:
    // Opens the database (creating the SQLite file and its directory when missing) and brings
    // its schema up to date. Refuses a database written by a newer fleetcron.
    static StoreResult<std::unique_ptr<Database>> open(const DatabaseLocation &location,
                                                       QObject *parent = nullptr);
    ~Database() override;

    // The calling thread's connection, opened on first use.
    StoreResult<QSqlDatabase> connection();

    // The calling thread's connection for search and indexing. On SQLite a second one, with
    // the search index's file (SearchIndexFile) attached as schema `search`: a transaction on
    // a connection with it attached takes its lock too, and the thread's own connection()
    // writes with the store writer and the scheduler, who must never wait for the indexer.
    // On PostgreSQL, connection().
    StoreResult<QSqlDatabase> searchConnection();
    const SqlDialect &dialect() const { return m_dialect; }
    const DatabaseLocation &location() const { return m_location; }
    int schemaVersion() const { return m_schemaVersion; }

    // Prepares `sql` on `query`, binds `values` by position and executes it. On failure the
    // error is classified (duplicate, unknown reference, invalid, busy) with a generic message
    // that names what was being done; repositories replace it with a more precise one.
    StoreResult<void> run(QSqlQuery &query, const QString &sql, const QVariantList &values,
                          const QString &doing) const;
    StoreError failure(const QSqlError &error, const QString &doing) const;

    // run() on the calling thread's connection: the query comes back before its first row,
    // or telling numRowsAffected() for a change.
    StoreResult<QSqlQuery> exec(const QString &sql, const QVariantList &values,
                                const QString &doing);
    // A statement run for its effect alone.
    StoreResult<void> apply(const QString &sql, const QVariantList &values, const QString &doing);
    // A statement run for how many rows it changed.
    StoreResult<int> rowsChanged(const QString &sql, const QVariantList &values,
                                 const QString &doing);
    // An INSERT, with the dialect's way of handing back the new row's id; returns that id.
    StoreResult<qint64> insert(const QString &sql, const QVariantList &values,
                               const QString &doing);
    // A statement that must change a row; when it changes none (the row is not there, or no
    // longer) the result is `unchanged`.
    StoreResult<void> change(const QString &sql, const QVariantList &values, const QString &doing,
                             const StoreError &unchanged);
    // Every row of a SELECT, each made into a value by `from` (given the query on that row).
    template <typename From>
    StoreResult<QList<std::invoke_result_t<From &, const QSqlQuery &>>>
    rows(const QString &sql, const QVariantList &values, const QString &doing, From from) {
        return read(sql, values, doing, [&from](QSqlQuery &q) {
            QList<std::invoke_result_t<From &, const QSqlQuery &>> out;
            while (q.next())
                out << from(q);
            return out;
        });
    }

    // Runs `sql` with `values` and hands the executed query to `reader`, which reads what it
    // needs and must not keep it. On SQLite the statement stays prepared on this thread's
    // connection for the next call with the same text (StatementCache); use this, not exec(),
    // on hot paths.
    template <typename Reader>
    StoreResult<std::invoke_result_t<Reader &, QSqlQuery &>>
    read(const QString &sql, const QVariantList &values, const QString &doing, Reader reader) {
        auto statement = prepared(sql, values, doing);
        if (!statement)
            return statement.error();
        if constexpr (std::is_void_v<std::invoke_result_t<Reader &, QSqlQuery &>>) {
            reader(statement->query());
            return {};
        } else {
            return reader(statement->query());
        }
    }
    // The statement behind read(), executed; back to the cache when it is destroyed.
    StoreResult<PreparedStatement> prepared(const QString &sql, const QVariantList &values,
                                            const QString &doing);

    // Opens a connection with the dialect's session settings; used for the per-thread
    // connections and by tests that need a database at an older schema version.
    static StoreResult<QSqlDatabase> openConnection(const DatabaseLocation &location,
                                                    const QString &connectionName);

private:
    Database(const DatabaseLocation &location, QObject *parent);
    void forgetConnection(QThread *thread);
    // The calling thread's connection name, unique per Database and thread.
    QString threadConnectionName(const QString &suffix) const;
    // Once per thread (its first connection): its connections go when it finishes.
    void forgetWhenFinished(QThread *thread);
    // Closes and opens a connection whose server went away, with the session settings.
    StoreResult<void> reopen(QSqlDatabase &db) const;
    // This thread's prepared statements (SQLite; null elsewhere or before its connection).
    std::shared_ptr<StatementCache> statementsOfThisThread() const;

    DatabaseLocation m_location;
    SqlDialect m_dialect;
    int m_schemaVersion = 0;
    quint64 m_serial = 0;
    mutable QMutex m_mutex;
    QHash<QThread *, QString> m_connections;
    QHash<QThread *, QString> m_searchConnections; // SQLite: see searchConnection()
    QHash<QThread *, std::shared_ptr<StatementCache>> m_statements; // SQLite, per connection()
};

} // namespace fleetcron
