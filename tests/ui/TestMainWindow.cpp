// The console's main window with a real engine behind it: EngineHost opens a real SQLite file,
// runs go to a real sshd on 127.0.0.1 as a throw-away /bin/sh user, and the test drives the
// real widgets (findChild, QTest, QTRY_*) the way an operator would. A second engine is the
// real `fleetcron task run` process (FLEETCRON_BINARY) on the same database.
#include "ExecutionLogView.h"
#include "ExecutionTableModel.h"
#include "FailureNotifier.h"
#include "MainWindow.h"
#include "RunTableModel.h"
#include "ServerTableModel.h"
#include "TaskTableModel.h"
#include "runtime/EngineHost.h"
#include "scheduler/TaskTiming.h"
#include "store/Database.h"
#include "store/DatabaseLocation.h"
#include "store/NotificationRepository.h"
#include "store/RunRepository.h"
#include "store/ServerRepository.h"
#include "store/TaskRepository.h"
#include "store/Transaction.h"
#include "support/SshdFixture.h"
#include "support/TestUnixUser.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>

#include <memory>

using namespace fleetcron;
using fleetcron::test::SshdFixture;
using fleetcron::test::TestUnixUser;

class TestMainWindow : public QObject {
    Q_OBJECT

    SshdFixture m_sshd;
    TestUnixUser m_user;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db; // the test's own connection to the console's database

    QString dbPath() const { return m_dir->filePath(QStringLiteral("console.sqlite")); }

    Server addServer(const QString &name) {
        const Server s = m_sshd.server(name, m_user.name());
        auto created = ServerRepository(*m_db).create(s);
        if (!created)
            qFatal("%s", qPrintable(created.error().toString()));
        return created.value();
    }

    Task addTask(const QString &name, const QString &command, const QList<Server> &servers) {
        Task t;
        t.name = name;
        t.body = command;
        t.schedule = QStringLiteral("@every 1h"); // nothing fires by itself during a test
        for (const Server &s : servers)
            t.serverIds << s.id;
        // As the task dialog and the CLI do on saving.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        t.nextFireAt = TaskTiming::nextFireAfter(t, now, now);
        auto created = TaskRepository(*m_db).create(t);
        if (!created)
            qFatal("%s", qPrintable(created.error().toString()));
        return created.value();
    }

    // Finished runs written directly, as history a console opens on.
    void addRuns(qint64 taskId, int count, RunStatus status) {
        auto conn = m_db->connection();
        QVERIFY(conn);
        Transaction tx(conn.value(), m_db->dialect());
        QVERIFY(tx.ok());
        RunRepository runs(*m_db);
        const QDateTime base = QDateTime::currentDateTimeUtc().addDays(-1);
        for (int i = 0; i < count; ++i) {
            Run r;
            r.taskId = taskId;
            r.trigger = RunTrigger::Manual;
            r.status = status;
            r.scheduledFor = base.addSecs(i);
            r.startedAt = r.scheduledFor;
            r.finishedAt = r.startedAt.addMSecs(1500);
            QVERIFY(runs.create(r));
        }
        QVERIFY(tx.commit());
    }

    static QTableView *table(MainWindow &w, const char *name) {
        return w.findChild<QTableView *>(QString::fromLatin1(name));
    }
    static QAction *action(MainWindow &w, const char *name) {
        return w.findChild<QAction *>(QString::fromLatin1(name));
    }
    // Selects the row whose id (IdRole) is `id` in a view over one of the console's models.
    static bool selectId(QTableView *view, qint64 id) {
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            if (view->model()->index(row, 0).data(RowListModel<Server>::IdRole).toLongLong() ==
                id) {
                view->selectRow(row);
                return true;
            }
        }
        return false;
    }
    // Starts the engine and shows the console with `taskId` selected on the Tasks page; returns
    // the console's tray notifier (null if the task never showed).
    static FailureNotifier *showWithTaskSelected(EngineHost &engine, MainWindow &window,
                                                 qint64 taskId) {
        engine.start();
        window.show();
        window.showView(MainWindow::TasksView);
        if (!QTest::qWaitFor([&] { return selectId(table(window, "taskTable"), taskId); }))
            return nullptr;
        return window.findChild<FailureNotifier *>(QStringLiteral("failureNotifier"));
    }
    static QString cell(QTableView *view, int row, int column) {
        return view->model()->index(row, column).data().toString();
    }
    static RunTableModel *runModel(MainWindow &w) {
        return qobject_cast<RunTableModel *>(
            qobject_cast<QSortFilterProxyModel *>(table(w, "runTable")->model())->sourceModel());
    }
    static QString logText(MainWindow &w) {
        return w.findChild<QPlainTextEdit *>(QStringLiteral("executionLog"))->toPlainText();
    }
    // The newest run of the task as the console shows it: its row in the Runs view.
    static int rowOfTask(MainWindow &w, const QString &task) {
        QTableView *runs = table(w, "runTable");
        for (int row = 0; row < runs->model()->rowCount(); ++row) {
            if (cell(runs, row, RunTableModel::Task) == task)
                return row;
        }
        return -1;
    }
    static QMessageBox *messageBox(MainWindow &w, const char *name) {
        QMessageBox *box = w.findChild<QMessageBox *>(QString::fromLatin1(name));
        return box && box->isVisible() ? box : nullptr;
    }

private slots:
    void initTestCase() {
        QVERIFY2(m_sshd.start(), qPrintable(m_sshd.error()));
        QVERIFY2(m_user.isValid(), qPrintable(m_user.error()));
    }

    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        qputenv("FLEETCRON_SECRETS", "file");
        qputenv("FLEETCRON_SECRETS_DIR", m_dir->filePath(QStringLiteral("secrets")).toUtf8());
        qputenv("XDG_CONFIG_HOME", m_dir->filePath(QStringLiteral("config")).toUtf8());
        // The window's layout goes to this test's directory, fresh for every case.
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                           m_dir->filePath(QStringLiteral("config")));
        auto location = DatabaseLocation::resolve(dbPath());
        QVERIFY(location);
        auto db = Database::open(location.value());
        QVERIFY2(db, qPrintable(db.error().toString()));
        m_db = std::move(db).value();
    }

    void cleanup() {
        m_db.reset();
        m_dir.reset();
    }

    void modelsPassTheModelTester() {
        const Server web = addServer(QStringLiteral("web1"));
        const Task task = addTask(QStringLiteral("uptime"), QStringLiteral("uptime"), {web});
        addRuns(task.id, 450, RunStatus::Succeeded);
        EngineHost engine(dbPath());
        engine.start();

        ServerTableModel servers;
        QAbstractItemModelTester serversTester(&servers);
        servers.replaceAll({web});
        servers.replaceAll({web}); // same ids: a dataChanged, no reset
        servers.replaceAll({});
        QCOMPARE(servers.rowCount(), 0);

        TaskTableModel tasks;
        QAbstractItemModelTester tasksTester(&tasks);
        tasks.replaceAll({task});
        QCOMPARE(tasks.index(0, TaskTableModel::Name).data().toString(), task.name);

        RunTableModel runs(engine);
        QAbstractItemModelTester runsTester(&runs);
        runs.reload();
        // The tester itself calls fetchMore() as it checks, so only the end is exact.
        QTRY_VERIFY(runs.rowCount() >= RunTableModel::pageSize);
        for (int i = 0; i < 5 && runs.rowCount() < 450; ++i) {
            runs.fetchMore({});
            QTRY_VERIFY(!runs.isLoading());
        }
        QCOMPARE(runs.rowCount(), 450);
        QTRY_VERIFY(!runs.canFetchMore({}));
        addRuns(task.id, 3, RunStatus::Failed);
        QSignalSpy failed(&runs, &RunTableModel::runsFailed);
        runs.poll();
        QTRY_COMPARE(runs.rowCount(), 453);
        QCOMPARE(runs.index(0, RunTableModel::Status).data().toString(), QStringLiteral("failed"));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().first().value<QList<RunListRow>>().size(), 3);

        ExecutionTableModel executions;
        QAbstractItemModelTester executionsTester(&executions);
        executions.showRun(7);
        Execution e;
        e.id = 11;
        e.runId = 7;
        e.serverId = web.id;
        e.status = ExecutionStatus::Pending;
        executions.setExecutions(7, {e});
        executions.setServerNames({{web.id, web.name}});
        executions.executionStarted(11, 7);
        executions.applyPending();
        QCOMPARE(executions.index(0, ExecutionTableModel::Status).data().toString(),
                 QStringLiteral("running"));
        e.status = ExecutionStatus::Failed;
        e.exitCode = 2;
        executions.executionFinished(e);
        QTRY_COMPARE(executions.index(0, ExecutionTableModel::Status).data().toString(),
                     QStringLiteral("failed"));
        QCOMPARE(executions.index(0, ExecutionTableModel::Server).data().toString(), web.name);
    }

    void runNowFromToolbarShowsExecutionsAndOutput() {
        const Server web1 = addServer(QStringLiteral("web1"));
        const Server web2 = addServer(QStringLiteral("web2"));
        const Task task = addTask(QStringLiteral("greet"),
                                  QStringLiteral("echo out-first; echo err-line 1>&2; sleep 2; "
                                                 "echo out-last"),
                                  {web1, web2});
        EngineHost engine(dbPath());
        MainWindow window(engine);
        engine.start();
        window.show();
        window.showView(MainWindow::TasksView);
        QTableView *tasks = table(window, "taskTable");
        QTRY_COMPARE(tasks->model()->rowCount(), 1);
        QVERIFY(selectId(tasks, task.id));
        QAction *runNow = action(window, "actionRunNow");
        QVERIFY(runNow->isEnabled());
        runNow->trigger();

        window.showView(MainWindow::RunsView);
        QTableView *runs = table(window, "runTable");
        QTRY_COMPARE(runs->model()->rowCount(), 1);
        QCOMPARE(cell(runs, 0, RunTableModel::Task), QStringLiteral("greet"));
        runs->selectRow(0);
        QTableView *executions = table(window, "executionTable");
        QTRY_COMPARE(executions->model()->rowCount(), 2);
        // The first execution is shown at once; its output streams in while it runs.
        QTRY_VERIFY(window.selectedExecutionId() != 0);
        QTRY_VERIFY_WITH_TIMEOUT(logText(window).contains(QStringLiteral("out-first")), 15000);
        QVERIFY(!logText(window).contains(QStringLiteral("out-last")));
        QCOMPARE(cell(runs, 0, RunTableModel::Status), QStringLiteral("running"));
        QTRY_VERIFY_WITH_TIMEOUT(logText(window).contains(QStringLiteral("out-last")), 15000);
        QTRY_COMPARE_WITH_TIMEOUT(cell(runs, 0, RunTableModel::Status), QStringLiteral("succeeded"),
                                  15000);
        QTRY_COMPARE(cell(executions, 0, ExecutionTableModel::Status), QStringLiteral("succeeded"));
        QTRY_COMPARE(cell(executions, 1, ExecutionTableModel::Status), QStringLiteral("succeeded"));
        QCOMPARE(cell(executions, 0, ExecutionTableModel::Server), QStringLiteral("web1"));
        QCOMPARE(cell(executions, 0, ExecutionTableModel::ExitCode), QStringLiteral("0"));

        // stderr is visually apart: its text is drawn in another colour than stdout's.
        auto *log = window.findChild<QPlainTextEdit *>(QStringLiteral("executionLog"));
        auto colourOf = [log](const QString &text) {
            QTextCursor found = log->document()->find(text);
            return found.isNull() ? QColor() : found.charFormat().foreground().color();
        };
        QVERIFY(colourOf(QStringLiteral("err-line")).isValid());
        QVERIFY(colourOf(QStringLiteral("err-line")) != colourOf(QStringLiteral("out-first")));

        // The second server's output, by selecting its execution.
        executions->selectRow(1);
        QTRY_VERIFY(logText(window).contains(QStringLiteral("out-last")));
        QVERIFY(logText(window).contains(QStringLiteral("err-line")));

        // Ctrl+F finds in the output.
        auto *view = window.findChild<ExecutionLogView *>(QStringLiteral("executionLogView"));
        log->setFocus();
        QTest::keySequence(log, QKeySequence::Find);
        auto *search = window.findChild<QLineEdit *>(QStringLiteral("logSearch"));
        QTRY_VERIFY(search->isVisible());
        QTest::keyClicks(search, QStringLiteral("err-line"));
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(log->textCursor().selectedText(), QStringLiteral("err-line"));
        Q_UNUSED(view);
    }

    void failedRunIsReportedOnce() {
        const Server web = addServer(QStringLiteral("web1"));
        const Task task =
            addTask(QStringLiteral("broken"), QStringLiteral("echo boom 1>&2; exit 3"), {web});
        EngineHost engine(dbPath());
        MainWindow window(engine);
        FailureNotifier *notifier = showWithTaskSelected(engine, window, task.id);
        QVERIFY(notifier);
        QSignalSpy notices(notifier, &FailureNotifier::noticeShown);
        action(window, "actionRunNow")->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(notices.size(), 1, 20000);
        QVERIFY(notices.first().at(0).toString().contains(QStringLiteral("broken")));
        QVERIFY(notices.first().at(0).toString().contains(QStringLiteral("failed")));
        window.showView(MainWindow::RunsView);
        QTableView *runs = table(window, "runTable");
        QTRY_COMPARE(runs->model()->rowCount(), 1);
        runs->selectRow(0);
        QTRY_COMPARE(cell(table(window, "executionTable"), 0, ExecutionTableModel::ExitCode),
                     QStringLiteral("3"));
        QTRY_VERIFY(logText(window).contains(QStringLiteral("boom")));
        QTest::qWait(1500); // later polls do not report the same run again
        QCOMPARE(notices.size(), 1);
    }

    // A tray rule (issue 13) for a task's failure and recovery: the console's engine fires it,
    // the tray shows each event once, and the default failure notice stays quiet meanwhile
    // (else the failure would be told twice).
    void trayRuleTellsOfTheFailureThenTheRecoveryOnce() {
        const Server web = addServer(QStringLiteral("web1"));
        // Fails the first time, succeeds the next: a flag file the remote user makes and removes.
        const QString flag =
            QStringLiteral("/tmp/fleetcron-tray-%1").arg(QCoreApplication::applicationPid());
        QFile::remove(flag);
        const Task task = addTask(
            QStringLiteral("flaky"),
            QStringLiteral("if [ -e %1 ]; then rm -f %1; exit 0; fi; touch %1; echo boom 1>&2; "
                           "exit 3")
                .arg(flag),
            {web});
        NotificationRule rule;
        rule.name = QStringLiteral("desk");
        rule.taskId = task.id;
        rule.channel = QStringLiteral("tray");
        rule.events = {QStringLiteral("failure"), QStringLiteral("recovered")};
        auto created = NotificationRepository(*m_db).create(rule);
        QVERIFY(created);
        rule = created.value();

        EngineHost engine(dbPath());
        MainWindow window(engine);
        FailureNotifier *notifier = showWithTaskSelected(engine, window, task.id);
        QVERIFY(notifier);
        QSignalSpy notices(notifier, &FailureNotifier::noticeShown);

        action(window, "actionRunNow")->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(notices.size(), 1, 20000);
        const QString failed = notices.at(0).at(0).toString();
        QVERIFY2(failed.contains(QStringLiteral("flaky")) &&
                     failed.contains(QStringLiteral("failed")),
                 qPrintable(failed));

        // One notice per 10 s at most: the recovery may wait for the interval to pass.
        action(window, "actionRunNow")->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(notices.size(), 2, 30000);
        const QString recovered = notices.at(1).at(0).toString();
        QCOMPARE(recovered, QStringLiteral("flaky recovered"));
        QTest::qWait(1500); // the Runs page's own failure report does not add a third
        QCOMPARE(notices.size(), 2);
        // Both came through the rule, and its deliveries are recorded as for any channel.
        NotificationRepository::DeliveryFilter byRule;
        byRule.ruleId = rule.id;
        QStringList told;
        QTRY_VERIFY([&] {
            auto recorded = NotificationRepository(*m_db).deliveries(byRule);
            told.clear();
            for (const NotificationDelivery &d : recorded.value())
                told << d.event + u'=' + d.outcome;
            return told.size() == 2;
        }());
        QCOMPARE(told, (QStringList{QStringLiteral("recovered=delivered"),
                                    QStringLiteral("failure=delivered")}));
        QFile::remove(flag);
    }

    void runsViewFiltersInTheQuery() {
        const Server web = addServer(QStringLiteral("web1"));
        const Task alpha = addTask(QStringLiteral("alpha-backup"), QStringLiteral("true"), {web});
        const Task beta = addTask(QStringLiteral("beta-report"), QStringLiteral("true"), {web});
        addRuns(alpha.id, 5, RunStatus::Succeeded);
        addRuns(beta.id, 3, RunStatus::Succeeded);
        addRuns(beta.id, 2, RunStatus::Failed);
        EngineHost engine(dbPath());
        MainWindow window(engine);
        engine.start();
        window.show();
        window.showView(MainWindow::RunsView);
        QTableView *runs = table(window, "runTable");
        QTRY_COMPARE(runs->model()->rowCount(), 10);

        QTest::keyClicks(window.findChild<QLineEdit *>(QStringLiteral("runFilter")),
                         QStringLiteral("ALPHA"));
        QTRY_COMPARE(runs->model()->rowCount(), 5);
        for (int row = 0; row < 5; ++row)
            QCOMPARE(cell(runs, row, RunTableModel::Task), QStringLiteral("alpha-backup"));
        QCOMPARE(window.runsExportFilter().taskId, alpha.id);

        window.findChild<QLineEdit *>(QStringLiteral("runFilter"))->clear();
        auto *status = window.findChild<QComboBox *>(QStringLiteral("runStatusFilter"));
        status->setCurrentIndex(status->findData(QStringLiteral("failed")));
        QTRY_COMPARE(runs->model()->rowCount(), 2);
        QCOMPARE(cell(runs, 0, RunTableModel::Task), QStringLiteral("beta-report"));
        QVERIFY(window.runsExportFilter().status == ExecutionStatus::Failed);

        auto *task = window.findChild<QComboBox *>(QStringLiteral("runTaskFilter"));
        QTRY_VERIFY(task->findData(alpha.id) >= 0);
        task->setCurrentIndex(task->findData(alpha.id));
        QTRY_COMPARE(runs->model()->rowCount(), 0); // alpha never failed

        // Export asks for what the view shows.
        QSignalSpy exportSpy(&window, &MainWindow::exportRequested);
        action(window, "actionExport")->trigger();
        QCOMPARE(exportSpy.size(), 1);
        const auto filter = exportSpy.first().first().value<ExecutionRepository::Filter>();
        QCOMPARE(filter.taskId, alpha.id);
    }

    void cancelAsksFirst() {
        const Server web = addServer(QStringLiteral("web1"));
        const Task task = addTask(QStringLiteral("long"), QStringLiteral("sleep 30"), {web});
        EngineHost engine(dbPath());
        MainWindow window(engine);
        engine.start();
        window.show();
        window.showView(MainWindow::TasksView);
        QTRY_VERIFY(selectId(table(window, "taskTable"), task.id));
        action(window, "actionRunNow")->trigger();
        window.showView(MainWindow::RunsView);
        QTableView *runs = table(window, "runTable");
        QTRY_COMPARE(runs->model()->rowCount(), 1);
        runs->selectRow(0);
        QAction *cancel = action(window, "actionCancelRun");
        QTRY_VERIFY(cancel->isEnabled());

        cancel->trigger();
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = messageBox(window, "confirmCancel")) != nullptr);
        QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("confirmNo")),
                          Qt::LeftButton);
        QTest::qWait(1500);
        QCOMPARE(cell(runs, 0, RunTableModel::Status), QStringLiteral("running"));

        cancel->trigger();
        QTRY_VERIFY((box = messageBox(window, "confirmCancel")) != nullptr);
        QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("confirmYes")),
                          Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(cell(runs, 0, RunTableModel::Status), QStringLiteral("cancelled"),
                                  15000);
        QTRY_COMPARE(cell(table(window, "executionTable"), 0, ExecutionTableModel::Status),
                     QStringLiteral("cancelled"));
    }

    void deleteTaskAsksFirstAndDisableReachesTheStore() {
        const Server web = addServer(QStringLiteral("web1"));
        const Task task = addTask(QStringLiteral("doomed"), QStringLiteral("true"), {web});
        EngineHost engine(dbPath());
        MainWindow window(engine);
        engine.start();
        window.show();
        window.showView(MainWindow::TasksView);
        QTableView *tasks = table(window, "taskTable");
        QTRY_VERIFY(selectId(tasks, task.id));
        action(window, "actionDisableTask")->trigger();
        QTRY_COMPARE(cell(tasks, 0, TaskTableModel::Enabled), QStringLiteral("no"));
        QTRY_VERIFY(!TaskRepository(*m_db).find(task.id)->enabled);

        QVERIFY(selectId(tasks, task.id));
        action(window, "actionDeleteTask")->trigger();
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = messageBox(window, "confirmDeleteTask")) != nullptr);
        QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("confirmYes")),
                          Qt::LeftButton);
        QTRY_COMPARE(tasks->model()->rowCount(), 0);
        QVERIFY(!TaskRepository(*m_db).find(task.id));
    }

    void lazyLoadingFetchesMoreOnScroll() {
        const Server web = addServer(QStringLiteral("web1"));
        const Task task = addTask(QStringLiteral("often"), QStringLiteral("true"), {web});
        addRuns(task.id, 1000, RunStatus::Succeeded);
        EngineHost engine(dbPath());
        MainWindow window(engine);
        engine.start();
        window.show();
        window.showView(MainWindow::RunsView);
        QTableView *runs = table(window, "runTable");
        QTRY_COMPARE(runs->model()->rowCount(), RunTableModel::pageSize);
        // Newest first.
        QVERIFY(cell(runs, 0, RunTableModel::Id).toLongLong() >
                cell(runs, 1, RunTableModel::Id).toLongLong());
        for (int i = 0; i < 10 && runs->model()->rowCount() < 1000; ++i) {
            runs->scrollToBottom();
            const int before = runs->model()->rowCount();
            QTRY_VERIFY(runs->model()->rowCount() > before || before == 1000);
        }
        QCOMPARE(runs->model()->rowCount(), 1000);
        QVERIFY(!runModel(window)->canFetchMore({}));
    }

    void anotherEnginesRunsAndOutputAppear() {
        QVERIFY(!qEnvironmentVariableIsEmpty("FLEETCRON_BINARY"));
        const Server web = addServer(QStringLiteral("web1"));
        addTask(QStringLiteral("elsewhere"),
                QStringLiteral("echo from-cli; sleep 3; echo cli-done"), {web});
        EngineHost engine(dbPath());
        MainWindow window(engine);
        engine.start();
        window.show();
        window.showView(MainWindow::RunsView);
        QTableView *runs = table(window, "runTable");
        QTest::qWait(300);

        // `fleetcron task run` is a second engine in its own process, on the same database.
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("FLEETCRON_DB"), dbPath());
        cli.setProcessEnvironment(env);
        cli.start(qEnvironmentVariable("FLEETCRON_BINARY"),
                  {QStringLiteral("task"), QStringLiteral("run"), QStringLiteral("elsewhere"),
                   QStringLiteral("--wait")});
        QVERIFY(cli.waitForStarted());

        QTRY_VERIFY_WITH_TIMEOUT(rowOfTask(window, QStringLiteral("elsewhere")) >= 0, 10000);
        const int row = rowOfTask(window, QStringLiteral("elsewhere"));
        QVERIFY(!cell(runs, row, RunTableModel::Engine).isEmpty());
        runs->selectRow(row);
        QTRY_VERIFY_WITH_TIMEOUT(logText(window).contains(QStringLiteral("from-cli")), 10000);
        // Live from the other engine's execution_output, before that run has ended.
        QVERIFY(!logText(window).contains(QStringLiteral("cli-done")));
        QTRY_VERIFY_WITH_TIMEOUT(logText(window).contains(QStringLiteral("cli-done")), 15000);
        QTRY_COMPARE_WITH_TIMEOUT(
            cell(runs, rowOfTask(window, QStringLiteral("elsewhere")), RunTableModel::Status),
            QStringLiteral("succeeded"), 10000);
        QVERIFY2(cli.state() == QProcess::NotRunning || cli.waitForFinished(30000),
                 cli.readAllStandardError().constData());
        QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
    }

    void windowLayoutPersists() {
        {
            EngineHost engine(dbPath());
            MainWindow window(engine);
            engine.start();
            window.show();
            window.resize(1000, 700);
            window.showView(MainWindow::RunsView);
            window.findChild<QSplitter *>(QStringLiteral("runsSplitter"))->setSizes({100, 400});
            table(window, "runTable")->horizontalHeader()->resizeSection(RunTableModel::Task, 321);
            window.close();
        }
        EngineHost engine(dbPath());
        MainWindow window(engine);
        engine.start();
        window.show();
        QCOMPARE(window.findChild<QTabWidget *>(QStringLiteral("views"))->currentIndex(),
                 int(MainWindow::RunsView));
        QCOMPARE(table(window, "runTable")->horizontalHeader()->sectionSize(RunTableModel::Task),
                 321);
        const QList<int> sizes =
            window.findChild<QSplitter *>(QStringLiteral("runsSplitter"))->sizes();
        QVERIFY2(sizes.value(0) < sizes.value(1), qPrintable(QString::number(sizes.value(0))));
    }

    // Not a check but a tool: with FLEETCRON_SCREENSHOT_DIR set (run it under xvfb-run -a),
    // fills the console with real runs on the test sshd and saves each view as a PNG there.
    void screenshots() {
        const QString shots = qEnvironmentVariable("FLEETCRON_SCREENSHOT_DIR");
        if (shots.isEmpty())
            QSKIP("set FLEETCRON_SCREENSHOT_DIR to save the console's screenshots");
        QList<Server> fleet;
        for (const char *name : {"web1", "web2", "db1", "cache1"})
            fleet << addServer(QString::fromLatin1(name));
        fleet[0].tags = QStringList{QStringLiteral("web"), QStringLiteral("eu")};
        fleet[1].tags = QStringList{QStringLiteral("web"), QStringLiteral("us")};
        fleet[2].tags = QStringList{QStringLiteral("db")};
        fleet[2].maxParallel = 2;
        fleet[3].enabled = false;
        for (const Server &s : fleet)
            QVERIFY(ServerRepository(*m_db).update(s));
        const QList<Server> web{fleet[0], fleet[1]};
        QList<Task> tasks;
        tasks << addTask(QStringLiteral("backup-db"),
                         QStringLiteral("echo 'pg_dump: dumping database fleet'; sleep 1; "
                                        "echo 'wrote 12.4 MiB to "
                                        "/var/backups/fleet-2026-11-25.sql.gz'; "
                                        "echo 'pg_dump: warning: table audit_log is large' 1>&2; "
                                        "echo done"),
                         {fleet[2]});
        tasks << addTask(QStringLiteral("disk-usage"),
                         QStringLiteral("df -h / | tail -1; echo 'inodes ok'"), web);
        tasks << addTask(QStringLiteral("rotate-logs"),
                         QStringLiteral("echo 'rotating /var/log/app/*.log'; echo "
                                        "'logrotate: error: skipping /var/log/app/app.log: "
                                        "permission denied' 1>&2; exit 1"),
                         web);
        tasks << addTask(QStringLiteral("uptime"), QStringLiteral("uptime"), fleet.mid(0, 3));
        tasks << addTask(QStringLiteral("deploy-canary"),
                         QStringLiteral("for i in 1 2 3 4 5 6; do echo \"step $i/20: syncing "
                                        "release 2026.11.25-3\"; done; sleep 60"),
                         web);
        Task nightly = tasks[0];
        nightly.schedule = QStringLiteral("0 3 * * *");
        nightly.nextFireAt = TaskTiming::nextFireAfter(nightly, QDateTime::currentDateTimeUtc());
        QVERIFY(TaskRepository(*m_db).update(nightly));
        QVERIFY(TaskRepository(*m_db).setEnabled(tasks[3].id, false));

        EngineHost engine(dbPath());
        MainWindow window(engine);
        engine.start();
        window.resize(1280, 800);
        window.show();
        window.showView(MainWindow::TasksView);
        QTableView *taskTable = table(window, "taskTable");
        QTRY_COMPARE(taskTable->model()->rowCount(), 5);
        for (const Task &t : tasks) {
            QVERIFY(selectId(taskTable, t.id));
            action(window, "actionRunNow")->trigger();
            QTest::qWait(t.name == QStringLiteral("backup-db") ? 3000 : 800);
        }
        window.showView(MainWindow::RunsView);
        QTableView *runs = table(window, "runTable");
        QTRY_COMPARE_WITH_TIMEOUT(rowOfTask(window, QStringLiteral("uptime")) >= 0, true, 10000);
        QTest::qWait(2500);
        runs->selectRow(rowOfTask(window, QStringLiteral("backup-db")));
        QTRY_VERIFY_WITH_TIMEOUT(logText(window).contains(QStringLiteral("done")), 10000);
        QTest::qWait(1200);
        QVERIFY(window.grab().save(shots + QStringLiteral("/runs.png")));
        window.showView(MainWindow::ServersView);
        table(window, "serverTable")->selectRow(0);
        QTest::qWait(300);
        QVERIFY(window.grab().save(shots + QStringLiteral("/servers.png")));
        window.showView(MainWindow::TasksView);
        taskTable->selectRow(0);
        QTest::qWait(300);
        QVERIFY(window.grab().save(shots + QStringLiteral("/tasks.png")));
    }

    void saysWhyTheEngineCouldNotStart() {
        EngineHost engine(dbPath());
        MainWindow window(engine);
        EngineStatus status;
        status.error = QStringLiteral("database schema version 9 is newer than this fleetcron");
        window.showStatus(status);
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("engineState"))
                    ->text()
                    .contains(QStringLiteral("newer than this fleetcron")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
