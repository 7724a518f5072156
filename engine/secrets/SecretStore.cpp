#include "SecretStore.h"

namespace fleetcron {

QString SecretStore::passwordKey(qint64 serverId) {
    return QStringLiteral("server/%1/password").arg(serverId);
}

QString SecretStore::passphraseKey(qint64 serverId) {
    return QStringLiteral("server/%1/passphrase").arg(serverId);
}

bool SecretStore::isValidKey(const QString &key) {
    if (key.isEmpty() || key.size() > 200)
        return false;
    for (const QChar c : key) {
        const char16_t u = c.unicode();
        const bool allowed = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') ||
                             (u >= u'0' && u <= u'9') || u == u'/' || u == u'-' || u == u'_' ||
                             u == u'.';
        if (!allowed)
            return false;
    }
    return true;
}

} // namespace fleetcron
