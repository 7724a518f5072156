#include "StoreError.h"

#include <QCoreApplication>

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
    // Whole sentences per kind, so a translation can agree with the noun.
    QString message;
    if (kind == u"task")
        message = QCoreApplication::translate("StoreError", "unknown task id %1");
    else if (kind == u"server")
        message = QCoreApplication::translate("StoreError", "unknown server id %1");
    else if (kind == u"run")
        message = QCoreApplication::translate("StoreError", "unknown run id %1");
    else if (kind == u"execution")
        message = QCoreApplication::translate("StoreError", "unknown execution id %1");
    else if (kind == u"notification rule")
        message = QCoreApplication::translate("StoreError", "unknown notification rule id %1");
    else if (kind == u"token")
        message = QCoreApplication::translate("StoreError", "unknown token id %1");
    else
        message = QStringLiteral("unknown %1 id %2").arg(kind, QStringLiteral("%1"));
    return make(Kind::NotFound, message.arg(id), QStringLiteral("id"));
}

StoreError StoreError::notFoundNamed(const QString &kind, const QString &name) {
    QString message;
    if (kind == u"task")
        message = QCoreApplication::translate("StoreError", "no task named '%1'");
    else if (kind == u"server")
        message = QCoreApplication::translate("StoreError", "no server named '%1'");
    else if (kind == u"notification rule")
        message = QCoreApplication::translate("StoreError", "no notification rule named '%1'");
    else if (kind == u"token")
        message = QCoreApplication::translate("StoreError", "no token named '%1'");
    else
        message = QStringLiteral("no %1 named '%2'").arg(kind, QStringLiteral("%1"));
    return make(Kind::NotFound, message.arg(name), QStringLiteral("name"));
}

StoreError StoreError::nameTaken(const QString &kind, const QString &name) {
    QString message;
    if (kind == u"task")
        message = QCoreApplication::translate("StoreError", "a task named '%1' already exists");
    else if (kind == u"server")
        message = QCoreApplication::translate("StoreError", "a server named '%1' already exists");
    else if (kind == u"notification rule")
        message = QCoreApplication::translate("StoreError",
                                              "a notification rule named '%1' already exists");
    else if (kind == u"token")
        message = QCoreApplication::translate("StoreError", "a token named '%1' already exists");
    else
        message = QStringLiteral("a %1 named '%2' already exists").arg(kind, QStringLiteral("%1"));
    return make(Kind::Duplicate, message.arg(name), QStringLiteral("name"));
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
