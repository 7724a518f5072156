#pragma once

#include "StoreResult.h"

#include <QMap>
#include <QString>

namespace fleetcron {

class Database;

// Small key/value settings shared by every engine on the database (retention, lease, …).
class SettingsRepository {
public:
    explicit SettingsRepository(Database &db);

    // `fallback` when the key was never set.
    StoreResult<QString> value(const QString &key, const QString &fallback = {});
    StoreResult<void> setValue(const QString &key, const QString &value);
    // Several settings in one transaction: all are saved or none.
    StoreResult<void> setValues(const QMap<QString, QString> &values);
    StoreResult<void> remove(const QString &key);
    StoreResult<QMap<QString, QString>> all();

    // A shared setting as a number (SettingKeys): its default when unset, unreadable or out of
    // range, so a bad row never stops an engine.
    qint64 number(const QString &key);

private:
    Database &m_db;
};

} // namespace fleetcron
