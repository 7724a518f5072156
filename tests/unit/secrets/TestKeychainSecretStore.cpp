#include "secrets/KeychainSecretStore.h"
#include "secrets/SecretServiceProbe.h"
#include "secrets/SecretStoreFactory.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <unistd.h>

#include <atomic>
#include <csignal>
#include <thread>
#include <vector>

using namespace fleetcron;

// Runs against a real Secret Service: a private dbus-daemon plus gnome-keyring-daemon whose
// keyrings live in a temporary directory, so the tests never touch the keyring of the person or
// CI machine running them. Without those programs the whole test is skipped, with the reason.
class TestKeychainSecretStore : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        if (!qEnvironmentVariableIsEmpty("QT_NO_GLIB"))
            QSKIP("QT_NO_GLIB is set: libsecret's answers need Qt's GLib event loop");
        const QString why = startPrivateSecretService();
        if (!why.isEmpty())
            QSKIP(qPrintable(why));
        // Unique per run, so a leftover entry from an interrupted run cannot satisfy a check.
        m_service = QStringLiteral("fleetcron-test-%1").arg(QCoreApplication::applicationPid());
    }

    void cleanupTestCase() {
        // libsecret's GDBus connection has exit-on-close set: when the bus goes away GLib raises
        // SIGTERM in this process (a desktop session ending). Here the bus ends on purpose.
        std::signal(SIGTERM, SIG_IGN);
        stop(m_keyring);
        stop(m_bus);
    }

    void probeFindsTheService() {
        const SecretServiceProbe::Answer answer = SecretServiceProbe::probe(2000);
        QVERIFY2(answer.available, qPrintable(answer.reason));
    }

    void roundTrip() {
        KeychainSecretStore store(m_service, 15000);
        const QString key = SecretStore::passwordKey(1);
        const SecretResult before = store.read(key);
        QVERIFY2(before.notFound(), qPrintable(before.error));
        const QString secret = QStringLiteral("pä$$, \"wörd\"\n日本 🔑");
        const SecretResult stored = store.store(key, secret);
        QVERIFY2(stored.ok(), qPrintable(stored.error));
        const SecretResult back = store.read(key);
        QVERIFY2(back.ok(), qPrintable(back.error));
        QCOMPARE(back.secret, secret);
        QVERIFY(store.store(key, QStringLiteral("second")).ok());
        QCOMPARE(store.read(key).secret, QStringLiteral("second"));
    }

    void persistsAcrossInstances() {
        {
            KeychainSecretStore first(m_service, 15000);
            QVERIFY(first.store(SecretStore::passphraseKey(2), QStringLiteral("phrase")).ok());
        }
        KeychainSecretStore second(m_service, 15000);
        QCOMPARE(second.read(SecretStore::passphraseKey(2)).secret, QStringLiteral("phrase"));
        // Another service name is another namespace.
        KeychainSecretStore other(m_service + QStringLiteral("-other"), 15000);
        QVERIFY(other.read(SecretStore::passphraseKey(2)).notFound());
    }

    void removal() {
        KeychainSecretStore store(m_service, 15000);
        const QString key = SecretStore::passwordKey(3);
        QVERIFY(store.store(key, QStringLiteral("gone soon")).ok());
        const SecretResult removed = store.remove(key);
        QVERIFY2(removed.ok(), qPrintable(removed.error));
        QVERIFY(store.read(key).notFound());
        const SecretResult again = store.remove(key);
        QVERIFY2(again.ok(), qPrintable(again.error)); // idempotent
    }

    void rejectsInvalidKeys() {
        KeychainSecretStore store(m_service, 15000);
        QVERIFY(store.store(QStringLiteral("bad key"), QStringLiteral("x")).failed());
    }

    void concurrentUseFromThreads() {
        KeychainSecretStore store(m_service, 30000);
        constexpr int kThreads = 4;
        constexpr int kRounds = 5;
        std::atomic<int> failures{0};
        std::vector<std::thread> threads;
        for (int t = 0; t < kThreads; ++t) {
            threads.emplace_back([&, t] {
                for (int i = 0; i < kRounds; ++i) {
                    const QString key = QStringLiteral("server/%1/password").arg(1000 + t * 10 + i);
                    const QString value = QStringLiteral("v-%1-%2").arg(t).arg(i);
                    if (!store.store(key, value).ok())
                        ++failures;
                    if (store.read(key).secret != value)
                        ++failures;
                    if (!store.remove(key).ok())
                        ++failures;
                }
            });
        }
        for (std::thread &thread : threads)
            thread.join();
        QCOMPARE(failures.load(), 0);
    }

    void worksFromTheMainThreadToo() {
        // A blocking call on a thread with an event loop must not deadlock: the job runs on the
        // keychain's own thread, not on the caller's loop.
        KeychainSecretStore store(m_service, 15000);
        QVERIFY(store.store(SecretStore::passwordKey(4), QStringLiteral("main")).ok());
        QCOMPARE(store.read(SecretStore::passwordKey(4)).secret, QStringLiteral("main"));
    }

    void factoryPicksTheKeychainWhenItAnswers() {
        SecretStoreFactory::Options options;
        options.backend = QStringLiteral("auto");
        options.keychainService = m_service;
        const SecretStoreFactory::Choice choice = SecretStoreFactory::create(options);
        QVERIFY2(choice.store, qPrintable(choice.error));
        QVERIFY2(choice.store->description().startsWith(QStringLiteral("keychain")),
                 qPrintable(choice.store->description()));
        QVERIFY(choice.store->store(SecretStore::passwordKey(5), QStringLiteral("f")).ok());
        QCOMPARE(choice.store->read(SecretStore::passwordKey(5)).secret, QStringLiteral("f"));
    }

private:
    QString startPrivateSecretService() {
        const QString dbus = QStandardPaths::findExecutable(QStringLiteral("dbus-daemon"));
        const QString keyring =
            QStandardPaths::findExecutable(QStringLiteral("gnome-keyring-daemon"));
        if (dbus.isEmpty() || keyring.isEmpty()) {
            return QStringLiteral("no Secret Service to test against: dbus-daemon and "
                                  "gnome-keyring-daemon are needed (Debian: dbus-daemon, "
                                  "gnome-keyring)");
        }
        if (!m_home.isValid())
            return QStringLiteral("cannot create a temporary directory");
        const QString runtime = m_home.filePath(QStringLiteral("run"));
        QDir().mkpath(runtime);
        QFile::setPermissions(runtime, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                           QFileDevice::ExeOwner);

        // Own sessions: gnome-keyring-daemon signals its whole process group when it stops, which
        // would otherwise include this test.
        m_bus.setChildProcessModifier([] { ::setsid(); });
        m_keyring.setChildProcessModifier([] { ::setsid(); });
        m_bus.setProgram(dbus);
        m_bus.setArguments({QStringLiteral("--session"), QStringLiteral("--nofork"),
                            QStringLiteral("--print-address=1"),
                            QStringLiteral("--address=unix:path=%1/bus").arg(runtime)});
        m_bus.setProcessChannelMode(QProcess::SeparateChannels);
        m_bus.start();
        if (!m_bus.waitForStarted(5000))
            return QStringLiteral("cannot start dbus-daemon: %1").arg(m_bus.errorString());
        QByteArray address;
        QElapsedTimer timer;
        timer.start();
        while (!address.contains('\n') && timer.elapsed() < 5000) {
            m_bus.waitForReadyRead(200);
            address += m_bus.readAllStandardOutput();
        }
        address = address.trimmed();
        if (address.isEmpty())
            return QStringLiteral("dbus-daemon did not print its address");

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QString::fromUtf8(address));
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
        m_keyring.setProcessEnvironment(env);
        m_keyring.setProgram(keyring);
        // --unlock reads the login keyring's password from stdin and creates that keyring.
        m_keyring.setArguments({QStringLiteral("--foreground"), QStringLiteral("--unlock"),
                                QStringLiteral("--components=secrets")});
        m_keyring.start();
        if (!m_keyring.waitForStarted(5000))
            return QStringLiteral("cannot start gnome-keyring-daemon: %1")
                .arg(m_keyring.errorString());
        // No event loop runs here, so the password is pushed out explicitly before EOF.
        m_keyring.write("fleetcron-test");
        m_keyring.waitForBytesWritten(5000);
        m_keyring.closeWriteChannel();

        // Before the first D-Bus call of this process: the session bus is looked up once.
        qputenv("DBUS_SESSION_BUS_ADDRESS", address);
        timer.restart();
        SecretServiceProbe::Answer answer;
        while (timer.elapsed() < 10000) {
            answer = SecretServiceProbe::probe(500);
            if (answer.available)
                return {};
            QThread::msleep(100);
        }
        return QStringLiteral("the private gnome-keyring-daemon did not come up: %1 (keyring %2, "
                              "exit code %3; stderr: %4)")
            .arg(answer.reason, m_keyring.state() == QProcess::Running
                                    ? QStringLiteral("running")
                                    : QStringLiteral("not running"))
            .arg(m_keyring.exitCode())
            .arg(QString::fromLocal8Bit(m_keyring.readAllStandardError()));
    }

    static void stop(QProcess &process) {
        if (process.state() == QProcess::NotRunning)
            return;
        process.terminate();
        if (!process.waitForFinished(5000)) {
            process.kill();
            process.waitForFinished(5000);
        }
    }

    QTemporaryDir m_home;
    QProcess m_bus;
    QProcess m_keyring;
    QString m_service;
};

QTEST_GUILESS_MAIN(TestKeychainSecretStore)
#include "TestKeychainSecretStore.moc"
