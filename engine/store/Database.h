#pragma once

#include "DatabaseLocation.h"
#include "SqlDialect.h"
#include "StoreResult.h"

#include <QHash>
#include <QMutex>
#include <QObject>
#include <QSqlDatabase>
#include <QVariantList>

#include <memory>

class QSqlError;
class QSqlQuery;
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

    const SqlDialect &dialect() const { return m_dialect; }
    const DatabaseLocation &location() const { return m_location; }
    int schemaVersion() const { return m_schemaVersion; }

    // Prepares `sql` on `query`, binds `values` by position and executes it. On failure the
    // error is classified (duplicate, unknown reference, invalid, busy) with a generic message
    // that names what was being done; repositories replace it with a more precise one.
    StoreResult<void> run(QSqlQuery &query, const QString &sql, const QVariantList &values,
                          const QString &doing) const;
    StoreError failure(const QSqlError &error, const QString &doing) const;

    // Opens a connection with the dialect's session settings; used for the per-thread
    // connections and by tests that need a database at an older schema version.
    static StoreResult<QSqlDatabase> openConnection(const DatabaseLocation &location,
                                                    const QString &connectionName);

private:
    Database(const DatabaseLocation &location, QObject *parent);
    void forgetConnection(QThread *thread);
    // Closes and opens a connection whose server went away, with the session settings.
    StoreResult<void> reopen(QSqlDatabase &db) const;

    DatabaseLocation m_location;
    SqlDialect m_dialect;
    int m_schemaVersion = 0;
    quint64 m_serial = 0;
    mutable QMutex m_mutex;
    QHash<QThread *, QString> m_connections;
};

} // namespace fleetcron
