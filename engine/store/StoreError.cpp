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

QString StoreError::toString() const {
    if (driverText.isEmpty() || message.contains(driverText))
        return message;
    return QStringLiteral("%1 (%2)").arg(message, driverText);
}

} // namespace fleetcron
