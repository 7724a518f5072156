#pragma once

#include "SqlDialect.h"
#include "StoreResult.h"

#include <QSqlDatabase>

class QRecursiveMutex;

namespace fleetcron {

class Database;

// A write transaction on one connection that rolls back unless committed, so an early return
// can never leave half a save behind. Transactions nest: an inner one joins the outer one
// (a repository method called inside another's transaction), and only the outermost commits;
// if an inner one is abandoned, the outer commit fails and rolls everything back.
class Transaction {
public:
    Transaction(const QSqlDatabase &db, const SqlDialect &dialect);
    // On the calling thread's connection of `db`; when it has none, error() says why.
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    // Whether BEGIN worked; when not, error() says why and nothing should be written.
    bool ok() const { return !m_error.isError(); }
    const StoreError &error() const { return m_error; }

    StoreResult<void> commit();
    void rollback();

    // Whether a transaction is open on this thread's connection of that name. A connection is
    // never reopened under an open transaction: its statements would run outside it.
    static bool isOpen(const QString &connectionName);

private:
    QSqlDatabase m_db;
    QString m_name;
    bool m_outermost = false;
    bool m_done = false;
    StoreError m_error;
    QRecursiveMutex *m_gate = nullptr; // SQLite: held by the outermost, from BEGIN to its end
    void begin(const QSqlDatabase &db, const SqlDialect &dialect);
    void releaseGate();
};

} // namespace fleetcron
