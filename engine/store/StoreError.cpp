#include "StoreError.h"

namespace fleetcron {

StoreError StoreError::make(Kind kind, const QString &message, const QString &field,
                            const QString &driverText) {
    StoreError e;
    e.kind = kind;
    e.message = message;
    e.field = field;
    e.driverText = driverText.trimmed();
    return e;
}

StoreError StoreError::notFound(const QString &kind, qint64 id) {
    return make(Kind::NotFound, QStringLiteral("unknown %1 id %2").arg(kind).arg(id),
                QStringLiteral("id"));
}

StoreError StoreError::notFoundNamed(const QString &kind, const QString &name) {
    return make(Kind::NotFound, QStringLiteral("no %1 named '%2'").arg(kind, name),
                QStringLiteral("name"));
}

StoreError StoreError::nameTaken(const QString &kind, const QString &name) {
    return make(Kind::Duplicate, QStringLiteral("a %1 named '%2' already exists").arg(kind, name),
                QStringLiteral("name"));
}

StoreError StoreError::invalid(const QString &message, const QString &field) {
    return make(Kind::Invalid, message, field);
}

QString StoreError::toString() const {
    if (driverText.isEmpty() || message.contains(driverText))
        return message;
    return QStringLiteral("%1 (%2)").arg(message, driverText);
}

} // namespace fleetcron
