#include "ChangeNotifier.h"

#include "Database.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

namespace fleetcron {
namespace {

Q_LOGGING_CATEGORY(lcNotify, "fleetcron.store.notify")

} // namespace

void ChangeNotifier::notify(Database &db, const QString &channel) {
    const QString sql = db.dialect().notifyStatement(channel);
    if (sql.isEmpty())
        return;
    auto conn = db.connection();
    if (!conn)
        return;
    QSqlQuery q(conn.value());
    if (!q.exec(sql))
        qCDebug(lcNotify).noquote() << "cannot notify" << channel << q.lastError().text();
}

} // namespace fleetcron
