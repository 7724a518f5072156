#include "SqlDialect.h"

#include "ConnectionHealth.h"

#include <QSqlError>

namespace fleetcron {

SqlDialect::SqlDialect(Backend backend)
    : m_backend(backend) {}

QString SqlDialect::driverName() const {
    return m_backend == Backend::SQLite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL");
}

QString SqlDialect::connectOptions() const {
    // Other connections (readers in other threads, a console in another process) may hold the
    // lock briefly; waiting 5 s is far better than failing the write.
    if (m_backend == Backend::SQLite)
        return QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    return QStringLiteral("connect_timeout=10");
}

QStringList SqlDialect::sessionSetup() const {
    if (m_backend == Backend::SQLite) {
        // WAL: readers never block the writer. NORMAL is durable across a process crash in WAL
        // mode (only a power cut can lose the last commits), and much faster than FULL.
        return {QStringLiteral("PRAGMA journal_mode=WAL"), QStringLiteral("PRAGMA foreign_keys=ON"),
                QStringLiteral("PRAGMA synchronous=NORMAL"),
                QStringLiteral("PRAGMA busy_timeout=5000"),
                // A commit that finds the WAL past this many pages checkpoints inside itself,
                // holding up every writer behind it (a 1,000-page default made one engine-thread
                // commit in fifty take 20-50 ms, and the scheduler's claims waited). The store
                // writer checkpoints between its batches instead (StoreWriter); this high mark
                // only bounds the WAL (~40 MB) for a process that has no writer.
                QStringLiteral("PRAGMA wal_autocheckpoint=10000"),
                // A bigger page cache (32 MiB at most, per connection) keeps a large batch's
                // index pages in memory instead of spilling them mid-transaction.
                QStringLiteral("PRAGMA cache_size=-32768")};
    }
    return {QStringLiteral("SET TIME ZONE 'UTC'"),
            QStringLiteral("SET client_min_messages TO WARNING")};
}

QString SqlDialect::expandMigration(const QString &sql) const {
    // Lines between "-- @sqlite" or "-- @postgresql" and "-- @end" belong to that backend only:
    // for what has no portable spelling (full-text search, issue 17).
    const QString mine = m_backend == Backend::SQLite ? QStringLiteral("-- @sqlite")
                                                      : QStringLiteral("-- @postgresql");
    QStringList kept;
    bool skipping = false;
    for (const QString &line : sql.split(QLatin1Char('\n'))) {
        const QString marker = line.trimmed();
        if (marker == QLatin1String("-- @sqlite") || marker == QLatin1String("-- @postgresql")) {
            skipping = marker != mine;
            continue;
        }
        if (marker == QLatin1String("-- @end")) {
            skipping = false;
            continue;
        }
        if (!skipping)
            kept << line;
    }
    QString out = kept.join(QLatin1Char('\n'));
    if (m_backend == Backend::SQLite) {
        // AUTOINCREMENT so an id is never reused after retention deletes the newest rows: a
        // console tailing "executions after id N" must not see a different execution as N.
        out.replace(QStringLiteral("${ID}"), QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT"));
        out.replace(QStringLiteral("${BLOB}"), QStringLiteral("BLOB"));
    } else {
        out.replace(QStringLiteral("${ID}"), QStringLiteral("BIGSERIAL PRIMARY KEY"));
        out.replace(QStringLiteral("${BLOB}"), QStringLiteral("BYTEA"));
    }
    return out;
}

QString SqlDialect::beginWrite() const {
    return m_backend == Backend::SQLite ? QStringLiteral("BEGIN IMMEDIATE")
                                        : QStringLiteral("BEGIN");
}

QString SqlDialect::insertReturningId() const {
    return m_backend == Backend::PostgreSQL ? QStringLiteral(" RETURNING id") : QString();
}

QString SqlDialect::upsert(const QString &table, const QStringList &columns,
                           const QString &conflictColumn, const QStringList &updateColumns) const {
    QStringList marks;
    for (qsizetype i = 0; i < columns.size(); ++i)
        marks << QStringLiteral("?");
    QStringList sets;
    for (const QString &c : updateColumns)
        sets << QStringLiteral("%1 = excluded.%1").arg(c);
    return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (%4) DO UPDATE SET %5")
        .arg(table, columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")),
             conflictColumn, sets.join(QStringLiteral(", ")));
}

SqlDialect::ErrorClass SqlDialect::classify(const QSqlError &error) const {
    const QString code = error.nativeErrorCode();
    const QString text = error.databaseText();
    if (m_backend == Backend::PostgreSQL) {
        if (ConnectionHealth::isConnectionLost(error))
            return ErrorClass::ConnectionLost;
        // SQLSTATE classes: 23505 unique, 23503 foreign key, 23514 check, 23502 not null;
        // 40001/40P01 serialization failure and deadlock, 55P03 lock not available.
        if (code == QStringLiteral("23505"))
            return ErrorClass::UniqueViolation;
        if (code == QStringLiteral("23503"))
            return ErrorClass::ForeignKeyViolation;
        if (code == QStringLiteral("23514"))
            return ErrorClass::CheckViolation;
        if (code == QStringLiteral("23502"))
            return ErrorClass::NotNullViolation;
        if (code == QStringLiteral("40001") || code == QStringLiteral("40P01") ||
            code == QStringLiteral("55P03"))
            return ErrorClass::Busy;
        return ErrorClass::Other;
    }
    // SQLite reports the primary code (19 = constraint) or an extended one depending on how
    // the driver was built, so look at both the number and the words.
    bool isNumber = false;
    const int n = code.toInt(&isNumber);
    if (isNumber) {
        switch (n) {
        case 2067: // SQLITE_CONSTRAINT_UNIQUE
        case 1555: // SQLITE_CONSTRAINT_PRIMARYKEY
            return ErrorClass::UniqueViolation;
        case 787: // SQLITE_CONSTRAINT_FOREIGNKEY
            return ErrorClass::ForeignKeyViolation;
        case 275: // SQLITE_CONSTRAINT_CHECK
            return ErrorClass::CheckViolation;
        case 1299: // SQLITE_CONSTRAINT_NOTNULL
            return ErrorClass::NotNullViolation;
        case 5: // SQLITE_BUSY
        case 6: // SQLITE_LOCKED
        case 261:
        case 517:
            return ErrorClass::Busy;
        default:
            break;
        }
    }
    if (text.contains(QStringLiteral("UNIQUE constraint failed")))
        return ErrorClass::UniqueViolation;
    if (text.contains(QStringLiteral("FOREIGN KEY constraint failed")))
        return ErrorClass::ForeignKeyViolation;
    if (text.contains(QStringLiteral("CHECK constraint failed")))
        return ErrorClass::CheckViolation;
    if (text.contains(QStringLiteral("NOT NULL constraint failed")))
        return ErrorClass::NotNullViolation;
    if (text.contains(QStringLiteral("database is locked")))
        return ErrorClass::Busy;
    return ErrorClass::Other;
}

QString SqlDialect::lockSkippingLocked() const {
    return m_backend == Backend::PostgreSQL ? QStringLiteral(" FOR UPDATE SKIP LOCKED") : QString();
}

QString SqlDialect::dueOrder() const {
    if (m_backend == Backend::PostgreSQL)
        return QStringLiteral("ORDER BY next_fire_at / 1000, random()");
    return QStringLiteral("ORDER BY next_fire_at, id");
}

QString SqlDialect::notifyStatement(const QString &channel) const {
    if (m_backend != Backend::PostgreSQL)
        return {};
    return QStringLiteral("NOTIFY %1").arg(channel);
}

QString SqlDialect::caseInsensitiveLike() const {
    return m_backend == Backend::PostgreSQL ? QStringLiteral("ILIKE") : QStringLiteral("LIKE");
}

} // namespace fleetcron
