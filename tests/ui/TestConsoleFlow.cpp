// What an operator does first, end to end through the console as `fleetcron` wires it
// (ConsoleDialogs::serve): add a server through the server dialog (key login to a real sshd on
// 127.0.0.1), add a task through the task dialog, select it, Run now from the toolbar, and read
// its output in the Runs view's log. Nothing is put into the store behind the console's back.
#include "ConsoleDialogs.h"
#include "ConsoleTestStore.h"
#include "MainWindow.h"
#include "RowListModel.h"
#include "RunTableModel.h"
#include "support/SshdFixture.h"
#include "support/TestUnixUser.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

#include <unistd.h>

using namespace fleetcron;
using fleetcron::test::ConsoleTestStore;
using fleetcron::test::SshdFixture;
using fleetcron::test::TestUnixUser;

namespace {

template <typename T> T *child(QObject *parent, const char *name) {
    return parent->findChild<T *>(QString::fromLatin1(name));
}

QDialog *openDialog(MainWindow &window, const char *name) {
    QDialog *dialog = nullptr;
    const bool opened = QTest::qWaitFor(
        [&] {
            dialog = child<QDialog>(&window, name);
            return dialog && dialog->isVisible();
        },
        5000);
    return opened ? dialog : nullptr;
}

void clickOk(QDialog *dialog) {
    QTest::mouseClick(child<QDialogButtonBox>(dialog, "buttons")->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
}

bool selectRowWithText(QTableView *view, int column, const QString &text) {
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        if (view->model()->index(row, column).data().toString() == text) {
            view->selectRow(row);
            return true;
        }
    }
    return false;
}

} // namespace

class TestConsoleFlow : public QObject {
    Q_OBJECT
private slots:
    void addServerAndTaskThroughTheDialogsRunNowAndReadTheOutput() {
        if (::geteuid() != 0)
            QSKIP("the sshd fixture and the throw-away user need root (CI runs tests as root)");
        SshdFixture sshd;
        QVERIFY2(sshd.start(), qPrintable(sshd.error()));
        TestUnixUser user;
        QVERIFY2(user.isValid(), qPrintable(user.error()));
        ConsoleTestStore store;
        QVERIFY(store.ok());

        MainWindow window(store.host());
        ConsoleDialogs dialogs(store.host(), &window);
        dialogs.serve(window);
        window.resize(1100, 700);
        window.show();

        // Servers ▸ Add server…
        window.findChild<QAction *>(QStringLiteral("actionAddServer"))->trigger();
        QDialog *serverDialog = openDialog(window, "ServerDialog");
        QVERIFY(serverDialog);
        QTest::keyClicks(child<QLineEdit>(serverDialog, "name"), QStringLiteral("lab1"));
        QTest::keyClicks(child<QLineEdit>(serverDialog, "host"), sshd.host());
        child<QSpinBox>(serverDialog, "port")->setValue(sshd.port());
        QTest::keyClicks(child<QLineEdit>(serverDialog, "username"), user.name());
        auto *auth = child<QComboBox>(serverDialog, "auth");
        auth->setCurrentIndex(auth->findData(int(AuthMethod::Key)));
        QTest::keyClicks(child<QLineEdit>(serverDialog, "keyPath"), sshd.clientKeyPath());
        clickOk(serverDialog);
        // Saved, closed, and shown in the Servers view without waiting for a poll.
        QTRY_VERIFY(!child<QDialog>(&window, "ServerDialog"));
        window.showView(MainWindow::ServersView);
        auto *servers = child<QTableView>(&window, "serverTable");
        QTRY_COMPARE(servers->model()->rowCount(), 1);

        // Tasks ▸ Add task…
        window.findChild<QAction *>(QStringLiteral("actionAddTask"))->trigger();
        QDialog *taskDialog = openDialog(window, "TaskDialog");
        QVERIFY(taskDialog);
        QTest::keyClicks(child<QLineEdit>(taskDialog, "name"), QStringLiteral("disk-report"));
        QTest::keyClicks(child<QPlainTextEdit>(taskDialog, "body"),
                         QStringLiteral("echo report-from-$(hostname -s 2>/dev/null || echo lab); "
                                        "echo warn-line 1>&2"));
        auto *schedule = child<QLineEdit>(taskDialog, "schedule");
        schedule->clear();
        QTest::keyClicks(schedule, QStringLiteral("0 3 * * *"));
        auto *targets = child<QListWidget>(taskDialog, "servers");
        QTRY_COMPARE(targets->count(), 1);
        targets->item(0)->setCheckState(Qt::Checked);
        clickOk(taskDialog);
        QTRY_VERIFY(!child<QDialog>(&window, "TaskDialog"));

        // Select it and Run now.
        window.showView(MainWindow::TasksView);
        auto *tasks = child<QTableView>(&window, "taskTable");
        QTRY_COMPARE(tasks->model()->rowCount(), 1);
        tasks->selectRow(0);
        QAction *runNow = window.findChild<QAction *>(QStringLiteral("actionRunNow"));
        QTRY_VERIFY(runNow->isEnabled());
        runNow->trigger();

        // Runs: the run, its execution on lab1, and the output in the log view.
        window.showView(MainWindow::RunsView);
        auto *runs = child<QTableView>(&window, "runTable");
        QTRY_COMPARE_WITH_TIMEOUT(runs->model()->rowCount(), 1, 10000);
        QVERIFY(selectRowWithText(runs, RunTableModel::Task, QStringLiteral("disk-report")));
        QTRY_COMPARE_WITH_TIMEOUT(runs->model()->index(0, RunTableModel::Status).data().toString(),
                                  QStringLiteral("succeeded"), 20000);
        auto *log = window.findChild<QPlainTextEdit *>(QStringLiteral("executionLog"));
        QTRY_VERIFY_WITH_TIMEOUT(log->toPlainText().contains(QStringLiteral("report-from-")),
                                 10000);
        QVERIFY(log->toPlainText().contains(QStringLiteral("warn-line")));

        // The server's host key was pinned on first contact (accept-new, the default).
        auto stored = ServerRepository(store.db()).findByName(QStringLiteral("lab1"));
        QVERIFY(stored);
        QVERIFY(stored->hostKeySha256.startsWith(QStringLiteral("SHA256:")));
    }
};

QTEST_MAIN(TestConsoleFlow)
#include "TestConsoleFlow.moc"
