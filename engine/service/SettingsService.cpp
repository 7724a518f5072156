#include "SettingsService.h"

#include "AuditService.h"
#include "schedule/BlackoutWindow.h"
#include "scheduler/Blackouts.h"
#include "store/SettingsRepository.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace fleetcron {
namespace {

StoreError unknownKey(const QString &key) {
    QStringList known;
    for (const SettingKeys::Definition &d : SettingKeys::all())
        known << d.key;
    return StoreError::make(
        StoreError::Kind::Invalid,
        QCoreApplication::translate("SettingsService", "unknown setting '%1' (known: %2)")
            .arg(key, known.join(QStringLiteral(", "))),
        key);
}

} // namespace

SettingsService::SettingsService(Database &db, AuditService &audit)
    : m_db(db)
    , m_audit(audit) {}

StoreResult<QList<SettingsService::Setting>> SettingsService::list() {
    auto stored = SettingsRepository(m_db).all();
    if (!stored)
        return stored.error();
    QList<Setting> out;
    for (const SettingKeys::Definition &d : SettingKeys::all()) {
        Setting s{d, d.defaultValue, true};
        bool ok = false;
        const qint64 n = stored->value(d.key).toLongLong(&ok);
        if (stored->contains(d.key) && ok && n >= d.min && n <= d.max) {
            s.value = n;
            s.isDefault = false;
        }
        out.append(s);
    }
    return out;
}

StoreResult<SettingsService::Setting> SettingsService::get(const QString &key) {
    auto all = list();
    if (!all)
        return all.error();
    for (const Setting &s : all.value())
        if (s.definition.key == key)
            return s;
    return unknownKey(key);
}

StoreResult<void> SettingsService::set(const QMap<QString, QString> &values, const Actor &actor) {
    if (values.isEmpty())
        return StoreError::make(StoreError::Kind::Invalid,
                                QCoreApplication::translate("SettingsService", "no setting given"));
    QMap<QString, QString> clean;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const SettingKeys::Definition *d = SettingKeys::find(it.key());
        if (!d)
            return unknownKey(it.key());
        bool ok = false;
        const qint64 n = it.value().trimmed().toLongLong(&ok);
        if (!ok || n < d->min || n > d->max)
            return StoreError::make(
                StoreError::Kind::Invalid,
                QCoreApplication::translate("SettingsService",
                                            "%1 must be a whole number from %2 to %3 (%4), "
                                            "not '%5'")
                    .arg(d->key)
                    .arg(d->min)
                    .arg(d->max)
                    .arg(d->unit, it.value()),
                d->key);
        clean.insert(d->key, QString::number(n));
    }
    auto before = list();
    if (!before)
        return before.error();
    if (auto saved = SettingsRepository(m_db).setValues(clean); !saved)
        return saved;
    for (const Setting &s : before.value()) {
        if (!clean.contains(s.definition.key))
            continue;
        AuditService::Change change{
            QStringLiteral("setting.set"), QStringLiteral("setting"), 0, s.definition.key, {}, {}};
        change.before.insert(QStringLiteral("value"), s.value);
        change.after.insert(QStringLiteral("value"), clean.value(s.definition.key).toLongLong());
        m_audit.record(actor, change);
    }
    return {};
}

qint64 SettingsService::number(const QString &key) {
    return SettingsRepository(m_db).number(key);
}

StoreResult<QStringList> SettingsService::blackouts() {
    auto stored = SettingsRepository(m_db).value(Blackouts::settingKey());
    if (!stored)
        return stored.error();
    return stored->split(u'\n', Qt::SkipEmptyParts);
}

StoreResult<void> SettingsService::setBlackouts(const QStringList &specs, const Actor &actor) {
    QStringList clean;
    for (const QString &spec : specs)
        clean << spec.simplified();
    if (const QString e = BlackoutWindow::checkAll(clean); !e.isEmpty())
        return StoreError::make(StoreError::Kind::Invalid, e, QStringLiteral("blackouts"));
    auto before = blackouts();
    if (!before)
        return before.error();
    if (before.value() == clean)
        return {}; // nothing changed: nothing written, nothing audited
    if (auto saved = SettingsRepository(m_db).setValue(Blackouts::settingKey(), clean.join(u'\n'));
        !saved)
        return saved;
    AuditService::Change change{QStringLiteral("setting.set"),
                                QStringLiteral("setting"),
                                0,
                                Blackouts::settingKey(),
                                {},
                                {}};
    change.before.insert(QStringLiteral("value"), QJsonArray::fromStringList(before.value()));
    change.after.insert(QStringLiteral("value"), QJsonArray::fromStringList(clean));
    m_audit.record(actor, change);
    return {};
}

} // namespace fleetcron
