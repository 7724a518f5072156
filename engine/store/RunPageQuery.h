#pragma once

#include "RunListRow.h"
#include "StoreResult.h"

#include <QList>
#include <QString>

#include <optional>

namespace fleetcron {

class Database;

// The console's runs list: newest first (by id, which only grows), one page at a time with
// keyset pagination (`id < the last id shown`), so the millionth row costs what the first
// does: no OFFSET walk. Also the cheap questions a console polling a shared database asks
// every second: which runs are newer than the newest it has, and how the ones it shows as
// active are doing now. Usable from any thread (the console calls it on its reader thread).
class RunPageQuery {
public:
    struct Filter {
        qint64 taskId = 0;
        std::optional<RunStatus> status;
        QString taskNameContains; // case-insensitive

        bool operator==(const Filter &) const = default;
    };

    explicit RunPageQuery(Database &db);

    // Up to `limit` runs with id < beforeId (0: from the newest), newest first.
    StoreResult<QList<RunListRow>> page(const Filter &filter, qint64 beforeId, int limit);
    // Runs with id > afterId, newest first, at most `limit` (the newest ones).
    StoreResult<QList<RunListRow>> newerThan(const Filter &filter, qint64 afterId, int limit);
    // The current state of these runs, whatever the filter (ids that no longer exist are left
    // out: their task was deleted).
    StoreResult<QList<RunListRow>> byIds(const QList<qint64> &ids);

private:
    StoreResult<QList<RunListRow>> select(const QStringList &where, QVariantList values,
                                          const QString &suffix, const QString &doing);
    QStringList conditions(const Filter &filter, QVariantList &values) const;

    Database &m_db;
};

} // namespace fleetcron
