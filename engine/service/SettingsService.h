#pragma once

#include "Actor.h"
#include "store/SettingKeys.h"
#include "store/StoreResult.h"

#include <QList>
#include <QMap>
#include <QStringList>

namespace fleetcron {

class AuditService;
class Database;

// The shared settings (SettingKeys) as every face changes them: each value checked against its
// range before anything is written, several values saved all or none, each change audited.
class SettingsService {
public:
    struct Setting {
        SettingKeys::Definition definition;
        qint64 value = 0;
        bool isDefault = true; // never set, or set to something no longer valid
    };

    SettingsService(Database &db, AuditService &audit);

    StoreResult<QList<Setting>> list();
    StoreResult<Setting> get(const QString &key);
    // Checks every value first (the message names the key at fault and its range), then saves
    // them in one transaction.
    StoreResult<void> set(const QMap<QString, QString> &values, const Actor &actor);

    // The value an engine uses now (the default when unset or out of range).
    qint64 number(const QString &key);

    // The global blackout windows every task shares (Blackouts; BlackoutWindow specs).
    StoreResult<QStringList> blackouts();
    // Replaces them: every spec checked first (the message names the one at fault, field
    // "blackouts"), nothing saved when one is wrong; the change audited.
    StoreResult<void> setBlackouts(const QStringList &specs, const Actor &actor);

private:
    Database &m_db;
    AuditService &m_audit;
};

} // namespace fleetcron
