#pragma once

// Shared by the benches that take a --db argument (scheduler_bench, prune_bench).

#include "store/Database.h"
#include "store/DatabaseLocation.h"

#include <memory>

namespace fleetcron::bench {

// A SQLite file or a postgresql:// URL, as the daemon's --db takes it; null with `error` set.
inline std::unique_ptr<Database> openDatabase(const QString &value, QString *error) {
    auto location = DatabaseLocation::fromString(value, DatabaseLocation::Source::Explicit);
    if (!location) {
        *error = location.error().toString();
        return {};
    }
    auto db = Database::open(location.value());
    if (!db) {
        *error = db.error().toString();
        return {};
    }
    return std::move(db).value();
}

} // namespace fleetcron::bench
