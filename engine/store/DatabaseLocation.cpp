#include "DatabaseLocation.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUrl>

namespace fleetcron {

StoreResult<DatabaseLocation> DatabaseLocation::resolve(const QString &commandLineValue) {
    return resolve(commandLineValue, qEnvironmentVariable("FLEETCRON_DB"));
}

StoreResult<DatabaseLocation> DatabaseLocation::resolve(const QString &commandLineValue,
                                                        const QString &environmentValue) {
    if (!commandLineValue.trimmed().isEmpty())
        return fromString(commandLineValue.trimmed(), Source::CommandLine);
    if (!environmentValue.trimmed().isEmpty())
        return fromString(environmentValue.trimmed(), Source::Environment);
    DatabaseLocation location = sqliteFile(defaultSqlitePath());
    location.m_source = Source::Default;
    return location;
}

StoreResult<DatabaseLocation> DatabaseLocation::fromString(const QString &value, Source source) {
    const QString field =
        source == Source::Environment ? QStringLiteral("FLEETCRON_DB") : QStringLiteral("--db");
    if (value.startsWith(QStringLiteral("postgresql://")) ||
        value.startsWith(QStringLiteral("postgres://"))) {
        const QUrl url(value, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty()) {
            return StoreError::make(
                StoreError::Kind::Invalid,
                QStringLiteral("'%1' is not a valid PostgreSQL URL; expected "
                               "postgresql://user[:password]@host[:port]/dbname")
                    .arg(url.toDisplayString(QUrl::RemovePassword)),
                field);
        }
        DatabaseLocation location;
        location.m_backend = SqlDialect::Backend::PostgreSQL;
        location.m_source = source;
        location.m_host = url.host();
        location.m_port = url.port(5432);
        location.m_user = url.userName(QUrl::FullyDecoded);
        location.m_password = url.password(QUrl::FullyDecoded);
        location.m_databaseName = url.path(QUrl::FullyDecoded).mid(1);
        if (location.m_databaseName.isEmpty()) {
            return StoreError::make(
                StoreError::Kind::Invalid,
                QStringLiteral("the PostgreSQL URL names no database; expected "
                               "postgresql://user[:password]@host[:port]/dbname"),
                field);
        }
        return location;
    }
    QString path = value;
    if (path.startsWith(QStringLiteral("sqlite:")))
        path = path.mid(7);
    if (path.isEmpty()) {
        return StoreError::make(StoreError::Kind::Invalid,
                                QStringLiteral("the database path is empty"), field);
    }
    DatabaseLocation location = sqliteFile(path);
    location.m_source = source;
    return location;
}

DatabaseLocation DatabaseLocation::sqliteFile(const QString &path) {
    DatabaseLocation location;
    location.m_backend = SqlDialect::Backend::SQLite;
    location.m_sqlitePath =
        path == QStringLiteral(":memory:") ? path : QFileInfo(path).absoluteFilePath();
    return location;
}

QString DatabaseLocation::defaultSqlitePath() {
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("fleetcron.sqlite"));
}

QString DatabaseLocation::describe() const {
    if (m_backend == SqlDialect::Backend::SQLite)
        return m_sqlitePath;
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(m_host);
    url.setPort(m_port);
    url.setUserName(m_user);
    url.setPath(QLatin1Char('/') + m_databaseName);
    return url.toString();
}

} // namespace fleetcron
