// File → Import… driven through its real widgets with a real engine (EngineHost on a real
// SQLite file): the dry-run plan in the table, Import saving what it showed, a problem or a
// second import of the same names refused with the reason and nothing saved.
// FLEETCRON_SCREENSHOT_DIR=docs/screenshots (under xvfb-run -a) saves import.png.
#include "ConsoleTestStore.h"
#include "ImportDialog.h"
#include "MainWindow.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace fleetcron;
using fleetcron::test::ConsoleTestStore;

namespace {

const QByteArray crontab = "# nightly jobs\n"
                           "MAILTO=ops@example.com\n"
                           "CRON_TZ=Europe/Berlin\n"
                           "*/5 * * * * /usr/local/bin/check-disk.sh --warn 80\n"
                           "30 2 * * mon-fri cd /srv/app && ./backup.sh --full\n"
                           "@hourly php /var/www/artisan schedule:run\n"
                           "@reboot /opt/app/start.sh\n";

QString writeFile(const QString &dir, const QString &name, const QByteArray &text) {
    const QString path = dir + u'/' + name;
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(text);
    return path;
}

QStringList column(QTableWidget *table, int c) {
    QStringList out;
    for (int r = 0; r < table->rowCount(); ++r)
        out << table->item(r, c)->text();
    return out;
}

} // namespace

class TestImportDialog : public QObject {
    Q_OBJECT
private slots:
    void previewsThenImportsACrontab() {
        ConsoleTestStore store;
        QVERIFY(store.ok());
        store.addServer(QStringLiteral("web1"));
        const QString path = writeFile(store.dir(), QStringLiteral("crontab"), crontab);
        ImportDialog dialog(store.host());
        dialog.show();
        auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("plan"));
        auto *importButton = dialog.findChild<QPushButton *>(QStringLiteral("importButton"));
        auto *summary = dialog.findChild<QLabel *>(QStringLiteral("summary"));
        dialog.findChild<QLineEdit *>(QStringLiteral("targets"))->setText(QStringLiteral("web1"));
        QSignalSpy previewed(&dialog, &ImportDialog::previewed);
        dialog.previewFile(QStringLiteral("crontab"), path);
        QVERIFY(previewed.wait(10000));
        QVERIFY2(importButton->isEnabled(), qPrintable(summary->text()));
        const QStringList names = column(table, 2);
        QVERIFY(names.contains(QStringLiteral("check-disk")));
        QVERIFY(names.contains(QStringLiteral("backup")));
        QVERIFY(names.contains(QStringLiteral("artisan-schedule-run")));
        QVERIFY(names.contains(QStringLiteral("MAILTO")));
        QVERIFY(names.contains(QStringLiteral("@reboot")));
        QVERIFY(column(table, 3).join(u'\n').contains(QStringLiteral("(Europe/Berlin)")));
        QVERIFY(summary->text().startsWith(QStringLiteral("Dry run: 0 server(s), 3 task(s)")));
        QCOMPARE(TaskRepository(store.db()).list()->size(), 0);
        dialog.resize(1000, 420);
        if (const QString dir = qEnvironmentVariable("FLEETCRON_SCREENSHOT_DIR"); !dir.isEmpty()) {
            QCoreApplication::sendPostedEvents();
            dialog.layout()->activate();
            QVERIFY(dialog.grab().save(dir + QStringLiteral("/import.png")));
        }

        QSignalSpy imported(&dialog, &ImportDialog::imported);
        QTest::mouseClick(importButton, Qt::LeftButton);
        QVERIFY(imported.wait(10000));
        QVERIFY(summary->text().startsWith(QStringLiteral("Imported")));
        QVERIFY(!importButton->isEnabled());
        const auto tasks = TaskRepository(store.db()).list();
        QCOMPARE(tasks->size(), 3);
        auto backup = TaskRepository(store.db()).findByName(QStringLiteral("backup"));
        QVERIFY(backup);
        QCOMPARE(backup->timeZone, QStringLiteral("Europe/Berlin"));
        QCOMPARE(backup->schedule, QStringLiteral("30 2 * * mon-fri"));

        // The same file again: the names are taken, Import stays off, the table says why.
        dialog.previewFile(QStringLiteral("crontab"), path);
        QVERIFY(previewed.wait(10000));
        QVERIFY(!importButton->isEnabled());
        QVERIFY(summary->text().contains(QStringLiteral("3 problem(s)")));
        QVERIFY(column(table, 3).join(u'\n').contains(
            QStringLiteral("a task named 'backup' already exists")));
        QCOMPARE(TaskRepository(store.db()).list()->size(), 3);
    }

    void inventoryWithAProblemImportsNothing() {
        ConsoleTestStore store;
        QVERIFY(store.ok());
        const QString path = writeFile(store.dir(), QStringLiteral("hosts.ini"),
                                       "[web]\nweb1 ansible_host=127.0.0.11\nweb2 ansible_port=x\n");
        ImportDialog dialog(store.host());
        QSignalSpy previewed(&dialog, &ImportDialog::previewed);
        dialog.previewFile(QStringLiteral("ansible"), path);
        QVERIFY(previewed.wait(10000));
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("importButton"))->isEnabled());
        auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("plan"));
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("3"));
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("problem"));
        QVERIFY(table->item(0, 3)->text().contains(QStringLiteral("ansible_port 'x'")));
        QCOMPARE(ServerRepository(store.db()).list()->size(), 0);

        // Fixed, it imports both with the group as a tag.
        writeFile(store.dir(), QStringLiteral("hosts.ini"),
                  "[web]\nweb1 ansible_host=127.0.0.11\nweb2 ansible_port=2200\n");
        dialog.previewFile(QStringLiteral("ansible"), path);
        QVERIFY(previewed.wait(10000));
        QSignalSpy imported(&dialog, &ImportDialog::imported);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("importButton")),
                          Qt::LeftButton);
        QVERIFY(imported.wait(10000));
        auto web2 = ServerRepository(store.db()).findByName(QStringLiteral("web2"));
        QVERIFY(web2);
        QCOMPARE(web2->port, 2200);
        QCOMPARE(web2->tags, QStringList{QStringLiteral("web")});
    }

    void fileMenuOpensIt() {
        ConsoleTestStore store;
        QVERIFY(store.ok());
        MainWindow window(store.host());
        auto *action = window.findChild<QAction *>(QStringLiteral("actionImport"));
        QVERIFY(action);
        QCOMPARE(action->text(), QStringLiteral("&Import…"));
        QSignalSpy requested(&window, &MainWindow::importRequested);
        action->trigger();
        QCOMPARE(requested.size(), 1);
    }
};

QTEST_MAIN(TestImportDialog)
#include "TestImportDialog.moc"
