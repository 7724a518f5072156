#include "ApiToken.h"

#include "model/PrivateFiles.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QStandardPaths>

namespace fleetcron {

QString ApiToken::defaultPath() {
    const QString fromEnvironment = qEnvironmentVariable("FLEETCRON_CONFIG_DIR");
    if (!fromEnvironment.isEmpty())
        return QDir(fromEnvironment).filePath(QStringLiteral("api-token"));
    // ~/.config/fleetcron/api-token. Qt's AppConfigLocation appends the organization and the
    // application, both "fleetcron", which doubled the folder; a token already there is kept.
    const QString generic = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    const QString path = QDir(generic).filePath(QStringLiteral("fleetcron/api-token"));
    const QString doubled =
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation))
            .filePath(QStringLiteral("api-token"));
    return !QFile::exists(path) && QFile::exists(doubled) ? doubled : path;
}

QByteArray ApiToken::loadOrCreate(const QString &path, QString *error) {
    // A token folder made by someone else first (umask 022) is made private when it is the
    // default one, Fleetcron's own; an existing token file readable by others is tightened.
    if (const QString folderError =
            PrivateFiles::ensureFolder(QFileInfo(path).absolutePath(), path == defaultPath());
        !folderError.isEmpty()) {
        if (error)
            *error = folderError;
        return {};
    }
    QFile existing(path);
    if (existing.exists()) {
        if (const QString modeError = PrivateFiles::tightenFile(path); !modeError.isEmpty()) {
            if (error)
                *error = modeError;
            return {};
        }
        if (!existing.open(QIODevice::ReadOnly)) {
            if (error)
                *error =
                    QCoreApplication::translate("ApiToken", "cannot read the API token file %1: %2")
                        .arg(path, existing.errorString());
            return {};
        }
        const QByteArray token = existing.readAll().trimmed();
        if (token.size() < 16) {
            if (error)
                *error = QCoreApplication::translate(
                             "ApiToken", "the API token file %1 holds no usable token (at least "
                                         "16 characters)")
                             .arg(path);
            return {};
        }
        return token;
    }
    quint32 words[8];
    QRandomGenerator::system()->fillRange(words);
    const QByteArray token =
        QByteArray(reinterpret_cast<const char *>(words), sizeof(words)).toHex();
    QFile file(path);
    // Owner-only from the start: the file is created 0600 (NewOnly: never over another's file).
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                   QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        file.write(token + '\n') < 0 || !file.flush()) {
        if (error)
            *error =
                QCoreApplication::translate("ApiToken", "cannot write the API token file %1: %2")
                    .arg(path, file.errorString());
        file.remove();
        return {};
    }
    return token;
}

bool ApiToken::equals(const QByteArray &expected, const QByteArray &given) {
    // Hash both so the comparison always covers the same number of bytes, whatever was sent.
    const QByteArray a = QCryptographicHash::hash(expected, QCryptographicHash::Sha256);
    const QByteArray b = QCryptographicHash::hash(given, QCryptographicHash::Sha256);
    unsigned char diff = 0;
    for (int i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0 && !expected.isEmpty();
}

} // namespace fleetcron
