#include "Actor.h"

#include <pwd.h>
#include <unistd.h>

namespace fleetcron {

QString Actor::osUser() {
    // getpwuid, not $USER: sudo and systemd units set the environment differently, the uid is
    // what the operating system says this process is.
    if (const passwd *pw = ::getpwuid(::geteuid()); pw && pw->pw_name)
        return QString::fromLocal8Bit(pw->pw_name);
    return QStringLiteral("uid %1").arg(::geteuid());
}

Actor Actor::console() {
    return {QStringLiteral("console"), osUser()};
}

Actor Actor::cli() {
    return {QStringLiteral("cli"), osUser()};
}

Actor Actor::api(const QString &tokenName) {
    return {QStringLiteral("api"), tokenName};
}

Actor Actor::daemon() {
    return {QStringLiteral("daemon"), osUser()};
}

} // namespace fleetcron
