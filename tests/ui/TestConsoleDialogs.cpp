// The console's dialogs driven through their real widgets, with a real engine (EngineHost on a
// real SQLite file) behind them: what a dialog saves is read back from the store, what it
// exports is parsed back from the file, what it charts is compared with what was stored.
#include "ConsoleDialogs.h"
#include "ConsolePreferences.h"
#include "ConsoleTestStore.h"
#include "ConsoleTranslator.h"
#include "CsvExportDialog.h"
#include "SettingsDialog.h"
#include "TaskChartsDialog.h"
#include "TaskDialog.h"
#include "report/ExecutionReportWriter.h"
#include "schedule/Schedule.h"
#include "store/SettingKeys.h"
#include "store/SettingsRepository.h"

#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QLineSeries>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScatterSeries>
#include <QSemaphore>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedBarSeries>
#include <QTest>
#include <QTranslator>

using namespace fleetcron;
using fleetcron::test::ConsoleTestStore;

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

void typeInto(QLineEdit *edit, const QString &text) {
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

// RFC 4180 as ExecutionReportWriter writes it: quoted cells may hold commas, quotes and
// newlines.
QList<QStringList> parseCsv(const QString &text) {
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                cell += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row << cell;
            cell.clear();
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            row << cell;
            cell.clear();
            rows << row;
            row.clear();
        } else {
            cell += c;
        }
    }
    if (!cell.isEmpty() || !row.isEmpty())
        rows << (row << cell);
    return rows;
}

QList<qint64> exportedIds(const QString &path, int *columns = nullptr) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(file.readAll()));
    if (rows.isEmpty())
        return {};
    const qsizetype idColumn = rows.first().indexOf(QStringLiteral("execution_id"));
    if (columns)
        *columns = int(rows.first().size());
    QList<qint64> ids;
    for (qsizetype i = 1; i < rows.size(); ++i)
        ids << rows.at(i).at(idColumn).toLongLong();
    std::sort(ids.begin(), ids.end());
    return ids;
}

void saveScreenshot(QWidget *w, const QString &name) {
    const QString dir = qEnvironmentVariable("FLEETCRON_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    // Lay out what the last keystrokes changed, as the event loop would before painting.
    QCoreApplication::sendPostedEvents();
    w->layout()->activate();
    QVERIFY(w->grab().save(dir + u'/' + name));
}

} // namespace

class TestConsoleDialogs : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        // QSettings (the console's preferences) go to a throw-away directory.
        QVERIFY(m_config.isValid());
        qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
        QCoreApplication::setOrganizationName(QStringLiteral("fleetcron-test"));
        QCoreApplication::setApplicationName(QStringLiteral("fleetcron-test"));
    }

    void taskDialogKeepsOkDisabledForAnInvalidSchedule() {
        ConsoleTestStore store;
        QVERIFY(store.ok());
        const Server web = store.addServer(QStringLiteral("web1"));
        TaskDialog dialog(store.host(), std::nullopt);
        dialog.show();
        auto *servers = child<QListWidget>(&dialog, "servers");
        QTRY_COMPARE(servers->count(), 1);
        QCOMPARE(servers->item(0)->data(Qt::UserRole).toLongLong(), web.id);
        QTest::keyClicks(child<QLineEdit>(&dialog, "name"), QStringLiteral("disk"));
        QTest::keyClicks(child<QPlainTextEdit>(&dialog, "body"), QStringLiteral("df -h /"));
        servers->item(0)->setCheckState(Qt::Checked);
        auto *schedule = child<QLineEdit>(&dialog, "schedule");
        auto *error = child<QLabel>(&dialog, "scheduleError");
        QTest::keyClicks(schedule, QStringLiteral("61 * * * *"));
        const QString expected = Schedule::parse(QStringLiteral("61 * * * *")).error;
        QVERIFY(!expected.isEmpty());
        QCOMPARE(error->text(), expected);
        QVERIFY(error->isVisible());
        QVERIFY(!okButton(&dialog)->isEnabled());
        QCOMPARE(child<QListWidget>(&dialog, "schedulePreview")->count(), 0);
        // Pressing Return does not save either.
        QTest::keyClick(schedule, Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        QCOMPARE(TaskRepository(store.db()).list()->size(), 0);

        typeInto(schedule, QStringLiteral("*/5 * * * *"));
        QVERIFY(error->text().isEmpty());
        QVERIFY(!error->isVisible());
        QVERIFY(okButton(&dialog)->isEnabled());
        QCOMPARE(child<QListWidget>(&dialog, "schedulePreview")->count(), 5);

        // No target: the dialog says it runs on every server, and may save it so.
        servers->item(0)->setCheckState(Qt::Unchecked);
        QVERIFY(child<QLabel>(&dialog, "everyServerNote")->isVisible());
        QVERIFY(child<QLabel>(&dialog, "serversError")->text().isEmpty());
        QVERIFY(okButton(&dialog)->isEnabled());
    }

    void taskDialogPreviewMarksDaylightSavingAndSaves() {
        ConsoleTestStore store;
        QVERIFY(store.ok());
        const Server web = store.addServer(QStringLiteral("web1"), {QStringLiteral("web")});
        TaskDialog dialog(store.host(), std::nullopt);
        dialog.resize(980, 640);
        dialog.show();
        auto *servers = child<QListWidget>(&dialog, "servers");
        QTRY_COMPARE(servers->count(), 1);
        QTest::keyClicks(child<QLineEdit>(&dialog, "name"), QStringLiteral("nightly"));
        QTest::keyClicks(child<QPlainTextEdit>(&dialog, "body"),
                         QStringLiteral("/usr/local/bin/backup --all"));
        // Nothing picked yet: the dialog says the task would run on every server.
        auto *everyServer = child<QLabel>(&dialog, "everyServerNote");
        QVERIFY(everyServer->isVisible());
        servers->item(0)->setCheckState(Qt::Checked);
        QVERIFY(!everyServer->isVisible());
        auto *zone = child<QComboBox>(&dialog, "timeZone");
        zone->setCurrentText(QString());
        QTest::keyClicks(zone->lineEdit(), QStringLiteral("Europe/Berlin"));
        QCOMPARE(zone->currentText(), QStringLiteral("Europe/Berlin"));
        // 02:30 on 28 March: in 2027 that is the last Sunday of March, when Berlin's clocks
        // jump from 02:00 to 03:00, so that one fire lands at the end of the gap.
        QTest::keyClicks(child<QLineEdit>(&dialog, "schedule"), QStringLiteral("30 2 28 3 *"));
        auto *preview = child<QListWidget>(&dialog, "schedulePreview");
        QCOMPARE(preview->count(), 5);
        int marked = 0;
        for (int i = 0; i < preview->count(); ++i) {
            QListWidgetItem *item = preview->item(i);
            if (item->data(Qt::UserRole).toInt() == int(DstShift::AfterGap)) {
                ++marked;
                QVERIFY2(item->text().contains(QStringLiteral("2027-03-28 03:00")),
                         qPrintable(item->text()));
                QVERIFY(item->text().contains(QStringLiteral("DST")));
            } else {
                QVERIFY2(item->text().contains(QStringLiteral("-03-28 02:30")),
                         qPrintable(item->text()));
                QVERIFY(!item->text().contains(QStringLiteral("DST")));
            }
        }
        QCOMPARE(marked, 1);
        QCOMPARE(TaskRepository(store.db()).list()->size(), 0);
        saveScreenshot(&dialog, QStringLiteral("task-dialog.png"));

        QSpinBox *timeout = child<QSpinBox>(&dialog, "timeout");
        timeout->setValue(600);
        child<QSpinBox>(&dialog, "retries")->setValue(2);
        QTest::keyClicks(child<QLineEdit>(&dialog, "tags"), QStringLiteral("db, web"));
        QVERIFY(okButton(&dialog)->isEnabled());
        QTest::mouseClick(okButton(&dialog), Qt::LeftButton);
        QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
        auto saved = TaskRepository(store.db()).findByName(QStringLiteral("nightly"));
        QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().toString()));
        QCOMPARE(saved->schedule, QStringLiteral("30 2 28 3 *"));
        QCOMPARE(saved->timeZone, QStringLiteral("Europe/Berlin"));
        QCOMPARE(saved->body, QStringLiteral("/usr/local/bin/backup --all"));
        QCOMPARE(saved->serverIds, QList<qint64>{web.id});
        QCOMPARE(saved->serverTags, (QStringList{QStringLiteral("db"), QStringLiteral("web")}));
        QCOMPARE(saved->timeoutSeconds, 600);
        QCOMPARE(saved->retries, 2);
        QVERIFY(saved->nextFireAt.isValid());
        QCOMPARE(saved->nextFireAt.toTimeZone(QTimeZone("Europe/Berlin")).date().day(), 28);
    }

    void taskDialogShowsTheStoresRefusalAndSavesNothing() {
        ConsoleTestStore store;
        QVERIFY(store.ok());
        const Server web = store.addServer(QStringLiteral("web1"));
        store.addTask(QStringLiteral("disk"), web.id);
        TaskDialog dialog(store.host(), std::nullopt);
        dialog.show();
        auto *servers = child<QListWidget>(&dialog, "servers");
        QTRY_COMPARE(servers->count(), 1);
        QTest::keyClicks(child<QLineEdit>(&dialog, "name"), QStringLiteral("disk"));
        QTest::keyClicks(child<QPlainTextEdit>(&dialog, "body"), QStringLiteral("df"));
        QTest::keyClicks(child<QLineEdit>(&dialog, "schedule"), QStringLiteral("@hourly"));
        servers->item(0)->setCheckState(Qt::Checked);
        QVERIFY(okButton(&dialog)->isEnabled());
        QTest::mouseClick(okButton(&dialog), Qt::LeftButton);
        auto *saveError = child<QLabel>(&dialog, "saveError");
        QTRY_VERIFY(saveError->text().contains(QStringLiteral("already exists")));
        QVERIFY(dialog.isVisible());
        QVERIFY(child<QLabel>(&dialog, "nameError")->text().contains(QStringLiteral("disk")));
        QCOMPARE(TaskRepository(store.db()).list()->size(), 1);
        QCOMPARE(TaskRepository(store.db()).findByName(QStringLiteral("disk"))->schedule,
                 QStringLiteral("@daily"));
    }

    void taskDialogEditsAStoredTask() {
        ConsoleTestStore store;
        QVERIFY(store.ok());
        const Server web = store.addServer(QStringLiteral("web1"));
        const Task task = store.addTask(QStringLiteral("disk"), web.id);
        TaskDialog dialog(store.host(), task.id);
        dialog.show();
        auto *name = child<QLineEdit>(&dialog, "name");
        QTRY_COMPARE(name->text(), QStringLiteral("disk"));
        QCOMPARE(child<QListWidget>(&dialog, "servers")->item(0)->checkState(), Qt::Checked);
        QCOMPARE(child<QComboBox>(&dialog, "timeZone")->currentText(), QStringLiteral("UTC"));
        typeInto(child<QLineEdit>(&dialog, "schedule"), QStringLiteral("every 5 minutes"));
        QTest::mouseClick(okButton(&dialog), Qt::LeftButton);
        QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
        auto saved = TaskRepository(store.db()).find(task.id);
        QCOMPARE(saved->schedule, QStringLiteral("every 5 minutes"));
        QCOMPARE(TaskRepository(store.db()).list()->size(), 1);
    }

    void csvExportWritesExactlyTheRowsOfTheFilter() {
        ConsoleTestStore store;
        QVERIFY(store.ok());
        const Server a = store.addServer(QStringLiteral("web1"));
        const Server b = store.addServer(QStringLiteral("web2"));
        const Task disk = store.addTask(QStringLiteral("disk"), a.id);
        const Task load = store.addTask(QStringLiteral("load"), a.id);
        const QDateTime t0 = QDateTime::currentDateTimeUtc().addDays(-2);
        QList<qint64> diskFailed;
        QList<qint64> onB;
        for (int i = 0; i < 40; ++i) {
            const bool fail = i % 3 == 0;
            const QList<qint64> ids =
                store.addRun(i % 2 ? disk.id : load.id, {a.id, b.id}, t0.addSecs(60 * i), 1500,
                             fail ? RunStatus::Failed : RunStatus::Succeeded,
                             fail ? ExecutionStatus::Failed : ExecutionStatus::Succeeded);
            if (i % 2 && fail)
                diskFailed << ids;
            onB << ids.at(1);
        }
        std::sort(diskFailed.begin(), diskFailed.end());
        std::sort(onB.begin(), onB.end());
        QVERIFY(diskFailed.size() >= 10);

        // What the Runs view shows: failed executions of "disk".
        ExecutionRepository::Filter view;
        view.taskId = disk.id;
        view.status = ExecutionStatus::Failed;
        view.limit = 5; // a view's page size; the export has every matching row
        const QString viewFile = store.dir() + QStringLiteral("/view.csv");
        {
            CsvExportDialog dialog(store.host(), view);
            dialog.show();
            QVERIFY(child<QRadioButton>(&dialog, "useViewFilter")->isChecked());
            typeInto(child<QLineEdit>(&dialog, "file"), viewFile);
            QTest::mouseClick(child<QPushButton>(&dialog, "exportButton"), Qt::LeftButton);
            QTRY_VERIFY(
                child<QLabel>(&dialog, "exportStatus")
                    ->text()
                    .startsWith(
                        QStringLiteral("Exported %1 executions to ").arg(diskFailed.size())));
            QVERIFY(child<QPushButton>(&dialog, "exportButton")->isEnabled());
        }
        int columns = 0;
        QCOMPARE(exportedIds(viewFile, &columns), diskFailed);
        QCOMPARE(columns,
                 int(ExecutionReportWriter::header(ExecutionReportWriter::Output::Omitted).size()));

        // A chosen range: one server, with output.
        const QString rangeFile = store.dir() + QStringLiteral("/range.csv");
        {
            CsvExportDialog dialog(store.host(), view);
            dialog.show();
            auto *server = child<QComboBox>(&dialog, "server");
            QTRY_COMPARE(server->count(), 3);
            auto *useRange = child<QRadioButton>(&dialog, "useRange");
            // On the indicator: a radio button only takes clicks on itself and its label.
            QTest::mouseClick(useRange, Qt::LeftButton, {}, QPoint(8, useRange->height() / 2));
            QVERIFY(useRange->isChecked());
            QVERIFY(server->isEnabled());
            server->setCurrentIndex(server->findText(QStringLiteral("web2")));
            child<QCheckBox>(&dialog, "withOutput")->setChecked(true);
            typeInto(child<QLineEdit>(&dialog, "file"), rangeFile);
            QCOMPARE(dialog.chosenFilter().serverId, b.id);
            QTest::mouseClick(child<QPushButton>(&dialog, "exportButton"), Qt::LeftButton);
            QTRY_VERIFY(child<QLabel>(&dialog, "exportStatus")
                            ->text()
                            .startsWith(QStringLiteral("Exported")));
        }
        QCOMPARE(exportedIds(rangeFile, &columns), onB);
        QCOMPARE(
            columns,
            int(ExecutionReportWriter::header(ExecutionReportWriter::Output::Included).size()));
        QFile range(rangeFile);
        QVERIFY(range.open(QIODevice::ReadOnly));
        QVERIFY(range.readAll().contains("out " + QByteArray::number(onB.first())));
    }

    void csvExportCancelledLeavesNoFile() {
        ConsoleTestStore store;
        QVERIFY(store.ok());
        const Server a = store.addServer(QStringLiteral("web1"));
        const Task disk = store.addTask(QStringLiteral("disk"), a.id);
        // Enough rows that the export is still running when Cancel is pressed.
        QList<qint64> servers;
        for (int i = 0; i < 20; ++i)
            servers << store.addServer(QStringLiteral("s%1").arg(i)).id;
        for (int i = 0; i < 100; ++i) {
            Run r;
            r.taskId = disk.id;
            r.trigger = RunTrigger::Manual;
            r.scheduledFor = QDateTime::currentDateTimeUtc().addSecs(-i);
            const Run run = RunRepository(store.db()).create(r).value();
            QList<Execution> executions;
            for (qint64 serverId : servers) {
                Execution e;
                e.runId = run.id;
                e.serverId = serverId;
                executions << e;
            }
            QVERIFY(ExecutionRepository(store.db()).createMany(executions));
        }
        const QString file = store.dir() + QStringLiteral("/cancelled.csv");
        CsvExportDialog dialog(store.host(), ExecutionRepository::Filter{});
        dialog.show();
        typeInto(child<QLineEdit>(&dialog, "file"), file);
        child<QCheckBox>(&dialog, "withOutput")->setChecked(true);
        auto *cancel = child<QPushButton>(&dialog, "cancelExport");
        QVERIFY(!cancel->isEnabled());
        // Hold the reader thread, so Cancel arrives while the export waits for it: the export
        // must then stop at its first row and leave no file.
        QSemaphore gate;
        store.host().read(
            this, [&gate](Services &) { return gate.tryAcquire(1, 10000); }, [](bool) {});
        QTest::mouseClick(child<QPushButton>(&dialog, "exportButton"), Qt::LeftButton);
        QVERIFY(cancel->isEnabled());
        QVERIFY(!child<QPushButton>(&dialog, "exportButton")->isEnabled());
        QTest::mouseClick(cancel, Qt::LeftButton);
        gate.release();
        auto *status = child<QLabel>(&dialog, "exportStatus");
        QTRY_COMPARE(status->text(), QStringLiteral("Cancelled; no file was written."));
        QVERIFY(child<QPushButton>(&dialog, "exportButton")->isEnabled());
        QVERIFY(!QFile::exists(file));
    }

    void chartsShowTheStoredCounts() {
        ConsoleTestStore store;
        QVERIFY(store.ok());
        const Server a = store.addServer(QStringLiteral("web1"));
        const Task disk = store.addTask(QStringLiteral("disk"), a.id);
        const Task other = store.addTask(QStringLiteral("other"), a.id);
        const QDateTime today = QDateTime(QDate::currentDate(), QTime(0, 0)).addSecs(60);
        const QDateTime yesterday = today.addDays(-1).addSecs(3600);
        for (int i = 0; i < 3; ++i)
            store.addRun(disk.id, {a.id}, today.toUTC().addSecs(i * 10), 2000 + 1000 * i,
                         RunStatus::Succeeded, ExecutionStatus::Succeeded);
        for (int i = 0; i < 2; ++i)
            store.addRun(disk.id, {a.id}, today.toUTC().addSecs(100 + i * 10), 9000,
                         RunStatus::Failed, ExecutionStatus::Failed);
        store.addRun(disk.id, {a.id}, yesterday.toUTC(), 4000, RunStatus::Partial,
                     ExecutionStatus::Failed);
        // Not counted: too old, another task, a skipped run.
        store.addRun(disk.id, {a.id}, today.toUTC().addDays(-45), 1000, RunStatus::Failed,
                     ExecutionStatus::Failed);
        store.addRun(other.id, {a.id}, today.toUTC(), 1000, RunStatus::Failed,
                     ExecutionStatus::Failed);
        store.addRun(disk.id, {}, today.toUTC().addSecs(200), 0, RunStatus::Skipped,
                     ExecutionStatus::Succeeded);

        TaskChartsDialog dialog(store.host(), disk.id);
        QSignalSpy loaded(&dialog, &TaskChartsDialog::loaded);
        dialog.resize(800, 700);
        dialog.show();
        QVERIFY(loaded.wait(10000));
        QCOMPARE(child<QLabel>(&dialog, "summary")->text(),
                 QStringLiteral("6 runs in the last 30 days, 3 failed"));
        QChart *durations = child<QChartView>(&dialog, "durationChart")->chart();
        auto *line = durations->findChild<QLineSeries *>(QStringLiteral("durations"));
        auto *failures = durations->findChild<QScatterSeries *>(QStringLiteral("failures"));
        QVERIFY(line && failures);
        QCOMPARE(line->count(), 6);
        QCOMPARE(failures->count(), 3);
        QCOMPARE(line->at(0).y(), 4.0); // yesterday's run came first and took 4 s
        QChart *daily = child<QChartView>(&dialog, "dailyChart")->chart();
        auto *bars = daily->findChild<QStackedBarSeries *>(QStringLiteral("perDay"));
        QVERIFY(bars);
        QCOMPARE(bars->barSets().size(), 2);
        QBarSet *ok = bars->barSets().at(0);
        QBarSet *bad = bars->barSets().at(1);
        QCOMPARE(ok->count(), 30);
        QCOMPARE(ok->at(29), 3.0);  // today
        QCOMPARE(bad->at(29), 2.0); // today
        QCOMPARE(ok->at(28), 0.0);  // yesterday
        QCOMPARE(bad->at(28), 1.0); // yesterday: a partial run counts as failed
        double all = 0;
        for (int i = 0; i < ok->count(); ++i)
            all += ok->at(i) + bad->at(i);
        QCOMPARE(all, 6.0);
        saveScreenshot(&dialog, QStringLiteral("task-charts.png"));

        // A shorter window leaves the old run out and keeps today's.
        child<QSpinBox>(&dialog, "days")->setValue(1);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(child<QLabel>(&dialog, "summary")->text(),
                 QStringLiteral("5 runs in the last 1 days, 2 failed"));
    }

    void settingsDialogSavesSharedSettingsAndConsolePreferences() {
        ConsoleTestStore store;
        QVERIFY(store.ok());
        QVERIFY(SettingsRepository(store.db())
                    .setValue(SettingKeys::retentionDays(), QStringLiteral("30")));
        SettingsDialog dialog(store.host());
        dialog.show();
        auto *days = child<QSpinBox>(&dialog, "retentionDays");
        QTRY_COMPARE(days->value(), 30);
        QVERIFY(okButton(&dialog)->isEnabled());
        QCOMPARE(child<QSpinBox>(&dialog, "globalLimit")->value(), 64);
        QVERIFY(child<QLabel>(&dialog, "restartNote")->text().contains(QStringLiteral("start")));
        days->setValue(14);
        child<QSpinBox>(&dialog, "retentionRuns")->setValue(200);
        child<QSpinBox>(&dialog, "globalLimit")->setValue(8);
        child<QSpinBox>(&dialog, "defaultOutputCap")->setValue(256);
        auto *lease = child<QSpinBox>(&dialog, "leaseSeconds");
        QCOMPARE(lease->value(), 15);
        QCOMPARE(lease->minimum(), 3); // the service's range: nothing it would refuse
        lease->setValue(45);
        auto *language = child<QComboBox>(&dialog, "language");
        language->setCurrentIndex(language->findData(QStringLiteral("fr")));
        typeInto(child<QLineEdit>(&dialog, "database"), store.path());
        QTest::mouseClick(okButton(&dialog), Qt::LeftButton);
        QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
        SettingsRepository settings(store.db());
        QCOMPARE(settings.value(SettingKeys::retentionDays()).value(), QStringLiteral("14"));
        QCOMPARE(settings.value(SettingKeys::retentionRunsPerTask()).value(),
                 QStringLiteral("200"));
        QCOMPARE(settings.value(SettingKeys::globalLimit()).value(), QStringLiteral("8"));
        QCOMPARE(settings.value(SettingKeys::defaultMaxOutputBytes()).value(),
                 QStringLiteral("262144"));
        QCOMPARE(settings.value(SettingKeys::leaseSeconds()).value(), QStringLiteral("45"));
        QCOMPARE(ConsolePreferences::language(), QStringLiteral("fr"));
        QCOMPARE(ConsolePreferences::database(), store.path());

        // A new task starts with the default output cap just set.
        store.addServer(QStringLiteral("web1"));
        TaskDialog task(store.host(), std::nullopt);
        task.show();
        QTRY_COMPARE(child<QSpinBox>(&task, "maxOutput")->value(), 256);
    }

    void consoleDialogsOpensTheRightDialogs() {
        ConsoleTestStore store;
        QVERIFY(store.ok());
        const Server a = store.addServer(QStringLiteral("web1"));
        const Task disk = store.addTask(QStringLiteral("disk"), a.id);
        QWidget window;
        window.show();
        ConsoleDialogs dialogs(store.host(), &window);
        dialogs.addServer();
        dialogs.editTask(disk.id);
        dialogs.charts(disk.id);
        dialogs.exportCsv(ExecutionRepository::Filter{});
        dialogs.settings();
        QCOMPARE(window.findChildren<QDialog *>(QStringLiteral("ServerDialog")).size(), 1);
        QCOMPARE(window.findChildren<QDialog *>(QStringLiteral("TaskDialog")).size(), 1);
        QCOMPARE(window.findChildren<QDialog *>(QStringLiteral("TaskChartsDialog")).size(), 1);
        QCOMPARE(window.findChildren<QDialog *>(QStringLiteral("CsvExportDialog")).size(), 1);
        QCOMPARE(window.findChildren<QDialog *>(QStringLiteral("SettingsDialog")).size(), 1);
        auto *task = window.findChild<QDialog *>(QStringLiteral("TaskDialog"));
        QTRY_COMPARE(child<QLineEdit>(task, "name")->text(), QStringLiteral("disk"));
        QSignalSpy saved(&dialogs, &ConsoleDialogs::taskSaved);
        QTest::mouseClick(okButton(task), Qt::LeftButton);
        QTRY_COMPARE(saved.size(), 1);
        QCOMPARE(saved.at(0).at(0).value<Task>().id, disk.id);
        for (QDialog *d : window.findChildren<QDialog *>())
            d->close(); // WA_DeleteOnClose
        QTRY_COMPARE(window.findChildren<QDialog *>().size(), 0);
    }

    // Last: it installs translators on the application.
    void embeddedTranslationsLoad() {
        QCOMPARE(ConsoleTranslator::install(*qApp, QStringLiteral("de")), QStringLiteral("de"));
        ConsoleTestStore store;
        QVERIFY(store.ok());
        TaskDialog german(store.host(), std::nullopt);
        QCOMPARE(german.windowTitle(), QStringLiteral("Aufgabe hinzufügen"));
        for (QTranslator *t : qApp->findChildren<QTranslator *>())
            QCoreApplication::removeTranslator(t);
        QCOMPARE(ConsoleTranslator::install(*qApp, QStringLiteral("fr")), QStringLiteral("fr"));
        TaskDialog french(store.host(), std::nullopt);
        QCOMPARE(french.windowTitle(), QStringLiteral("Ajouter une tâche"));
        for (QTranslator *t : qApp->findChildren<QTranslator *>())
            QCoreApplication::removeTranslator(t);
        // English needs no file and installs nothing.
        QCOMPARE(ConsoleTranslator::install(*qApp, QStringLiteral("en")), QString());
    }

private:
    QTemporaryDir m_config;
};

QTEST_MAIN(TestConsoleDialogs)
#include "TestConsoleDialogs.moc"
