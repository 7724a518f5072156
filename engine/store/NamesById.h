#pragma once

#include "StoreResult.h"

#include <QHash>
#include <QList>
#include <QString>

namespace fleetcron {

class Database;

// The `name` column of `table` by id, in one query: what labels a page of history (its tasks
// and servers) without reading each whole row in a round trip of its own. With `ids` empty,
// every row. `table` is one of the code's own table names, never input. Removed servers keep
// their row (deleted_at), so history still names them.
StoreResult<QHash<qint64, QString>> namesById(Database &db, const QString &table,
                                              const QList<qint64> &ids = {});

} // namespace fleetcron
