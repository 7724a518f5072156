#include "Database.h"

#include "ConnectionHealth.h"
#include "MigrationRunner.h"
#include "SearchIndexFile.h"
#include "StorageFailure.h"
#include "Transaction.h"
#include "model/PrivateFiles.h"

#include <QDir>
#include <QFileInfo>
#include <QMutexLocker>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <sqlite3.h>

#include <atomic>
#include <mutex>

namespace fleetcron {
namespace {

std::atomic<quint64> nextSerial{1};

} // namespace

Database::Database(const DatabaseLocation &location, QObject *parent)
    : QObject(parent)
    , m_location(location)
    , m_dialect(location.backend())
    , m_serial(nextSerial.fetch_add(1)) {}

StoreResult<std::unique_ptr<Database>> Database::open(const DatabaseLocation &location,
                                                      QObject *parent) {
    // SQLite's memory statistics take one process-wide mutex on every allocation; with the
    // scheduler, the engine, the writer and readers each on a thread of its own they queued on
    // it. Nothing here reads those statistics. Only possible before SQLite initialises.
    static std::once_flag sqliteConfigured;
    std::call_once(sqliteConfigured, [] { sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); });
    if (location.backend() == SqlDialect::Backend::SQLite &&
        location.sqlitePath() != QStringLiteral(":memory:")) {
        // The database holds the whole fleet (hosts, users, every output): 0600 in a 0700
        // folder. The default folder is Fleetcron's own and is tightened even when it was made
        // first by something else; a folder named with --db is the operator's and is only
        // made private when created here. SQLite gives -wal and -shm the database's mode.
        const QString path = location.sqlitePath();
        const QString dir = QFileInfo(path).absolutePath();
        QString error =
            PrivateFiles::ensureFolder(dir, location.source() == DatabaseLocation::Source::Default);
        // The search index's file (SearchIndexFile) holds words of every output: the same.
        const QString index = SearchIndexFile::pathFor(path);
        for (const QString &file :
             {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm"), index,
              index + QStringLiteral("-wal"), index + QStringLiteral("-shm")}) {
            if (error.isEmpty())
                error = file == path || file == index ? PrivateFiles::ensureFile(file)
                                                      : PrivateFiles::tightenFile(file);
        }
        if (!error.isEmpty()) {
            return StoreError::make(StoreError::Kind::Unavailable,
                                    QStringLiteral("%1; check the permissions or choose another "
                                                   "place with --db")
                                        .arg(error));
        }
    }
    std::unique_ptr<Database> db(new Database(location, parent));
    auto conn = db->connection();
    if (!conn)
        return conn.error();
    MigrationRunner runner(conn.value(), db->m_dialect);
    auto reached = runner.migrate();
    if (!reached)
        return reached.error();
    db->m_schemaVersion = reached.value();
    if (db->m_dialect.backend() == SqlDialect::Backend::SQLite) {
        // Before anything searches: an index file that is not this database's (new, copied
        // with another database, deleted) is rebuilt behind the writer (SearchIndexFile::pair).
        // Detached after: this thread's transactions must not take the index file's lock.
        if (auto attached = SearchIndexFile::attach(conn.value(), location.sqlitePath()); !attached)
            return attached.error();
        auto paired = SearchIndexFile::pair(conn.value());
        QSqlQuery(conn.value()).exec(QStringLiteral("DETACH DATABASE search"));
        if (!paired)
            return paired.error();
        if (paired.value() > 0)
            qInfo("fleetcron: the search index %s is rebuilt from the %lld stored outputs",
                  qPrintable(SearchIndexFile::pathFor(location.sqlitePath())), paired.value());
    }
    return db;
}

Database::~Database() {
    QMutexLocker lock(&m_mutex);
    const auto names = m_connections.values() + m_searchConnections.values();
    const auto statements = m_statements.values();
    m_connections.clear();
    m_searchConnections.clear();
    m_statements.clear();
    lock.unlock();
    for (const auto &kept : statements)
        kept->clear(); // before their connections close
    for (const QString &name : names) {
        // The QSqlDatabase handle must be gone before removeDatabase, hence the scope.
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            if (db.isValid())
                db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
}

StoreResult<QSqlDatabase> Database::openConnection(const DatabaseLocation &location,
                                                   const QString &connectionName) {
    const SqlDialect dialect(location.backend());
    if (!QSqlDatabase::isDriverAvailable(dialect.driverName())) {
        return StoreError::make(
            StoreError::Kind::Unavailable,
            QStringLiteral("the Qt SQL driver %1 is not installed").arg(dialect.driverName()));
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(dialect.driverName(), connectionName);
    if (location.backend() == SqlDialect::Backend::SQLite) {
        db.setDatabaseName(location.sqlitePath());
    } else {
        db.setHostName(location.host());
        db.setPort(location.port());
        db.setUserName(location.user());
        db.setPassword(location.password());
        db.setDatabaseName(location.databaseName());
    }
    db.setConnectOptions(dialect.connectOptions());
    if (!db.open()) {
        const QString text = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
        return StoreError::make(
            StoreError::Kind::Unavailable,
            QStringLiteral("cannot open the database %1").arg(location.describe()), {}, text);
    }
    for (const QString &statement : dialect.sessionSetup()) {
        QSqlQuery q(db);
        if (!q.exec(statement)) {
            const QString text = q.lastError().text();
            q = QSqlQuery();
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(connectionName);
            return StoreError::make(StoreError::Kind::Unavailable,
                                    QStringLiteral("cannot set up the database %1 (%2)")
                                        .arg(location.describe(), statement),
                                    {}, text);
        }
    }
    return db;
}

StoreResult<QSqlDatabase> Database::connection() {
    QThread *thread = QThread::currentThread();
    QMutexLocker lock(&m_mutex);
    auto it = m_connections.constFind(thread);
    if (it != m_connections.constEnd()) {
        const QString name = it.value();
        lock.unlock();
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (!Transaction::isOpen(name) && ConnectionHealth::takeLost(name)) {
            // The server went away under this connection (restart, network); Qt's driver
            // does not reconnect, so open it again. Until that works, say the database is
            // unavailable: callers that must not lose anything (the writer) keep their work.
            // Closing finalised every statement of the connection, the kept ones too.
            if (auto kept = statementsOfThisThread())
                kept->clear();
            auto reopened = reopen(db);
            if (!reopened) {
                ConnectionHealth::markLost(name);
                return reopened.error();
            }
        }
        return db;
    }
    const QString name = threadConnectionName(QString());
    auto opened = openConnection(m_location, name);
    if (!opened)
        return opened.error();
    const bool first = !m_searchConnections.contains(thread);
    m_connections.insert(thread, name);
    if (m_dialect.backend() == SqlDialect::Backend::SQLite)
        m_statements.insert(thread, std::make_shared<StatementCache>());
    lock.unlock();
    if (first)
        forgetWhenFinished(thread);
    return opened;
}

QString Database::threadConnectionName(const QString &suffix) const {
    return QStringLiteral("fleetcron-%1-%2%3")
        .arg(m_serial)
        .arg(reinterpret_cast<quintptr>(QThread::currentThreadId()), 0, 16)
        .arg(suffix);
}

void Database::forgetWhenFinished(QThread *thread) {
    if (thread == this->thread())
        return; // the creating thread's connections go with this object
    // finished is emitted by the ending thread itself, so the direct call removes the
    // connections from the thread that owns them, as Qt SQL requires.
    connect(
        thread, &QThread::finished, this, [this, thread] { forgetConnection(thread); },
        Qt::DirectConnection);
}

StoreResult<QSqlDatabase> Database::searchConnection() {
    if (m_dialect.backend() != SqlDialect::Backend::SQLite)
        return connection();
    QThread *thread = QThread::currentThread();
    QMutexLocker lock(&m_mutex);
    if (auto it = m_searchConnections.constFind(thread); it != m_searchConnections.constEnd())
        return QSqlDatabase::database(it.value(), false);
    const QString name = threadConnectionName(QStringLiteral("-search"));
    auto opened = openConnection(m_location, name);
    if (!opened)
        return opened.error();
    if (auto attached = SearchIndexFile::attach(opened.value(), m_location.sqlitePath());
        !attached) {
        opened.value().close();
        opened = attached.error(); // drops the last handle before removeDatabase
        QSqlDatabase::removeDatabase(name);
        return attached.error();
    }
    const bool first = !m_connections.contains(thread);
    m_searchConnections.insert(thread, name);
    lock.unlock();
    if (first)
        forgetWhenFinished(thread);
    return opened;
}

StoreResult<void> Database::reopen(QSqlDatabase &db) const {
    db.close();
    if (!db.open()) {
        return StoreError::make(
            StoreError::Kind::Unavailable,
            QStringLiteral("cannot reconnect to the database %1").arg(m_location.describe()), {},
            db.lastError().text());
    }
    for (const QString &statement : m_dialect.sessionSetup()) {
        QSqlQuery q(db);
        if (!q.exec(statement)) {
            const QString text = q.lastError().text();
            db.close();
            return StoreError::make(StoreError::Kind::Unavailable,
                                    QStringLiteral("cannot set up the database %1 again (%2)")
                                        .arg(m_location.describe(), statement),
                                    {}, text);
        }
    }
    return {};
}

void Database::forgetConnection(QThread *thread) {
    QMutexLocker lock(&m_mutex);
    const QStringList names{m_connections.take(thread), m_searchConnections.take(thread)};
    const std::shared_ptr<StatementCache> statements = m_statements.take(thread);
    lock.unlock();
    if (statements)
        statements->clear(); // before the connection closes
    for (const QString &name : names) {
        if (name.isEmpty())
            continue;
        // The QSqlDatabase handle must be gone before removeDatabase, hence the scope.
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            if (db.isValid())
                db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
}

StoreError Database::failure(const QSqlError &error, const QString &doing) const {
    const QString text = error.text();
    // A statement on a connection that could not be reopened fails without any error of the
    // driver ("database not open"): that too is a lost connection, not a bad statement.
    QMutexLocker threadLock(&m_mutex);
    const QString threadConnection = m_connections.value(QThread::currentThread());
    threadLock.unlock();
    const bool closed =
        !threadConnection.isEmpty() && !QSqlDatabase::database(threadConnection, false).isOpen();
    // Unavailable, not Internal: the writer keeps such writes and tries again, so results that
    // finished while the disk was full are written once there is room.
    if (!closed && StorageFailure::matches(error))
        return StorageFailure::error(doing, text);
    switch (closed ? SqlDialect::ErrorClass::ConnectionLost : m_dialect.classify(error)) {
    case SqlDialect::ErrorClass::ConnectionLost: {
        // The failed statement ran on this thread's connection: have it reopened next time.
        QMutexLocker lock(&m_mutex);
        const QString name = m_connections.value(QThread::currentThread());
        lock.unlock();
        if (!name.isEmpty())
            ConnectionHealth::markLost(name);
        return StoreError::make(StoreError::Kind::Unavailable,
                                QStringLiteral("cannot %1: the connection to the database was "
                                               "lost; it is reopened on the next attempt")
                                    .arg(doing),
                                {}, text);
    }
    case SqlDialect::ErrorClass::UniqueViolation:
        return StoreError::make(StoreError::Kind::Duplicate,
                                QStringLiteral("cannot %1: the value is already taken").arg(doing),
                                {}, text);
    case SqlDialect::ErrorClass::ForeignKeyViolation:
        return StoreError::make(StoreError::Kind::UnknownReference,
                                QStringLiteral("cannot %1: it refers to something that does not "
                                               "exist (or is still referred to)")
                                    .arg(doing),
                                {}, text);
    case SqlDialect::ErrorClass::CheckViolation:
    case SqlDialect::ErrorClass::NotNullViolation:
        return StoreError::make(StoreError::Kind::Invalid,
                                QStringLiteral("cannot %1: a value is not allowed").arg(doing), {},
                                text);
    case SqlDialect::ErrorClass::Busy:
        return StoreError::make(StoreError::Kind::Busy,
                                QStringLiteral("cannot %1: the database stayed locked by another "
                                               "program; try again")
                                    .arg(doing),
                                {}, text);
    case SqlDialect::ErrorClass::Other:
        break;
    }
    return StoreError::make(StoreError::Kind::Internal, QStringLiteral("cannot %1").arg(doing), {},
                            text);
}

} // namespace fleetcron
