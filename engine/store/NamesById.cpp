#include "NamesById.h"

#include "Database.h"

#include <QSqlQuery>
#include <QStringList>

namespace fleetcron {

StoreResult<QHash<qint64, QString>> namesById(Database &db, const QString &table,
                                              const QList<qint64> &ids) {
    QHash<qint64, QString> byId;
    // A page names a few dozen; chunks keep a long list within any driver's limit on values.
    constexpr qsizetype chunk = 500;
    const qsizetype parts = ids.isEmpty() ? 1 : (ids.size() + chunk - 1) / chunk;
    for (qsizetype part = 0; part < parts; ++part) {
        QString sql = QStringLiteral("SELECT id, name FROM %1").arg(table);
        if (!ids.isEmpty()) {
            // Numbers, not text: written into the statement as they are.
            QStringList list;
            for (qint64 id : ids.mid(part * chunk, chunk))
                list << QString::number(id);
            sql += QStringLiteral(" WHERE id IN (%1)").arg(list.join(u','));
        }
        auto rows =
            db.rows(sql, {}, QStringLiteral("read %1 names").arg(table), [](const QSqlQuery &q) {
                return qMakePair(q.value(0).toLongLong(), q.value(1).toString());
            });
        if (!rows)
            return rows.error();
        byId.reserve(byId.size() + rows->size());
        for (const auto &[id, name] : rows.value())
            byId.insert(id, name);
    }
    return byId;
}

} // namespace fleetcron
