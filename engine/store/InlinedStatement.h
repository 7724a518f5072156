#pragma once

#include <QString>
#include <QVariantList>

class QSqlDriver;

namespace fleetcron {

// One-shot statements on PostgreSQL, in one round trip. Qt's QPSQL driver turns
// QSqlQuery::prepare into a server-side PREPARE, each exec into an EXECUTE whose values it
// formats into the text itself, and the query's end into a DEALLOCATE: three round trips for a
// statement run once. A scheduler claiming a hundred fires a second runs a dozen of those per
// fire. This puts the values into the statement text the same way the driver does for EXECUTE
// (QSqlDriver::formatValue: the driver's own quoting of text and bytea), so the statement goes
// out once. Statements run many times in a row (the writer's) stay prepared.
class InlinedStatement {
public:
    // `sql` with each `?` outside quotes replaced by the next value, formatted by `driver`.
    // Empty when the counts of placeholders and values differ (a bug in the caller).
    static QString inlineValues(const QString &sql, const QVariantList &values,
                                const QSqlDriver *driver);
};

} // namespace fleetcron
