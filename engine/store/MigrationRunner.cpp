#include "MigrationRunner.h"

#include "Transaction.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace fleetcron {
namespace {

const QString migrationDir = QStringLiteral(":/fleetcron/store/migrations");

StoreError driverError(const QString &what, const QSqlError &error) {
    return StoreError::make(StoreError::Kind::Internal, what, {}, error.text());
}

} // namespace

MigrationRunner::MigrationRunner(const QSqlDatabase &db, const SqlDialect &dialect)
    : m_db(db)
    , m_dialect(dialect) {}

QList<MigrationRunner::Migration> MigrationRunner::bundled() {
    static const QList<Migration> migrations = [] {
        QList<Migration> list;
        static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_(.+)\\.sql$"));
        const QStringList files =
            QDir(migrationDir).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
        for (const QString &file : files) {
            const auto match = pattern.match(file);
            if (!match.hasMatch())
                continue;
            QFile f(QDir(migrationDir).filePath(file));
            if (!f.open(QIODevice::ReadOnly))
                continue;
            list.append(
                {match.captured(1).toInt(), match.captured(2), QString::fromUtf8(f.readAll())});
        }
        std::sort(list.begin(), list.end(),
                  [](const Migration &a, const Migration &b) { return a.version < b.version; });
        return list;
    }();
    return migrations;
}

int MigrationRunner::latestVersion() {
    const auto all = bundled();
    return all.isEmpty() ? 0 : all.constLast().version;
}

QStringList MigrationRunner::statements(const QString &sql) {
    QStringList lines;
    for (const QString &line : sql.split(QLatin1Char('\n'))) {
        if (line.trimmed().startsWith(QStringLiteral("--")))
            continue;
        lines << line;
    }
    QStringList out;
    for (const QString &part : lines.join(QLatin1Char('\n')).split(QLatin1Char(';'))) {
        QString statement = part.trimmed();
        // ${SEMI}: a ';' that does not end the statement (inside a trigger's body).
        statement.replace(QStringLiteral("${SEMI}"), QStringLiteral(";"));
        if (!statement.isEmpty())
            out << statement;
    }
    return out;
}

StoreResult<void> MigrationRunner::ensureVersionTable() {
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version ("
                               "version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                               "applied_at BIGINT NOT NULL)"))) {
        return driverError(QStringLiteral("cannot create the schema_version table"), q.lastError());
    }
    return {};
}

StoreResult<int> MigrationRunner::readVersion() {
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT MAX(version) FROM schema_version")))
        return driverError(QStringLiteral("cannot read the schema version"), q.lastError());
    return q.next() && !q.value(0).isNull() ? q.value(0).toInt() : 0;
}

StoreResult<int> MigrationRunner::currentVersion() {
    if (auto made = ensureVersionTable(); !made)
        return made.error();
    return readVersion();
}

StoreResult<int> MigrationRunner::migrate(int targetVersion) {
    const int latest = latestVersion();
    if (targetVersion < 0 || targetVersion > latest)
        targetVersion = latest;
    if (auto made = ensureVersionTable(); !made)
        return made.error();
    auto current = readVersion();
    if (!current)
        return current.error();
    if (current.value() > latest) {
        return StoreError::make(StoreError::Kind::SchemaTooNew,
                                QStringLiteral("database schema version %1 is newer than this "
                                               "fleetcron (knows up to %2); upgrade fleetcron")
                                    .arg(current.value())
                                    .arg(latest));
    }
    int version = current.value();
    for (const Migration &m : bundled()) {
        if (m.version <= version || m.version > targetVersion)
            continue;
        Transaction tx(m_db, m_dialect);
        if (!tx.ok())
            return tx.error();
        // Another process may have migrated while we waited for the write lock.
        auto now = readVersion();
        if (!now)
            return now.error();
        if (now.value() >= m.version) {
            version = now.value();
            continue;
        }
        for (const QString &statement : statements(m_dialect.expandMigration(m.sql))) {
            QSqlQuery q(m_db);
            if (!q.exec(statement)) {
                return driverError(QStringLiteral("cannot apply migration %1_%2; the database "
                                                  "was left at version %3")
                                       .arg(m.version, 4, 10, QLatin1Char('0'))
                                       .arg(m.name)
                                       .arg(version),
                                   q.lastError());
            }
        }
        QSqlQuery record(m_db);
        record.prepare(QStringLiteral(
            "INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)"));
        record.addBindValue(m.version);
        record.addBindValue(m.name);
        record.addBindValue(QDateTime::currentMSecsSinceEpoch());
        if (!record.exec())
            return driverError(QStringLiteral("cannot record the schema version"),
                               record.lastError());
        record.finish();
        if (auto done = tx.commit(); !done)
            return done.error();
        version = m.version;
    }
    return version;
}

} // namespace fleetcron
