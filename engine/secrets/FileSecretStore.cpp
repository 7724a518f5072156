#include "FileSecretStore.h"

#include "model/PrivateFiles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QMessageAuthenticationCode>
#include <QMutexLocker>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QStandardPaths>

#include <sys/stat.h>
#include <unistd.h>

#include <optional>

namespace fleetcron {
namespace {

constexpr qsizetype kMasterKeySize = 32;
constexpr qsizetype kNonceSize = 16;
constexpr qsizetype kMacSize = 32;
constexpr int kLockTimeoutMs = 10000;
const char kFormat[] = "fleetcron-secrets";
const char kKeyFilePrefix[] = "fleetcron-secrets-key-v1 ";

QString octal(mode_t mode) {
    return QStringLiteral("%1").arg(static_cast<uint>(mode & 07777), 4, 8, QLatin1Char('0'));
}

// Checks the opened file itself (fstat on the descriptor, not the path) so a file swapped in
// between the check and the read cannot slip through.
QString refusalForOpenFile(const QFile &file) {
    struct stat st {};
    if (::fstat(file.handle(), &st) != 0)
        return QStringLiteral("cannot check the permissions of %1").arg(file.fileName());
    if (st.st_uid != ::geteuid()) {
        return QStringLiteral("refusing to use %1: it belongs to user id %2, not to this user; "
                              "move it away or fix its owner")
            .arg(file.fileName())
            .arg(st.st_uid);
    }
    if ((st.st_mode & 077) != 0) {
        return QStringLiteral("refusing to use %1: its mode is %2, so other users can read or "
                              "change the secrets in it; run `chmod 600 %1` after checking who "
                              "had access, then change those passwords")
            .arg(file.fileName(), octal(st.st_mode));
    }
    return {};
}

// Reads a private file. std::nullopt with an empty error means "does not exist".
std::optional<QByteArray> readPrivateFile(const QString &path, QString *error) {
    QFile file(path);
    if (!file.exists())
        return std::nullopt;
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    if (QString refusal = refusalForOpenFile(file); !refusal.isEmpty()) {
        *error = refusal;
        return std::nullopt;
    }
    return file.readAll();
}

// Writes a file that only its owner may read, atomically. The temporary file gets mode 0600
// before a single byte of content is written, and the mode is verified on the descriptor, so the
// result does not depend on the process umask and no reader ever sees a readable copy.
QString writePrivateFile(const QString &path, const QByteArray &content) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        file.cancelWriting();
        return QStringLiteral("cannot make %1 private (mode 0600): %2")
            .arg(path, file.errorString());
    }
    struct stat st {};
    if (::fstat(file.handle(), &st) != 0 || (st.st_mode & 0777) != 0600) {
        file.cancelWriting();
        return QStringLiteral("cannot make %1 private: its mode stayed %2 instead of 0600")
            .arg(path, octal(st.st_mode));
    }
    if (file.write(content) != content.size() || !file.commit())
        return QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
    return {};
}

QByteArray keystream(const QByteArray &masterKey, const QByteArray &nonce, qsizetype length) {
    QByteArray stream;
    stream.reserve(length + 32);
    for (quint64 counter = 0; stream.size() < length; ++counter) {
        QCryptographicHash block(QCryptographicHash::Sha256);
        block.addData(masterKey);
        block.addData(nonce);
        block.addData(QByteArrayView(reinterpret_cast<const char *>(&counter), sizeof counter));
        stream.append(block.result());
    }
    stream.truncate(length);
    return stream;
}

// The entry's key is part of the MAC so an entry copied under another key does not verify.
QByteArray macOf(const QByteArray &masterKey, const QString &entryKey, const QByteArray &nonce,
                 const QByteArray &cipher) {
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, masterKey);
    mac.addData(QByteArrayLiteral("fleetcron-secret-v1"));
    mac.addData(entryKey.toUtf8());
    mac.addData(nonce);
    mac.addData(cipher);
    return mac.result();
}

QByteArray seal(const QByteArray &masterKey, const QString &entryKey, const QByteArray &plain) {
    QByteArray nonce(kNonceSize, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(nonce.data()),
                                          kNonceSize / sizeof(quint32));
    QByteArray cipher = plain;
    const QByteArray stream = keystream(masterKey, nonce, plain.size());
    for (qsizetype i = 0; i < cipher.size(); ++i)
        cipher[i] = static_cast<char>(cipher[i] ^ stream[i]);
    return nonce + macOf(masterKey, entryKey, nonce, cipher) + cipher;
}

std::optional<QByteArray> unseal(const QByteArray &masterKey, const QString &entryKey,
                                 const QByteArray &sealed) {
    if (sealed.size() < kNonceSize + kMacSize)
        return std::nullopt;
    const QByteArray nonce = sealed.left(kNonceSize);
    const QByteArray mac = sealed.mid(kNonceSize, kMacSize);
    QByteArray plain = sealed.mid(kNonceSize + kMacSize);
    if (macOf(masterKey, entryKey, nonce, plain) != mac)
        return std::nullopt;
    const QByteArray stream = keystream(masterKey, nonce, plain.size());
    for (qsizetype i = 0; i < plain.size(); ++i)
        plain[i] = static_cast<char>(plain[i] ^ stream[i]);
    return plain;
}

struct Entries {
    QJsonObject map; // key -> base64(nonce | mac | cipher)
    bool exists = false;
    QString error;
};

Entries loadEntries(const QString &path) {
    Entries entries;
    QString error;
    const std::optional<QByteArray> raw = readPrivateFile(path, &error);
    if (!raw) {
        entries.error = error;
        return entries;
    }
    entries.exists = true;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(*raw, &parseError);
    const QJsonObject root = doc.object();
    if (doc.isNull() || root.value(QStringLiteral("format")).toString() != QLatin1String(kFormat) ||
        root.value(QStringLiteral("version")).toInt() != 1) {
        entries.error = QStringLiteral("%1 is not a Fleetcron secrets file (version 1); restore it "
                                       "from a backup or move it away and store the secrets again")
                            .arg(path);
        return entries;
    }
    entries.map = root.value(QStringLiteral("entries")).toObject();
    return entries;
}

QString saveEntries(const QString &path, const QJsonObject &map) {
    QJsonObject root;
    root.insert(QStringLiteral("format"), QLatin1String(kFormat));
    root.insert(QStringLiteral("version"), 1);
    root.insert(QStringLiteral("entries"), map);
    return writePrivateFile(path, QJsonDocument(root).toJson(QJsonDocument::Indented));
}

// The entries, read under the lock that keeps another Fleetcron process from writing the file
// between this read and the caller's write; error set when either fails.
Entries lockAndLoad(QLockFile &lock, const QString &path) {
    if (!lock.tryLock(kLockTimeoutMs)) {
        Entries busy;
        busy.error =
            QStringLiteral("another Fleetcron process holds %1 for more than %2 s; try again")
                .arg(lock.fileName())
                .arg(kLockTimeoutMs / 1000);
        return busy;
    }
    return loadEntries(path);
}

// Loads the per-install key; creates it only when asked (a write), so reading never leaves files.
std::optional<QByteArray> loadMasterKey(const QString &path, bool create, QString *error) {
    const std::optional<QByteArray> raw = readPrivateFile(path, error);
    if (raw) {
        const QByteArray prefix(kKeyFilePrefix);
        const QByteArray key = raw->startsWith(prefix)
                                   ? QByteArray::fromBase64(raw->mid(prefix.size()).trimmed())
                                   : QByteArray();
        if (key.size() != kMasterKeySize) {
            *error = QStringLiteral("%1 is not a Fleetcron secrets key file; the secrets stored "
                                    "with it cannot be read")
                         .arg(path);
            return std::nullopt;
        }
        return key;
    }
    if (!error->isEmpty())
        return std::nullopt;
    if (!create) {
        *error = QStringLiteral("the key file %1 is missing, so the secrets cannot be read; "
                                "restore it from a backup or store the secrets again")
                     .arg(path);
        return std::nullopt;
    }
    QByteArray key(kMasterKeySize, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(key.data()),
                                          kMasterKeySize / sizeof(quint32));
    *error = writePrivateFile(path, QByteArray(kKeyFilePrefix) + key.toBase64() + '\n');
    if (!error->isEmpty())
        return std::nullopt;
    return key;
}

} // namespace

FileSecretStore::FileSecretStore(QString directory)
    : m_directory(std::move(directory)) {}

QString FileSecretStore::defaultDirectory() {
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
}

QString FileSecretStore::dataFilePath() const {
    return QDir(m_directory).filePath(QStringLiteral("secrets.dat"));
}

QString FileSecretStore::keyFilePath() const {
    return QDir(m_directory).filePath(QStringLiteral("secrets.key"));
}

QString FileSecretStore::description() const {
    return QStringLiteral("file %1").arg(dataFilePath());
}

SecretResult FileSecretStore::store(const QString &key, const QString &secret) {
    if (!isValidKey(key))
        return SecretResult::failure(QStringLiteral("invalid secret key \"%1\"").arg(key));
    QMutexLocker guard(&m_mutex);
    // 0700 even when something else (an installer, a umask-022 mkdir) made the default folder
    // first: the key file sits next to the data it opens.
    if (const QString error =
            PrivateFiles::ensureFolder(m_directory, m_directory == defaultDirectory());
        !error.isEmpty())
        return SecretResult::failure(error);
    QLockFile lock(QDir(m_directory).filePath(QStringLiteral("secrets.lock")));
    Entries entries = lockAndLoad(lock, dataFilePath());
    if (!entries.error.isEmpty())
        return SecretResult::failure(entries.error);
    QString error;
    // A data file without its key would make every existing entry unreadable, so a missing key
    // is only created for a fresh store.
    const std::optional<QByteArray> masterKey =
        loadMasterKey(keyFilePath(), !entries.exists || entries.map.isEmpty(), &error);
    if (!masterKey)
        return SecretResult::failure(error);
    entries.map.insert(key, QString::fromLatin1(seal(*masterKey, key, secret.toUtf8()).toBase64()));
    error = saveEntries(dataFilePath(), entries.map);
    return error.isEmpty() ? SecretResult::success() : SecretResult::failure(error);
}

SecretResult FileSecretStore::read(const QString &key) {
    if (!isValidKey(key))
        return SecretResult::failure(QStringLiteral("invalid secret key \"%1\"").arg(key));
    QMutexLocker guard(&m_mutex);
    const Entries entries = loadEntries(dataFilePath());
    if (!entries.error.isEmpty())
        return SecretResult::failure(entries.error);
    const QJsonValue value = entries.map.value(key);
    if (!value.isString())
        return SecretResult::missing();
    QString error;
    const std::optional<QByteArray> masterKey = loadMasterKey(keyFilePath(), false, &error);
    if (!masterKey)
        return SecretResult::failure(error);
    const std::optional<QByteArray> plain =
        unseal(*masterKey, key, QByteArray::fromBase64(value.toString().toLatin1()));
    if (!plain) {
        return SecretResult::failure(
            QStringLiteral("the secret \"%1\" in %2 does not match the key file %3 (was one of "
                           "them replaced or edited?); store the secret again")
                .arg(key, dataFilePath(), keyFilePath()));
    }
    return SecretResult::success(QString::fromUtf8(*plain));
}

SecretResult FileSecretStore::remove(const QString &key) {
    if (!isValidKey(key))
        return SecretResult::failure(QStringLiteral("invalid secret key \"%1\"").arg(key));
    QMutexLocker guard(&m_mutex);
    if (!QFileInfo::exists(dataFilePath()))
        return SecretResult::success();
    QLockFile lock(QDir(m_directory).filePath(QStringLiteral("secrets.lock")));
    Entries entries = lockAndLoad(lock, dataFilePath());
    if (!entries.error.isEmpty())
        return SecretResult::failure(entries.error);
    if (!entries.map.contains(key))
        return SecretResult::success();
    entries.map.remove(key);
    const QString error = saveEntries(dataFilePath(), entries.map);
    return error.isEmpty() ? SecretResult::success() : SecretResult::failure(error);
}

} // namespace fleetcron
