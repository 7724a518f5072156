#include "secrets/FileSecretStore.h"
#include "secrets/SecretStoreFactory.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

#include <atomic>
#include <thread>
#include <vector>

using namespace fleetcron;

namespace {

mode_t modeOf(const QString &path) {
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return 07777;
    return st.st_mode & 07777;
}

// Sets the process umask for one test and puts it back, so the 0600 checks cannot pass merely
// because the machine's umask happens to be strict.
class UmaskScope {
public:
    explicit UmaskScope(mode_t mask)
        : m_old(::umask(mask)) {}
    ~UmaskScope() { ::umask(m_old); }

private:
    mode_t m_old;
};

} // namespace

class TestFileSecretStore : public QObject {
    Q_OBJECT
private slots:
    void roundTrip() {
        QTemporaryDir dir;
        FileSecretStore store(dir.path());
        const QString key = SecretStore::passwordKey(7);
        QCOMPARE(key, QStringLiteral("server/7/password"));
        QVERIFY(store.read(key).notFound());

        const QString secret = QStringLiteral("pä$$ wörd, \"quoted\"\n日本 🔑");
        QVERIFY2(store.store(key, secret).ok(), qPrintable(store.store(key, secret).error));
        const SecretResult back = store.read(key);
        QVERIFY2(back.ok(), qPrintable(back.error));
        QCOMPARE(back.secret, secret);

        QVERIFY(store.store(key, QStringLiteral("second")).ok());
        QCOMPARE(store.read(key).secret, QStringLiteral("second"));
        QVERIFY(store.read(SecretStore::passphraseKey(7)).notFound());

        QVERIFY(store.store(SecretStore::passphraseKey(7), QString()).ok());
        const SecretResult empty = store.read(SecretStore::passphraseKey(7));
        QVERIFY(empty.ok());
        QVERIFY(empty.secret.isEmpty());
    }

    void filesAreOwnerOnlyWhateverTheUmask() {
        const UmaskScope permissive(0);
        QTemporaryDir parent;
        const QString dir = parent.filePath(QStringLiteral("config/fleetcron"));
        FileSecretStore store(dir);
        QVERIFY(store.store(QStringLiteral("server/1/password"), QStringLiteral("hunter2")).ok());
        QCOMPARE(modeOf(store.dataFilePath()), mode_t(0600));
        QCOMPARE(modeOf(store.keyFilePath()), mode_t(0600));
        QCOMPARE(modeOf(dir), mode_t(0700));
        // Rewriting keeps the mode (QSaveFile would otherwise copy whatever was there).
        QVERIFY(store.store(QStringLiteral("server/2/password"), QStringLiteral("x")).ok());
        QCOMPARE(modeOf(store.dataFilePath()), mode_t(0600));
    }

    void notPlainTextOnDisk() {
        QTemporaryDir dir;
        FileSecretStore store(dir.path());
        const QString secret = QStringLiteral("correct-horse-battery-staple");
        QVERIFY(store.store(QStringLiteral("server/3/password"), secret).ok());
        QFile data(store.dataFilePath());
        QVERIFY(data.open(QIODevice::ReadOnly));
        const QByteArray onDisk = data.readAll();
        QVERIFY(!onDisk.contains(secret.toUtf8()));
        QVERIFY(!onDisk.contains(secret.toUtf8().toBase64()));
        QVERIFY(onDisk.contains("server/3/password")); // keys are not secret
    }

    void refusesGroupReadableDataFile() {
        QTemporaryDir dir;
        FileSecretStore store(dir.path());
        const QString key = QStringLiteral("server/4/password");
        QVERIFY(store.store(key, QStringLiteral("s3cret")).ok());
        QVERIFY(QFile::setPermissions(store.dataFilePath(),
                                      QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                          QFileDevice::ReadGroup | QFileDevice::ReadOther));
        QCOMPARE(modeOf(store.dataFilePath()), mode_t(0644));

        const SecretResult refused = store.read(key);
        QVERIFY(refused.failed());
        QVERIFY2(refused.error.contains(QStringLiteral("0644")), qPrintable(refused.error));
        QVERIFY2(refused.error.contains(QStringLiteral("chmod 600")), qPrintable(refused.error));
        QVERIFY(refused.error.contains(store.dataFilePath()));
        // Writing would mean reading it first: refused too, and the file is left as it was.
        QVERIFY(store.store(key, QStringLiteral("other")).failed());
        QVERIFY(store.remove(key).failed());
        QCOMPARE(modeOf(store.dataFilePath()), mode_t(0644));

        QVERIFY(QFile::setPermissions(store.dataFilePath(),
                                      QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        QCOMPARE(store.read(key).secret, QStringLiteral("s3cret"));
    }

    void refusesReadableKeyFile() {
        QTemporaryDir dir;
        FileSecretStore store(dir.path());
        QVERIFY(store.store(QStringLiteral("server/5/password"), QStringLiteral("k")).ok());
        QVERIFY(::chmod(QFile::encodeName(store.keyFilePath()).constData(), 0640) == 0);
        const SecretResult refused = store.read(QStringLiteral("server/5/password"));
        QVERIFY(refused.failed());
        QVERIFY2(refused.error.contains(store.keyFilePath()), qPrintable(refused.error));
        QVERIFY(refused.error.contains(QStringLiteral("0640")));
    }

    void detectsAReplacedKeyFile() {
        QTemporaryDir dir;
        {
            FileSecretStore store(dir.path());
            QVERIFY(store.store(QStringLiteral("server/6/password"), QStringLiteral("a")).ok());
        }
        QTemporaryDir other;
        {
            FileSecretStore store(other.path());
            QVERIFY(store.store(QStringLiteral("server/6/password"), QStringLiteral("b")).ok());
        }
        QVERIFY(QFile::remove(QDir(dir.path()).filePath(QStringLiteral("secrets.key"))));
        FileSecretStore store(dir.path());
        const SecretResult missingKey = store.read(QStringLiteral("server/6/password"));
        QVERIFY(missingKey.failed());
        QVERIFY2(missingKey.error.contains(QStringLiteral("missing")),
                 qPrintable(missingKey.error));
        // A store must not mint a fresh key that would orphan the existing entries.
        QVERIFY(store.store(QStringLiteral("server/9/password"), QStringLiteral("c")).failed());

        QVERIFY(QFile::copy(QDir(other.path()).filePath(QStringLiteral("secrets.key")),
                            store.keyFilePath()));
        const SecretResult mismatch = store.read(QStringLiteral("server/6/password"));
        QVERIFY(mismatch.failed());
        QVERIFY2(mismatch.error.contains(QStringLiteral("does not match")),
                 qPrintable(mismatch.error));
    }

    void rejectsGarbage() {
        QTemporaryDir dir;
        FileSecretStore store(dir.path());
        QFile data(store.dataFilePath());
        QVERIFY(data.open(QIODevice::WriteOnly));
        data.write("not json");
        data.close();
        QVERIFY(data.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        const SecretResult result = store.read(QStringLiteral("server/1/password"));
        QVERIFY(result.failed());
        QVERIFY(result.error.contains(QStringLiteral("not a Fleetcron secrets file")));
    }

    void persistsAcrossInstances() {
        QTemporaryDir dir;
        {
            FileSecretStore first(dir.path());
            QVERIFY(first.store(QStringLiteral("server/10/password"), QStringLiteral("one")).ok());
            QVERIFY(
                first.store(QStringLiteral("server/10/passphrase"), QStringLiteral("two")).ok());
        }
        FileSecretStore second(dir.path());
        QCOMPARE(second.read(QStringLiteral("server/10/password")).secret, QStringLiteral("one"));
        QCOMPARE(second.read(QStringLiteral("server/10/passphrase")).secret, QStringLiteral("two"));
        // Two live instances on one directory see each other's writes.
        FileSecretStore third(dir.path());
        QVERIFY(third.store(QStringLiteral("server/11/password"), QStringLiteral("three")).ok());
        QCOMPARE(second.read(QStringLiteral("server/11/password")).secret, QStringLiteral("three"));
    }

    void removal() {
        QTemporaryDir dir;
        FileSecretStore store(dir.path());
        QVERIFY(store.remove(QStringLiteral("server/1/password")).ok()); // nothing there yet
        QVERIFY(store.store(QStringLiteral("server/1/password"), QStringLiteral("p")).ok());
        QVERIFY(store.store(QStringLiteral("server/2/password"), QStringLiteral("q")).ok());
        QVERIFY(store.remove(QStringLiteral("server/1/password")).ok());
        QVERIFY(store.read(QStringLiteral("server/1/password")).notFound());
        QCOMPARE(store.read(QStringLiteral("server/2/password")).secret, QStringLiteral("q"));
        QVERIFY(store.remove(QStringLiteral("server/1/password")).ok()); // idempotent
        QFile data(store.dataFilePath());
        QVERIFY(data.open(QIODevice::ReadOnly));
        QVERIFY(!data.readAll().contains("server/1/password"));
    }

    void rejectsInvalidKeys() {
        QTemporaryDir dir;
        FileSecretStore store(dir.path());
        QVERIFY(store.store(QString(), QStringLiteral("x")).failed());
        QVERIFY(store.store(QStringLiteral("server/1/pass word"), QStringLiteral("x")).failed());
        QVERIFY(store.read(QStringLiteral("server/1/\npassword")).failed());
        QVERIFY(!QFile::exists(store.dataFilePath()));
    }

    void concurrentUseFromThreads() {
        QTemporaryDir dir;
        FileSecretStore shared(dir.path());
        FileSecretStore otherInstance(dir.path());
        constexpr int kThreads = 8;
        constexpr int kRounds = 15;
        std::atomic<int> failures{0};
        std::vector<std::thread> threads;
        for (int t = 0; t < kThreads; ++t) {
            threads.emplace_back([&, t] {
                SecretStore &store = t % 2 == 0 ? static_cast<SecretStore &>(shared)
                                                : static_cast<SecretStore &>(otherInstance);
                for (int i = 0; i < kRounds; ++i) {
                    const QString key = QStringLiteral("server/%1/password").arg(t * 100 + i);
                    const QString value = QStringLiteral("secret-%1-%2").arg(t).arg(i);
                    if (!store.store(key, value).ok())
                        ++failures;
                    if (store.read(key).secret != value)
                        ++failures;
                    if (i % 3 == 0 && !store.remove(key).ok())
                        ++failures;
                }
            });
        }
        for (std::thread &thread : threads)
            thread.join();
        QCOMPARE(failures.load(), 0);
        FileSecretStore fresh(dir.path());
        for (int t = 0; t < kThreads; ++t) {
            for (int i = 0; i < kRounds; ++i) {
                const SecretResult r =
                    fresh.read(QStringLiteral("server/%1/password").arg(t * 100 + i));
                if (i % 3 == 0) {
                    QVERIFY(r.notFound());
                } else {
                    QVERIFY2(r.ok(), qPrintable(r.error));
                    QCOMPARE(r.secret, QStringLiteral("secret-%1-%2").arg(t).arg(i));
                }
            }
        }
    }

    void factoryHonoursTheEnvironment() {
        // A bus address nobody listens on: the probe must say "no" quickly, never hang.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/fleetcron-test-bus");
        QTemporaryDir dir;
        qputenv("FLEETCRON_SECRETS_DIR", dir.path().toUtf8());

        qputenv("FLEETCRON_SECRETS", "file");
        SecretStoreFactory::Choice file = SecretStoreFactory::create({});
        QVERIFY2(file.store, qPrintable(file.error));
        QVERIFY(file.store->description().contains(dir.path()));

        qputenv("FLEETCRON_SECRETS", "auto");
        QElapsedTimer timer;
        timer.start();
        SecretStoreFactory::Choice automatic = SecretStoreFactory::create({});
        QVERIFY(timer.elapsed() < 5000);
        QVERIFY2(automatic.store, qPrintable(automatic.error));
        QVERIFY(automatic.store->description().startsWith(QStringLiteral("file ")));
        QVERIFY2(automatic.reason.contains(QStringLiteral("bus")), qPrintable(automatic.reason));

        qputenv("QT_NO_GLIB", "1");
        SecretStoreFactory::Choice noGlib = SecretStoreFactory::create({});
        QVERIFY(noGlib.store);
        QVERIFY(noGlib.reason.contains(QStringLiteral("QT_NO_GLIB")));
        qunsetenv("QT_NO_GLIB");

        qputenv("FLEETCRON_SECRETS", "keychain");
        SecretStoreFactory::Choice forced = SecretStoreFactory::create({});
        QVERIFY(!forced.store);
        QVERIFY2(forced.error.contains(QStringLiteral("FLEETCRON_SECRETS=file")),
                 qPrintable(forced.error));

        qputenv("FLEETCRON_SECRETS", "vault");
        SecretStoreFactory::Choice bad = SecretStoreFactory::create({});
        QVERIFY(!bad.store);
        QVERIFY(bad.error.contains(QStringLiteral("\"vault\"")));

        // Options beat the environment.
        SecretStoreFactory::Options options;
        options.backend = QStringLiteral("file");
        QTemporaryDir explicitDir;
        options.fileDirectory = explicitDir.path();
        SecretStoreFactory::Choice chosen = SecretStoreFactory::create(options);
        QVERIFY(chosen.store);
        QVERIFY(chosen.store->description().contains(explicitDir.path()));
        QVERIFY(chosen.store->store(QStringLiteral("server/1/password"), QStringLiteral("x")).ok());

        qunsetenv("FLEETCRON_SECRETS");
        qunsetenv("FLEETCRON_SECRETS_DIR");
    }
};

QTEST_GUILESS_MAIN(TestFileSecretStore)
#include "TestFileSecretStore.moc"
