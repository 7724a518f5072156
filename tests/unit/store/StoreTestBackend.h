#pragma once

#include "store/DatabaseLocation.h"

#include <QSqlQuery>
#include <QTemporaryDir>

#include <memory>

namespace fleetcron::test {

class PostgresFixture;

// Which database a store test runs against. The same test executable is registered twice with
// CTest: as is (SQLite files in a temporary directory) and with FLEETCRON_TEST_BACKEND=postgresql
// (a PostgreSQL server of its own, started by PostgresFixture, one fresh database per location).
class StoreTestBackend {
public:
    StoreTestBackend();
    ~StoreTestBackend();

    // From FLEETCRON_TEST_BACKEND: "postgresql" or unset/"sqlite".
    bool isPostgres() const { return m_postgres; }
    QString name() const;

    // Starts the PostgreSQL server when needed; false with error() set when it cannot.
    bool start();
    QString error() const { return m_error; }

    // A location nobody has used yet: a new SQLite file, or a new PostgreSQL database.
    DatabaseLocation freshLocation();
    // The postgresql:// URL of a PostgreSQL location (for a helper process).
    QString postgresUrl(const DatabaseLocation &location) const;
    // The PostgreSQL server (null on SQLite), for tests that restart it.
    PostgresFixture *postgres() const { return m_server.get(); }

    // Takes migration 18 (executions.task_id, its index and trigger) out of a database again,
    // for tests that re-run the migrations above an older version on what is stored.
    bool undoExecutionsTask(QSqlQuery &q) const;

private:
    bool m_postgres = false;
    QTemporaryDir m_dir;
    std::unique_ptr<PostgresFixture> m_server;
    int m_counter = 0;
    QString m_error;
};

} // namespace fleetcron::test
