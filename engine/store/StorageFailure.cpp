#include "StorageFailure.h"

#include <QSqlError>

namespace fleetcron {

bool StorageFailure::matches(const QSqlError &error) {
    const QString code = error.nativeErrorCode();
    // PostgreSQL: class 53 (insufficient resources; 53100 disk full), 25006 read-only
    // transaction, 58030 I/O error.
    if (code.size() == 5) {
        return code.startsWith(QStringLiteral("53")) || code == QStringLiteral("25006") ||
               code == QStringLiteral("58030");
    }
    // SQLite, primary code (the low byte of an extended one): 8 READONLY, 10 IOERR, 13 FULL.
    bool isNumber = false;
    const int n = code.toInt(&isNumber);
    if (isNumber) {
        const int primary = n & 0xff;
        if (primary == 8 || primary == 10 || primary == 13)
            return true;
    }
    const QString text = error.databaseText();
    return text.contains(QStringLiteral("database or disk is full")) ||
           text.contains(QStringLiteral("readonly database")) ||
           text.contains(QStringLiteral("disk I/O error"));
}

StoreError StorageFailure::error(const QString &doing, const QString &driverText) {
    return StoreError::make(StoreError::Kind::Unavailable,
                            QStringLiteral("cannot %1: the database cannot be written (disk full, "
                                           "read-only or failing); free space or fix its "
                                           "permissions, writes resume by themselves")
                                .arg(doing),
                            {}, driverText);
}

} // namespace fleetcron
