#include "SecretServiceProbe.h"

#include <QDBusConnection>
#include <QDBusError>
#include <QDBusMessage>
#include <QDBusVariant>

namespace fleetcron {

SecretServiceProbe::Answer SecretServiceProbe::probe(int timeoutMs) {
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS") &&
        qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        return {false, QStringLiteral("no D-Bus session bus (DBUS_SESSION_BUS_ADDRESS is unset)")};
    }
    const QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        return {false, QStringLiteral("no D-Bus session bus: %1").arg(bus.lastError().message())};
    }
    // Reading a property of the Secret Service interface proves it is one, not merely a name.
    QDBusMessage call = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.secrets"), QStringLiteral("/org/freedesktop/secrets"),
        QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("Get"));
    call << QStringLiteral("org.freedesktop.Secret.Service") << QStringLiteral("Collections");
    call.setAutoStartService(false);
    const QDBusMessage reply = bus.call(call, QDBus::Block, timeoutMs);
    if (reply.type() != QDBusMessage::ReplyMessage) {
        return {false, QStringLiteral("no Secret Service answered on the session bus: %1")
                           .arg(reply.errorMessage().isEmpty() ? reply.errorName()
                                                               : reply.errorMessage())};
    }
    return {true, QStringLiteral("a Secret Service answered on the session bus")};
}

} // namespace fleetcron
