#pragma once

#include "StoreError.h"

class QSqlError;

namespace fleetcron {

// The storage refuses writes: disk full, file or file system read-only, I/O error. Nothing is
// wrong with the statement and it succeeds once space or rights return, so it is reported as
// Unavailable (as a lost connection is): the writer keeps such writes and tries again instead
// of dropping finished results as bad rows.
class StorageFailure {
public:
    // SQLite's numeric codes and PostgreSQL's SQLSTATEs do not overlap, so one test reads both.
    static bool matches(const QSqlError &error);
    static StoreError error(const QString &doing, const QString &driverText);
};

} // namespace fleetcron
