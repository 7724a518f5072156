#include "SecretStoreFactory.h"

#include "FileSecretStore.h"
#include "KeychainSecretStore.h"
#include "SecretServiceProbe.h"

namespace fleetcron {

SecretStoreFactory::Choice SecretStoreFactory::create(const Options &options) {
    QString backend = options.backend;
    if (backend.isEmpty())
        backend = qEnvironmentVariable("FLEETCRON_SECRETS");
    if (backend.isEmpty())
        backend = QStringLiteral("auto");
    QString directory = options.fileDirectory;
    if (directory.isEmpty())
        directory = qEnvironmentVariable("FLEETCRON_SECRETS_DIR");
    if (directory.isEmpty())
        directory = FileSecretStore::defaultDirectory();

    Choice choice;
    if (backend == QLatin1String("file")) {
        choice.store = std::make_unique<FileSecretStore>(directory);
        choice.reason = QStringLiteral("file store requested");
    } else if (backend == QLatin1String("keychain")) {
        const SecretServiceProbe::Answer answer = SecretServiceProbe::probe(options.probeTimeoutMs);
        if (!answer.available) {
            // An explicit request is not silently downgraded to a file.
            choice.error = QStringLiteral("the keychain was requested (FLEETCRON_SECRETS=keychain) "
                                          "but %1; start a Secret Service such as gnome-keyring, "
                                          "or use FLEETCRON_SECRETS=file")
                               .arg(answer.reason);
            return choice;
        }
        choice.store = std::make_unique<KeychainSecretStore>(options.keychainService);
        choice.reason = QStringLiteral("keychain requested; %1").arg(answer.reason);
    } else if (backend == QLatin1String("auto")) {
        if (!qEnvironmentVariableIsEmpty("QT_NO_GLIB")) {
            // The keychain store would refuse every call (see KeychainSecretStore).
            choice.store = std::make_unique<FileSecretStore>(directory);
            choice.reason = QStringLiteral("QT_NO_GLIB is set, so the keychain cannot be used");
            return choice;
        }
        const SecretServiceProbe::Answer answer = SecretServiceProbe::probe(options.probeTimeoutMs);
        if (answer.available) {
            choice.store = std::make_unique<KeychainSecretStore>(options.keychainService);
        } else {
            choice.store = std::make_unique<FileSecretStore>(directory);
        }
        choice.reason = answer.reason;
    } else {
        choice.error =
            QStringLiteral("FLEETCRON_SECRETS must be auto, file or keychain, not \"%1\"")
                .arg(backend);
        return choice;
    }
    return choice;
}

} // namespace fleetcron
