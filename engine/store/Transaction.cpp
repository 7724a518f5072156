#include "Transaction.h"

#include "ConnectionHealth.h"
#include "Database.h"
#include "SqliteWriteGate.h"
#include "StorageFailure.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace fleetcron {
namespace {

struct Nesting {
    int depth = 0;
    bool doomed = false;
};

// Connections are per thread, so the nesting state is too; no lock needed.
thread_local QHash<QString, Nesting> nestingByConnection;

StoreError transactionError(const QString &connectionName, const QString &what,
                            const QSqlError &error) {
    const bool closed = !QSqlDatabase::database(connectionName, false).isOpen();
    if (closed)
        ConnectionHealth::markLost(connectionName);
    if (closed || ConnectionHealth::noteError(connectionName, error)) {
        // Reopened on the next use; callers that keep their work (the writer) try again then.
        return StoreError::make(StoreError::Kind::Unavailable,
                                QStringLiteral("cannot %1: the connection to the database was "
                                               "lost; it is reopened on the next attempt")
                                    .arg(what),
                                {}, error.text());
    }
    if (StorageFailure::matches(error)) {
        // A commit the disk had no room for: kept and tried again by the writer, as a lost
        // connection is.
        return StorageFailure::error(what, error.text());
    }
    const bool busy = error.text().contains(QStringLiteral("locked")) ||
                      error.nativeErrorCode() == QStringLiteral("5");
    return StoreError::make(busy ? StoreError::Kind::Busy : StoreError::Kind::Internal,
                            busy ? QStringLiteral("cannot %1: the database stayed locked by "
                                                  "another program; try again")
                                       .arg(what)
                                 : QStringLiteral("cannot %1").arg(what),
                            {}, error.text());
}

} // namespace

Transaction::Transaction(const QSqlDatabase &db, const SqlDialect &dialect) {
    begin(db, dialect);
}

Transaction::Transaction(Database &db) {
    auto conn = db.connection();
    if (!conn) {
        m_error = conn.error();
        m_done = true;
        return;
    }
    begin(conn.value(), db.dialect());
}

void Transaction::begin(const QSqlDatabase &db, const SqlDialect &dialect) {
    m_db = db;
    m_name = db.connectionName();
    Nesting &n = nestingByConnection[m_name];
    if (n.depth > 0) {
        ++n.depth;
        return;
    }
    if (dialect.backend() == SqlDialect::Backend::SQLite) {
        m_gate = &SqliteWriteGate::forFile(m_db.databaseName());
        m_gate->lock();
    }
    QSqlQuery q(m_db);
    if (!q.exec(dialect.beginWrite())) {
        m_error = transactionError(m_name, QStringLiteral("start a transaction"), q.lastError());
        m_done = true;
        releaseGate();
        return;
    }
    n = Nesting{1, false};
    m_outermost = true;
}

bool Transaction::isOpen(const QString &connectionName) {
    const auto it = nestingByConnection.constFind(connectionName);
    return it != nestingByConnection.constEnd() && it->depth > 0;
}

Transaction::~Transaction() {
    if (!m_done)
        rollback();
}

void Transaction::releaseGate() {
    if (m_gate)
        m_gate->unlock();
    m_gate = nullptr;
}

StoreResult<void> Transaction::commit() {
    if (m_done)
        return m_error.isError() ? StoreResult<void>(m_error) : StoreResult<void>();
    m_done = true;
    Nesting &n = nestingByConnection[m_name];
    if (!m_outermost) {
        --n.depth;
        return {};
    }
    if (n.doomed) {
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
        nestingByConnection.remove(m_name);
        releaseGate();
        return StoreError::make(StoreError::Kind::Internal,
                                QStringLiteral("nothing was saved: part of the change failed"));
    }
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("COMMIT"))) {
        const QSqlError err = q.lastError();
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
        nestingByConnection.remove(m_name);
        releaseGate();
        return transactionError(m_name, QStringLiteral("save the change"), err);
    }
    nestingByConnection.remove(m_name);
    releaseGate();
    return {};
}

void Transaction::rollback() {
    if (m_done)
        return;
    m_done = true;
    Nesting &n = nestingByConnection[m_name];
    if (!m_outermost) {
        --n.depth;
        n.doomed = true;
        return;
    }
    QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
    nestingByConnection.remove(m_name);
    releaseGate();
}

} // namespace fleetcron
