#include "SettingsRepository.h"

#include "Database.h"
#include "SettingKeys.h"
#include "SqlValues.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace fleetcron {

SettingsRepository::SettingsRepository(Database &db)
    : m_db(db) {}

StoreResult<QString> SettingsRepository::value(const QString &key, const QString &fallback) {
    auto q = m_db.exec(QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key},
                       QStringLiteral("read setting '%1'").arg(key));
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toString() : fallback;
}

StoreResult<void> SettingsRepository::setValue(const QString &key, const QString &value) {
    if (key.trimmed().isEmpty())
        return StoreError::make(
            StoreError::Kind::Invalid,
            QCoreApplication::translate("SettingsRepository", "a setting needs a name"),
            QStringLiteral("key"));
    return m_db.apply(
        m_db.dialect().upsert(
            QStringLiteral("settings"),
            {QStringLiteral("key"), QStringLiteral("value"), QStringLiteral("updated_at")},
            QStringLiteral("key"), {QStringLiteral("value"), QStringLiteral("updated_at")}),
        {key, value, SqlValues::time(QDateTime::currentDateTimeUtc())},
        QStringLiteral("save setting '%1'").arg(key));
}

StoreResult<void> SettingsRepository::setValues(const QMap<QString, QString> &values) {
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        if (auto saved = setValue(it.key(), it.value()); !saved)
            return saved; // the transaction rolls back: none of them is saved
    return tx.commit();
}

StoreResult<void> SettingsRepository::remove(const QString &key) {
    return m_db.apply(QStringLiteral("DELETE FROM settings WHERE key = ?"), {key},
                      QStringLiteral("remove setting '%1'").arg(key));
}

StoreResult<QMap<QString, QString>> SettingsRepository::all() {
    auto q = m_db.exec(QStringLiteral("SELECT key, value FROM settings ORDER BY key"), {},
                       QStringLiteral("read settings"));
    if (!q)
        return q.error();
    QMap<QString, QString> out;
    while (q->next())
        out.insert(q->value(0).toString(), q->value(1).toString());
    return out;
}

qint64 SettingsRepository::number(const QString &key) {
    const SettingKeys::Definition *d = SettingKeys::find(key);
    if (!d)
        return 0;
    auto stored = value(key);
    bool ok = false;
    const qint64 n = stored ? stored->toLongLong(&ok) : 0;
    return ok && n >= d->min && n <= d->max ? n : d->defaultValue;
}

} // namespace fleetcron
