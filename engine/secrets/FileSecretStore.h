#pragma once

#include "SecretStore.h"

#include <QMutex>
#include <QString>

namespace fleetcron {

// Secrets in a file for machines without a Secret Service (servers, containers, CI).
//
// What protects the secrets is the file mode: secrets.dat and secrets.key are 0600 in a 0700
// directory, and a file that others can read is refused rather than used. The entries are also
// encrypted with a random per-install key kept in secrets.key (SHA-256 in counter mode plus an
// HMAC), but that key sits next to the data, so this is obfuscation: it keeps passwords out of a
// casual `grep` of a backup and detects a mismatched or edited file, nothing more. Anyone who can
// read both files can read the secrets.
//
// Each call re-reads the file, so several stores (or processes) on one directory see each other's
// writes; writes take a lock file and replace the file atomically (QSaveFile).
class FileSecretStore final : public SecretStore {
public:
    // directory: where secrets.dat and secrets.key live; created with mode 0700 when missing.
    explicit FileSecretStore(QString directory);

    // QStandardPaths::AppConfigLocation, e.g. ~/.config/fleetcron.
    static QString defaultDirectory();

    SecretResult store(const QString &key, const QString &secret) override;
    SecretResult read(const QString &key) override;
    SecretResult remove(const QString &key) override;
    QString description() const override;

    QString dataFilePath() const;
    QString keyFilePath() const;

private:
    const QString m_directory;
    QMutex m_mutex; // one call at a time per store; the lock file covers other stores and processes
};

} // namespace fleetcron
