#include "HostKeyCheck.h"

namespace fleetcron {

HostKeyCheck HostKeyCheck::evaluate(HostKeyPolicy policy, const QString &pinned,
                                    const QString &offered, const QString &serverName) {
    HostKeyCheck c;
    c.offered = offered;
    if (offered.isEmpty()) {
        c.message = QStringLiteral("%1 presented no host key we could read; check the server's "
                                   "HostKey settings")
                        .arg(serverName);
        return c;
    }
    if (pinned.isEmpty()) {
        if (policy == HostKeyPolicy::Strict) {
            c.message = QStringLiteral("host key for %1 is not pinned and its policy is strict: "
                                       "the server offered %2; verify it, then pin the server")
                            .arg(serverName, offered);
            return c;
        }
        c.accepted = true;
        c.newlyPinned = true;
        return c;
    }
    if (pinned.trimmed() == offered) {
        c.accepted = true;
        return c;
    }
    c.message = QStringLiteral("host key for %1 changed: expected %2, got %3; verify it, then "
                               "re-pin the server")
                    .arg(serverName, pinned.trimmed(), offered);
    return c;
}

} // namespace fleetcron
