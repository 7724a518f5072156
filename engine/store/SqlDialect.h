#pragma once

#include <QString>
#include <QStringList>

class QSqlError;

namespace fleetcron {

// Every driver-specific bit of SQL lives here, so migrations and repositories stay portable
// between SQLite (the default) and PostgreSQL (several daemons on one fleet). Anything that
// differs between the two gets a method here instead of an `if` at the call site.
class SqlDialect {
public:
    enum class Backend { SQLite, PostgreSQL };

    // How a failed statement is classified, so repositories can turn it into a sentence.
    enum class ErrorClass {
        Other,
        UniqueViolation,
        ForeignKeyViolation,
        CheckViolation,
        NotNullViolation,
        Busy,
        ConnectionLost // the server went away (restart, network): reconnect and try again
    };

    explicit SqlDialect(Backend backend = Backend::SQLite);

    Backend backend() const { return m_backend; }
    QString driverName() const;

    // Connect options for QSqlDatabase::setConnectOptions (busy timeout for SQLite).
    QString connectOptions() const;
    // Statements run on every new connection before it is used (PRAGMAs, session settings).
    QStringList sessionSetup() const;

    // Fills the placeholders migrations use: ${ID} (auto-increment primary key), ${BLOB}.
    QString expandMigration(const QString &sql) const;

    // Begins a transaction that will write. On SQLite it takes the write lock up front
    // (BEGIN IMMEDIATE): a deferred transaction that reads and then writes can fail with
    // SQLITE_BUSY at the upgrade even with a busy timeout, which would break claim-then-run.
    QString beginWrite() const;

    // Appended to an INSERT to get the new id back as a result row; empty when the driver's
    // lastInsertId() is used instead.
    QString insertReturningId() const;
    bool insertReturnsRow() const { return !insertReturningId().isEmpty(); }

    // INSERT … ON CONFLICT (key) DO UPDATE: the same words in SQLite ≥ 3.24 and PostgreSQL,
    // kept here all the same so a third backend has one place to change.
    QString upsert(const QString &table, const QStringList &columns, const QString &conflictColumn,
                   const QStringList &updateColumns) const;

    ErrorClass classify(const QSqlError &error) const;

    // Appended to a SELECT of rows about to be changed by a claim: on PostgreSQL the rows
    // another engine is claiming right now are skipped instead of waited for. Empty on SQLite,
    // where BEGIN IMMEDIATE already lets one writer in at a time.
    QString lockSkippingLocked() const;
    bool supportsRowLocks() const { return m_backend == Backend::PostgreSQL; }

    // ORDER BY for due tasks. On PostgreSQL several daemons look at the same due tasks at the
    // same moment: each takes them in its own random order within a second of lateness, so
    // they claim different tasks (and share the work) instead of all racing for the first.
    QString dueOrder() const;

    // The statement that tells listening daemons and consoles that `channel` changed, or
    // empty where there is no such thing (SQLite: they poll). Delivered on commit.
    QString notifyStatement(const QString &channel) const;
    bool supportsNotifications() const { return m_backend == Backend::PostgreSQL; }

    // A LIKE that ignores ASCII case on both backends.
    QString caseInsensitiveLike() const;

private:
    Backend m_backend;
};

} // namespace fleetcron
