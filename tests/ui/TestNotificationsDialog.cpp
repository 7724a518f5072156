// Task → Notification rules… driven through its real widgets with a real engine (EngineHost on
// a real SQLite file): a rule added in the dialog is the rule the CLI lists (the real fleetcron
// binary on the same file), secrets kept out of the table; bad input is refused with the
// service's sentence beside the field and nothing saved; Remove asks, then the CLI sees none.
// FLEETCRON_SCREENSHOT_DIR=docs/screenshots (under xvfb-run -a) saves notifications.png.
#include "ConsoleTestStore.h"
#include "MainWindow.h"
#include "NotificationRuleDialog.h"
#include "NotificationsDialog.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace fleetcron;
using fleetcron::test::ConsoleTestStore;

namespace {

QString s(const char *text) {
    return QString::fromUtf8(text);
}

// `fleetcron ARGS` on the store's file; its exit code (-1: did not run).
int cli(ConsoleTestStore &store, const QStringList &args, QByteArray *out = nullptr) {
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(s("FLEETCRON_DB"), store.path());
    env.insert(s("FLEETCRON_SECRETS"), s("file"));
    env.insert(s("FLEETCRON_SECRETS_DIR"), store.dir() + s("/secrets"));
    env.insert(s("FLEETCRON_CONFIG_DIR"), store.dir() + s("/conf"));
    env.insert(s("XDG_CONFIG_HOME"), store.dir() + s("/config"));
    p.setProcessEnvironment(env);
    p.start(qEnvironmentVariable("FLEETCRON_BINARY"), args);
    if (!p.waitForStarted(10000) || !p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return -1;
    }
    if (out)
        *out = p.readAllStandardOutput();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

// `fleetcron notify list --json`: what the CLI face sees.
QJsonArray cliRules(ConsoleTestStore &store) {
    QByteArray out;
    if (cli(store, {s("notify"), s("list"), s("--json")}, &out) != 0)
        return {{s("cli failed")}};
    return QJsonDocument::fromJson(out).array();
}

QStringList row(QTableWidget *table, int r) {
    QStringList out;
    for (int c = 0; c < table->columnCount(); ++c)
        out << (table->item(r, c) ? table->item(r, c)->text() : QString());
    return out;
}

} // namespace

class TestNotificationsDialog : public QObject {
    Q_OBJECT

    static NotificationRuleDialog *openAdd(NotificationsDialog &dialog) {
        QTest::mouseClick(dialog.findChild<QPushButton *>(s("addRule")), Qt::LeftButton);
        return dialog.findChild<NotificationRuleDialog *>();
    }

private slots:
    void initTestCase() { QVERIFY(!qEnvironmentVariableIsEmpty("FLEETCRON_BINARY")); }

    void aRuleAddedHereIsTheRuleTheCliLists() {
        ConsoleTestStore store;
        QVERIFY(store.ok());
        const Task backup = store.addTask(s("backup"), store.addServer(s("web1")).id);
        NotificationsDialog dialog(store.host());
        QSignalSpy reloaded(&dialog, &NotificationsDialog::reloaded);
        dialog.show();
        QVERIFY(reloaded.wait(10000));
        auto *rules = dialog.findChild<QTableWidget *>(s("rules"));
        QCOMPARE(rules->rowCount(), 0);

        NotificationRuleDialog *add = openAdd(dialog);
        QVERIFY(add);
        QSignalSpy saved(add, &NotificationRuleDialog::saved);
        QTest::keyClicks(add->findChild<QLineEdit *>(s("name")), s("ops-hook"));
        add->findChild<QComboBox *>(s("task"))->setCurrentText(s("backup"));
        add->findChild<QCheckBox *>(s("event-failure"))->setChecked(true);
        add->findChild<QCheckBox *>(s("event-recovered"))->setChecked(true);
        QTest::keyClicks(
            add->findChild<QLineEdit *>(s("url")),
            s("http://ops:pw@127.0.0.1:9/hooks/T0ABCDEF/B0GHIJKLMNOPQRSTUV?token=abc"));
        auto *format = add->findChild<QComboBox *>(s("format"));
        format->setCurrentIndex(format->findData(s("cloudevents")));
        QTest::keyClicks(add->findChild<QLineEdit *>(s("secret")), s("s3cret"));
        QTest::mouseClick(add->findChild<QPushButton *>(s("ok")), Qt::LeftButton);
        QVERIFY(saved.wait(10000));
        QTRY_COMPARE_WITH_TIMEOUT(rules->rowCount(), 1, 10000);

        // The CLI face: the same rule, as typed in the dialog.
        const QJsonArray listed = cliRules(store);
        QCOMPARE(listed.size(), 1);
        const QJsonObject r = listed.at(0).toObject();
        QCOMPARE(r[s("name")].toString(), s("ops-hook"));
        QCOMPARE(r[s("task_id")].toInteger(), backup.id);
        QCOMPARE(r[s("channel")].toString(), s("webhook"));
        QCOMPARE(r[s("events")].toVariant().toStringList(),
                 QStringList({s("failure"), s("recovered")}));
        QCOMPARE(r[s("url")].toString(),
                 s("http://ops:pw@127.0.0.1:9/hooks/T0ABCDEF/B0GHIJKLMNOPQRSTUV?token=abc"));
        QCOMPARE(r[s("format")].toString(), s("cloudevents"));
        QVERIFY(r[s("has_secret")].toBool());

        // The table says the same, without the password, the token or the secret.
        const QStringList shown = row(rules, 0);
        QCOMPARE(shown.at(0), s("ops-hook"));
        QCOMPARE(shown.at(1), s("task backup"));
        QCOMPARE(shown.at(2), s("failure, recovered"));
        QCOMPARE(shown.at(3), s("webhook (cloudevents)"));
        QVERIFY2(!shown.join(u'|').contains(s("pw")) && !shown.join(u'|').contains(s("abc")) &&
                     !shown.join(u'|').contains(s("B0GHIJKLMNOPQRSTUV")) &&
                     !shown.join(u'|').contains(s("s3cret")),
                 qPrintable(shown.join(u'|')));
        QVERIFY2(shown.at(4).startsWith(s("http://ops@127.0.0.1:9/hooks/T0ABCDEF/B0GH")),
                 qPrintable(shown.at(4)));

        // A delivery the CLI made (`notify test`; nothing listens on port 9) shows, failed.
        QVERIFY(cli(store, {s("notify"), s("test"), s("ops-hook")}) > 0);
        QTest::mouseClick(dialog.findChild<QPushButton *>(s("refresh")), Qt::LeftButton);
        QVERIFY(reloaded.wait(10000));
        auto *deliveries = dialog.findChild<QTableWidget *>(s("deliveries"));
        QCOMPARE(deliveries->rowCount(), 1);
        const QStringList attempt = row(deliveries, 0);
        QCOMPARE(attempt.at(1), s("ops-hook"));
        QCOMPARE(attempt.at(5), s("failed"));
        QVERIFY2(!attempt.at(7).isEmpty(), qPrintable(attempt.join(u'|')));

        if (const QString dir = qEnvironmentVariable("FLEETCRON_SCREENSHOT_DIR"); !dir.isEmpty()) {
            NotificationRuleDialog *form = openAdd(dialog);
            QTest::keyClicks(form->findChild<QLineEdit *>(s("name")), s("ops-hook"));
            QTest::keyClicks(form->findChild<QLineEdit *>(s("url")), s("ftp://example"));
            QSignalSpy refused(form, &NotificationRuleDialog::refused);
            QTest::mouseClick(form->findChild<QPushButton *>(s("ok")), Qt::LeftButton);
            QVERIFY(refused.wait(10000));
            QCoreApplication::sendPostedEvents();
            dialog.layout()->activate();
            QVERIFY(dialog.grab().save(dir + s("/notifications.png")));
            form->layout()->activate();
            QVERIFY(form->grab().save(dir + s("/notification-rule.png")));
            form->close();
        }

        // Remove asks first; then the CLI lists nothing.
        rules->selectRow(0);
        ConsoleTestStore::answerNextMessageBox([](QMessageBox *box) {
            QCOMPARE(box->objectName(), s("confirmRemoveRule"));
            box->findChild<QPushButton *>(s("confirmYes"))->click();
        });
        QTest::mouseClick(dialog.findChild<QPushButton *>(s("removeRule")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(rules->rowCount(), 0, 10000);
        QCOMPARE(cliRules(store).size(), 0);
    }

    void badInputIsRefusedWithTheServicesSentenceAndNothingSaved() {
        ConsoleTestStore store;
        QVERIFY(store.ok());
        NotificationsDialog dialog(store.host());
        QSignalSpy reloaded(&dialog, &NotificationsDialog::reloaded);
        QVERIFY(reloaded.wait(10000));
        NotificationRuleDialog *add = openAdd(dialog);
        QSignalSpy refused(add, &NotificationRuleDialog::refused);
        QSignalSpy saved(add, &NotificationRuleDialog::saved);
        auto *ok = add->findChild<QPushButton *>(s("ok"));
        auto *name = add->findChild<QLineEdit *>(s("name"));
        auto *url = add->findChild<QLineEdit *>(s("url"));

        // Not an http(s) URL: the sentence the CLI gives, beside the URL field; Add stays off.
        QTest::keyClicks(name, s("hook"));
        QTest::keyClicks(url, s("ftp://127.0.0.1/x"));
        QTest::mouseClick(ok, Qt::LeftButton);
        QVERIFY(refused.wait(10000));
        QCOMPARE(refused.takeFirst().at(0).toString(),
                 s("'ftp://127.0.0.1/x' is not an http:// or https:// URL"));
        QCOMPARE(add->findChild<QLabel *>(s("urlError"))->text(),
                 s("'ftp://127.0.0.1/x' is not an http:// or https:// URL"));
        QCOMPARE(add->findChild<QLabel *>(s("eventsHint"))->text(),
                 s("None ticked: failure, recovered, engine-lost (the channel's defaults)."));
        QVERIFY(!ok->isEnabled());
        QVERIFY(add->isVisible());

        // A task that does not exist, then a bad slow factor: refused alike.
        url->clear();
        QTest::keyClicks(url, s("https://127.0.0.1/x"));
        QVERIFY(ok->isEnabled());
        add->findChild<QComboBox *>(s("task"))->setCurrentText(s("no-such-task"));
        QTest::mouseClick(ok, Qt::LeftButton);
        QVERIFY(refused.wait(10000));
        QVERIFY2(refused.takeFirst().at(0).toString().contains(s("no-such-task")),
                 qPrintable(add->findChild<QLabel *>(s("banner"))->text()));
        add->findChild<QComboBox *>(s("task"))->setCurrentIndex(0); // every task
        QTest::keyClicks(add->findChild<QLineEdit *>(s("slowFactor")), s("0.5"));
        QTest::mouseClick(ok, Qt::LeftButton);
        QVERIFY(refused.wait(10000));
        QVERIFY(add->findChild<QLabel *>(s("slow_factorError"))
                    ->text()
                    .startsWith(s("slow factor: expected a number above 1")));

        QCOMPARE(saved.size(), 0);
        QCOMPARE(cliRules(store).size(), 0);
    }

    void taskMenuOpensIt() {
        ConsoleTestStore store;
        QVERIFY(store.ok());
        MainWindow window(store.host());
        auto *action = window.findChild<QAction *>(s("actionNotifications"));
        QVERIFY(action);
        QCOMPARE(action->text(), s("N&otification rules…"));
        QSignalSpy requested(&window, &MainWindow::notificationsRequested);
        action->trigger();
        QCOMPARE(requested.size(), 1);
    }
};

QTEST_MAIN(TestNotificationsDialog)
#include "TestNotificationsDialog.moc"
