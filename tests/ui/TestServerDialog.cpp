// The server dialog against a real OpenSSH sshd on 127.0.0.1: a server added through its
// widgets is in the store with its password in the secret store; "Test connection" shows the
// host key and pins it only after the operator said yes; a changed host key (sshd restarted
// with another key) is shown with both fingerprints and not pinned unless confirmed.
#include "ConsoleTestStore.h"
#include "ServerDialog.h"
#include "secrets/SecretStore.h"
#include "secrets/SecretStoreFactory.h"
#include "support/SshdFixture.h"
#include "support/TestUnixUser.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

#include <unistd.h>

using namespace fleetcron;
using fleetcron::test::ConsoleTestStore;
using fleetcron::test::SshdFixture;
using fleetcron::test::TestUnixUser;

namespace {

template <typename T> T *child(QObject *parent, const char *name) {
    T *w = parent->findChild<T *>(QString::fromLatin1(name));
    if (!w)
        qWarning("no child %s", name);
    return w;
}

QPushButton *okButton(QDialog *dialog) {
    return child<QDialogButtonBox>(dialog, "buttons")->button(QDialogButtonBox::Ok);
}

QString pinOf(Database &db, qint64 id) {
    return ServerRepository(db).find(id)->hostKeySha256;
}

} // namespace

class TestServerDialog : public QObject {
    Q_OBJECT

    std::unique_ptr<SshdFixture> m_sshd;
    std::unique_ptr<TestUnixUser> m_user;
    std::unique_ptr<ConsoleTestStore> m_store;
    qint64 m_serverId = 0;

    // Opens the dialog on the stored server and waits until it has loaded it.
    std::unique_ptr<ServerDialog> editDialog() {
        auto dialog = std::make_unique<ServerDialog>(m_store->host(), m_serverId);
        dialog->show();
        auto *name = child<QLineEdit>(dialog.get(), "name");
        if (!QTest::qWaitFor([&] { return name->text() == QStringLiteral("lab1"); }, 10000))
            qWarning("the server did not load");
        return dialog;
    }

private slots:
    void initTestCase() {
        if (::geteuid() != 0)
            QSKIP("the sshd fixture and the throw-away user need root (CI runs tests as root)");
        SshdFixture::Options options;
        options.passwordAuthentication = true;
        m_sshd = std::make_unique<SshdFixture>(options);
        QVERIFY2(m_sshd->start(), qPrintable(m_sshd->error()));
        m_user = std::make_unique<TestUnixUser>();
        QVERIFY2(m_user->isValid(), qPrintable(m_user->error()));
        m_store = std::make_unique<ConsoleTestStore>();
        QVERIFY(m_store->ok());
    }

    void cleanupTestCase() {
        m_store.reset();
        m_sshd.reset();
        m_user.reset();
    }

    void addsAServerWithItsPasswordInTheSecretStore() {
        ServerDialog dialog(m_store->host(), std::nullopt);
        dialog.resize(560, 640);
        dialog.show();
        QVERIFY(!okButton(&dialog)->isEnabled());
        QVERIFY(!child<QLabel>(&dialog, "nameError")->text().isEmpty());
        QTest::keyClicks(child<QLineEdit>(&dialog, "name"), QStringLiteral("lab1"));
        QTest::keyClicks(child<QLineEdit>(&dialog, "host"), QStringLiteral("root@127.0.0.1"));
        QVERIFY(child<QLabel>(&dialog, "hostError")->text().contains(QStringLiteral("@")));
        child<QLineEdit>(&dialog, "host")->clear();
        QTest::keyClicks(child<QLineEdit>(&dialog, "host"), m_sshd->host());
        child<QSpinBox>(&dialog, "port")->setValue(m_sshd->port());
        QTest::keyClicks(child<QLineEdit>(&dialog, "username"), m_user->name());
        auto *auth = child<QComboBox>(&dialog, "auth");
        auth->setCurrentIndex(auth->findData(int(AuthMethod::Password)));
        QVERIFY(child<QLabel>(&dialog, "passwordError")->isVisibleTo(&dialog));
        QVERIFY(!okButton(&dialog)->isEnabled());
        QTest::keyClicks(child<QLineEdit>(&dialog, "password"), m_user->password());
        QTest::keyClicks(child<QLineEdit>(&dialog, "tags"), QStringLiteral("lab, eu"));
        child<QSpinBox>(&dialog, "maxParallel")->setValue(2);
        QVERIFY(okButton(&dialog)->isEnabled());
        const QString shots = qEnvironmentVariable("FLEETCRON_SCREENSHOT_DIR");
        if (!shots.isEmpty()) {
            // Lay out what the last keystrokes changed, as the event loop would before painting.
            QCoreApplication::sendPostedEvents();
            dialog.layout()->activate();
            QVERIFY(dialog.grab().save(shots + QStringLiteral("/server-dialog.png")));
        }
        QTest::mouseClick(okButton(&dialog), Qt::LeftButton);
        QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));

        auto stored = ServerRepository(m_store->db()).findByName(QStringLiteral("lab1"));
        QVERIFY(stored);
        m_serverId = stored->id;
        QCOMPARE(stored->host, m_sshd->host());
        QCOMPARE(stored->port, m_sshd->port());
        QCOMPARE(stored->username, m_user->name());
        QVERIFY(stored->auth == AuthMethod::Password);
        QCOMPARE(stored->tags, (QStringList{QStringLiteral("eu"), QStringLiteral("lab")}));
        QCOMPARE(stored->maxParallel, 2);
        QVERIFY(stored->hostKeySha256.isEmpty());
        auto secrets = SecretStoreFactory::create({});
        QVERIFY(secrets.store);
        QCOMPARE(secrets.store->read(SecretStore::passwordKey(m_serverId)).secret,
                 m_user->password());
    }

    void aDuplicateNameIsRefusedAndNothingIsSaved() {
        ServerDialog dialog(m_store->host(), std::nullopt);
        dialog.show();
        QTest::keyClicks(child<QLineEdit>(&dialog, "name"), QStringLiteral("lab1"));
        QTest::keyClicks(child<QLineEdit>(&dialog, "host"), QStringLiteral("127.0.0.2"));
        QTest::keyClicks(child<QLineEdit>(&dialog, "username"), QStringLiteral("other"));
        auto *auth = child<QComboBox>(&dialog, "auth");
        auth->setCurrentIndex(auth->findData(int(AuthMethod::Password)));
        QTest::keyClicks(child<QLineEdit>(&dialog, "password"), QStringLiteral("not this one"));
        QTest::mouseClick(okButton(&dialog), Qt::LeftButton);
        QTRY_VERIFY(child<QLabel>(&dialog, "saveError")->text().contains(QStringLiteral("lab1")));
        QVERIFY(dialog.isVisible());
        QVERIFY(!okButton(&dialog)->isEnabled());
        QCOMPARE(ServerRepository(m_store->db()).list()->size(), 1);
        auto secrets = SecretStoreFactory::create({});
        QCOMPARE(secrets.store->read(SecretStore::passwordKey(m_serverId)).secret,
                 m_user->password());
    }

    void testConnectionPinsTheHostKeyOnlyAfterConfirmation() {
        QVERIFY(m_serverId > 0);
        {
            auto dialog = editDialog();
            QVERIFY(child<QLineEdit>(dialog.get(), "password")->text().isEmpty());
            QString question;
            // First "No": nothing is pinned.
            ConsoleTestStore::answerNextMessageBox([&](QMessageBox *box) {
                question = box->text();
                box->button(QMessageBox::No)->click();
            });
            QTest::mouseClick(child<QPushButton>(dialog.get(), "testConnection"), Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(!question.isEmpty(), 15000);
            QVERIFY2(question.contains(m_sshd->hostKeyFingerprint()), qPrintable(question));
            auto *result = child<QLabel>(dialog.get(), "connectionResult");
            QTRY_VERIFY(result->text().contains(QStringLiteral("Not pinned")));
            QVERIFY(result->text().contains(m_sshd->hostKeyFingerprint()));
            QVERIFY(pinOf(m_store->db(), m_serverId).isEmpty());

            // Then "Yes": pinned in the store.
            ConsoleTestStore::answerNextMessageBox(
                [](QMessageBox *box) { box->button(QMessageBox::Yes)->click(); });
            QTest::mouseClick(child<QPushButton>(dialog.get(), "testConnection"), Qt::LeftButton);
            QTRY_COMPARE_WITH_TIMEOUT(pinOf(m_store->db(), m_serverId),
                                      m_sshd->hostKeyFingerprint(), 15000);
            QCOMPARE(child<QLineEdit>(dialog.get(), "hostKey")->text(),
                     m_sshd->hostKeyFingerprint());
            QTRY_VERIFY(result->text().startsWith(QStringLiteral("Pinned")));
        }
        // Connecting again with the pin asks nothing.
        auto dialog = editDialog();
        QCOMPARE(child<QLineEdit>(dialog.get(), "hostKey")->text(), m_sshd->hostKeyFingerprint());
        QTest::mouseClick(child<QPushButton>(dialog.get(), "testConnection"), Qt::LeftButton);
        auto *result = child<QLabel>(dialog.get(), "connectionResult");
        QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(QStringLiteral("Connected")), 15000);
        QVERIFY(result->text().contains(m_sshd->hostKeyFingerprint()));
        QVERIFY(!QApplication::activeModalWidget() ||
                !qobject_cast<QMessageBox *>(QApplication::activeModalWidget()));
    }

    void aChangedHostKeyIsShownWithBothFingerprintsAndNotPinned() {
        const QString oldKey = m_sshd->hostKeyFingerprint();
        QCOMPARE(pinOf(m_store->db(), m_serverId), oldKey);
        // The server gets another host key, as after a reinstall (or an attack).
        const QString keyFile = m_sshd->directory() + QStringLiteral("/hostkey_ed25519");
        QFile::remove(keyFile);
        QFile::remove(keyFile + QStringLiteral(".pub"));
        QCOMPARE(QProcess::execute(QStringLiteral("ssh-keygen"),
                                   {QStringLiteral("-q"), QStringLiteral("-t"),
                                    QStringLiteral("ed25519"), QStringLiteral("-N"), QString(),
                                    QStringLiteral("-f"), keyFile}),
                 0);
        QVERIFY2(m_sshd->restart(), qPrintable(m_sshd->error()));
        const QString newKey = SshdFixture::fingerprintOf(keyFile + QStringLiteral(".pub"));
        QVERIFY(newKey.startsWith(QStringLiteral("SHA256:")));
        QVERIFY(newKey != oldKey);

        auto dialog = editDialog();
        QString warning;
        QString title;
        ConsoleTestStore::answerNextMessageBox([&](QMessageBox *box) {
            warning = box->text();
            title = box->objectName();
            child<QPushButton>(box, "keepPinButton")->click();
        });
        QTest::mouseClick(child<QPushButton>(dialog.get(), "testConnection"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!warning.isEmpty(), 15000);
        QCOMPARE(title, QStringLiteral("hostKeyChangedWarning"));
        QVERIFY2(warning.contains(oldKey) && warning.contains(newKey), qPrintable(warning));
        auto *result = child<QLabel>(dialog.get(), "connectionResult");
        QTRY_VERIFY(result->text().contains(QStringLiteral("old pin was kept")));
        QVERIFY(result->text().contains(oldKey) && result->text().contains(newKey));
        QCOMPARE(pinOf(m_store->db(), m_serverId), oldKey);
        QCOMPARE(child<QLineEdit>(dialog.get(), "hostKey")->text(), oldKey);

        // Re-pinned only on the explicit confirmation.
        ConsoleTestStore::answerNextMessageBox(
            [](QMessageBox *box) { child<QPushButton>(box, "repinButton")->click(); });
        QTest::mouseClick(child<QPushButton>(dialog.get(), "testConnection"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(pinOf(m_store->db(), m_serverId), newKey, 15000);
    }
};

QTEST_MAIN(TestServerDialog)
#include "TestServerDialog.moc"
