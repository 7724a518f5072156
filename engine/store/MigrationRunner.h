#pragma once

#include "SqlDialect.h"
#include "StoreResult.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace fleetcron {

// Applies the numbered migration files (resources :/fleetcron/store/migrations/NNNN_name.sql)
// in order, each in its own transaction together with its row in schema_version, so a crash
// leaves the database at one version or the next, never between.
class MigrationRunner {
public:
    struct Migration {
        int version = 0;
        QString name;
        QString sql;
    };

    MigrationRunner(const QSqlDatabase &db, const SqlDialect &dialect);

    // Every migration this build knows, in order.
    static QList<Migration> bundled();
    static int latestVersion();

    // 0 for an empty database.
    StoreResult<int> currentVersion();

    // Brings the schema to `targetVersion` (default: the latest) and returns the version
    // reached. Refuses when the database is already newer than this program knows.
    StoreResult<int> migrate(int targetVersion = -1);

    // Splits a migration file into statements (on ';' at the end of a line, comments dropped).
    static QStringList statements(const QString &sql);

private:
    StoreResult<void> ensureVersionTable();
    StoreResult<int> readVersion();

    QSqlDatabase m_db;
    SqlDialect m_dialect;
};

} // namespace fleetcron
