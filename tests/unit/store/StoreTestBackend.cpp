#include "StoreTestBackend.h"

#include "support/PostgresFixture.h"

namespace fleetcron::test {

StoreTestBackend::StoreTestBackend()
    : m_postgres(qEnvironmentVariable("FLEETCRON_TEST_BACKEND").toLower() ==
                 QStringLiteral("postgresql")) {}

StoreTestBackend::~StoreTestBackend() = default;

QString StoreTestBackend::name() const {
    return m_postgres ? QStringLiteral("PostgreSQL") : QStringLiteral("SQLite");
}

bool StoreTestBackend::start() {
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("cannot create a temporary directory");
        return false;
    }
    if (!m_postgres)
        return true;
    m_server = std::make_unique<PostgresFixture>();
    if (!m_server->start()) {
        m_error = m_server->error();
        return false;
    }
    return true;
}

DatabaseLocation StoreTestBackend::freshLocation() {
    ++m_counter;
    if (!m_postgres)
        return DatabaseLocation::sqliteFile(
            m_dir.filePath(QStringLiteral("db%1.sqlite").arg(m_counter)));
    const QString name = QStringLiteral("store_test_%1").arg(m_counter);
    // When createdb failed the URL still names the database: opening it fails, and the test
    // with it, after this reason.
    if (m_server->createDatabase(name).isEmpty())
        qWarning("cannot create database %s: %s", qPrintable(name), qPrintable(m_server->error()));
    return DatabaseLocation::fromString(m_server->url(name), DatabaseLocation::Source::Explicit)
        .value();
}

QString StoreTestBackend::postgresUrl(const DatabaseLocation &location) const {
    return m_server ? m_server->url(location.databaseName()) : QString();
}

bool StoreTestBackend::undoExecutionsTask(QSqlQuery &q) const {
    const QStringList sql =
        m_postgres
            ? QStringList{QStringLiteral("DROP TRIGGER executions_task_filled ON executions"),
                          QStringLiteral("DROP FUNCTION executions_task_fill()"),
                          QStringLiteral("ALTER TABLE executions DROP COLUMN task_id")}
            : QStringList{QStringLiteral("DROP TRIGGER executions_task_filled"),
                          QStringLiteral("DROP INDEX executions_task_newest"),
                          QStringLiteral("ALTER TABLE executions DROP COLUMN task_id")};
    for (const QString &statement : sql) {
        if (!q.exec(statement))
            return false;
    }
    return true;
}

} // namespace fleetcron::test
