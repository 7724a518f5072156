#pragma once

#include "SqlDialect.h"
#include "StoreResult.h"

#include <QString>

namespace fleetcron {

// Where the database is: a SQLite file (the default) or a PostgreSQL server. Resolved once at
// start-up from, in order, `--db`, the environment variable FLEETCRON_DB, and the default file
// in the application data directory.
class DatabaseLocation {
public:
    enum class Source { CommandLine, Environment, Default, Explicit };

    // `commandLineValue` is the `--db` option (empty when not given).
    static StoreResult<DatabaseLocation> resolve(const QString &commandLineValue);
    // The same rules with the environment passed in, so tests need not touch the real one.
    static StoreResult<DatabaseLocation> resolve(const QString &commandLineValue,
                                                 const QString &environmentValue);
    // Parses one value: a file path, or a postgresql:// (postgres://) URL.
    static StoreResult<DatabaseLocation> fromString(const QString &value, Source source);

    static DatabaseLocation sqliteFile(const QString &path);
    static QString defaultSqlitePath();

    SqlDialect::Backend backend() const { return m_backend; }
    Source source() const { return m_source; }

    QString sqlitePath() const { return m_sqlitePath; }
    QString host() const { return m_host; }
    int port() const { return m_port; }
    QString user() const { return m_user; }
    QString password() const { return m_password; }
    QString databaseName() const { return m_databaseName; }

    // For logs and error messages: the path, or the URL without its password.
    QString describe() const;

private:
    SqlDialect::Backend m_backend = SqlDialect::Backend::SQLite;
    Source m_source = Source::Explicit;
    QString m_sqlitePath;
    QString m_host;
    int m_port = 5432;
    QString m_user;
    QString m_password;
    QString m_databaseName;
};

} // namespace fleetcron
