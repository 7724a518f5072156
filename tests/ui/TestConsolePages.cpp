// The console's pages acting through the services, as an operator sees it: a change made in a
// dialog shows in the Audit view with face "console", enabling a disabled task computes its next
// fire from now, and removing a server removes its password from the secret store too. A real
// engine on a real SQLite file; secrets in a file store in the test's directory.
#include "AuditTableModel.h"
#include "ConsoleDialogs.h"
#include "ConsoleTestStore.h"
#include "MainWindow.h"
#include "TaskTableModel.h"
#include "secrets/SecretStore.h"
#include "secrets/SecretStoreFactory.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTest>

using namespace fleetcron;
using fleetcron::test::ConsoleTestStore;

namespace {

template <typename T> T *child(QObject *parent, const char *name) {
    return parent->findChild<T *>(QString::fromLatin1(name));
}

QString cell(QTableView *view, int row, int column) {
    return view->model()->index(row, column).data().toString();
}

bool selectRowWithText(QTableView *view, int column, const QString &text) {
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        if (cell(view, row, column) == text) {
            view->selectRow(row);
            return true;
        }
    }
    return false;
}

// The row of the newest audit entry with `action`, or -1.
int rowOfAction(QTableView *audit, const QString &action) {
    for (int row = 0; row < audit->model()->rowCount(); ++row) {
        if (cell(audit, row, AuditTableModel::Action) == action)
            return row;
    }
    return -1;
}

void answerYes(MainWindow &window, const char *question) {
    QMessageBox *box = nullptr;
    QVERIFY(QTest::qWaitFor(
        [&] {
            box = child<QMessageBox>(&window, question);
            return box && box->isVisible();
        },
        5000));
    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("confirmYes")), Qt::LeftButton);
}

} // namespace

class TestConsolePages : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<ConsoleTestStore> m_store;

    // A server with a password, saved the way every face saves one.
    Server addServerWithPassword(const QString &name, const QString &password) {
        Server s;
        s.name = name;
        s.host = QStringLiteral("127.0.0.1");
        s.username = QStringLiteral("ops");
        s.auth = AuthMethod::Password;
        std::optional<StoreResult<Server>> saved;
        m_store->host().call(
            this,
            [s, password](Services &services) {
                return services.servers.save(s, password, Actor::console());
            },
            [&saved](StoreResult<Server> result) { saved = std::move(result); });
        if (!QTest::qWaitFor([&] { return saved.has_value(); }, 10000) || !*saved)
            qFatal("seeding %s failed", qPrintable(name));
        return saved->value();
    }

private slots:
    void init() {
        m_store = std::make_unique<ConsoleTestStore>();
        QVERIFY(m_store->ok());
        // The window's layout goes to this test's directory, fresh for every case.
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                           m_store->dir() + QStringLiteral("/config"));
    }

    void cleanup() { m_store.reset(); }

    void aChangeMadeInADialogShowsInTheAuditViewAsTheConsoles() {
        MainWindow window(m_store->host());
        ConsoleDialogs dialogs(m_store->host(), &window);
        dialogs.serve(window);
        window.show();

        child<QAction>(&window, "actionAddServer")->trigger();
        QDialog *dialog = nullptr;
        QVERIFY(QTest::qWaitFor(
            [&] {
                dialog = child<QDialog>(&window, "ServerDialog");
                return dialog && dialog->isVisible();
            },
            5000));
        QTest::keyClicks(child<QLineEdit>(dialog, "name"), QStringLiteral("audited1"));
        QTest::keyClicks(child<QLineEdit>(dialog, "host"), QStringLiteral("127.0.0.1"));
        QTest::keyClicks(child<QLineEdit>(dialog, "username"), QStringLiteral("ops"));
        auto *auth = child<QComboBox>(dialog, "auth");
        auth->setCurrentIndex(auth->findData(int(AuthMethod::Password)));
        QTest::keyClicks(child<QLineEdit>(dialog, "password"), QStringLiteral("never-shown-42"));
        QTest::mouseClick(child<QDialogButtonBox>(dialog, "buttons")->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
        QTRY_VERIFY(!child<QDialog>(&window, "ServerDialog"));

        // View ▸ Audit log (Alt+4) reads the log when it is shown.
        QAction *show = child<QAction>(&window, "actionShowView3");
        QCOMPARE(show->shortcut(), QKeySequence(QStringLiteral("Alt+4")));
        show->trigger();
        auto *audit = child<QTableView>(&window, "auditTable");
        QVERIFY(audit->isVisible());
        int row = -1;
        QTRY_VERIFY((row = rowOfAction(audit, QStringLiteral("server.create"))) >= 0);
        QCOMPARE(cell(audit, row, AuditTableModel::Face), QStringLiteral("console"));
        QCOMPARE(cell(audit, row, AuditTableModel::Who), Actor::osUser());
        QVERIFY(cell(audit, row, AuditTableModel::Target).contains(QStringLiteral("audited1")));
        QVERIFY(!cell(audit, row, AuditTableModel::Time).isEmpty());
        for (int r = 0; r < audit->model()->rowCount(); ++r)
            for (int c = 0; c < AuditTableModel::ColumnCount; ++c)
                QVERIFY(!cell(audit, r, c).contains(QStringLiteral("never-shown-42")));

        // A later change shows after Refresh (F5), newest first, with what changed.
        window.showView(MainWindow::ServersView);
        auto *servers = child<QTableView>(&window, "serverTable");
        QTRY_VERIFY(selectRowWithText(servers, 0, QStringLiteral("audited1")));
        child<QAction>(&window, "actionDeleteServer")->trigger();
        answerYes(window, "confirmDeleteServer");
        QTRY_COMPARE(servers->model()->rowCount(), 0);
        window.showView(MainWindow::AuditView);
        QAction *refresh = child<QAction>(&window, "actionRefresh");
        QCOMPARE(refresh->shortcut(), QKeySequence(QKeySequence::Refresh));
        refresh->trigger();
        QTRY_COMPARE(rowOfAction(audit, QStringLiteral("server.delete")), 0);
        QCOMPARE(cell(audit, 0, AuditTableModel::Face), QStringLiteral("console"));
        QCOMPARE(cell(audit, 0, AuditTableModel::Change), QStringLiteral("removed"));
    }

    void auditModelSaysWhatChangedAndPassesTheModelTester() {
        AuditTableModel model;
        QAbstractItemModelTester tester(&model);
        AuditEntry edit;
        edit.id = 2;
        edit.at = QDateTime::currentDateTimeUtc();
        edit.actor = QStringLiteral("ops");
        edit.face = QStringLiteral("cli");
        edit.action = QStringLiteral("server.update");
        edit.targetKind = QStringLiteral("server");
        edit.targetId = 7;
        edit.targetName = QStringLiteral("web1");
        edit.before = QStringLiteral(R"({"port":22,"tags":[],"updated_at":"a"})");
        edit.after = QStringLiteral(R"({"port":2222,"tags":["eu"],"updated_at":"b"})");
        AuditEntry create = edit;
        create.id = 1;
        create.action = QStringLiteral("server.create");
        create.before.clear();
        model.replaceAll({edit, create});
        QCOMPARE(model.rowCount(), 2);
        // Bookkeeping times are left out; each changed field shows before → after.
        QCOMPARE(model.index(0, AuditTableModel::Change).data().toString(),
                 QStringLiteral("port: 22 → 2222; tags: [] → [\"eu\"]"));
        QCOMPARE(model.index(1, AuditTableModel::Change).data().toString(),
                 QStringLiteral("created"));
        QCOMPARE(model.index(0, AuditTableModel::Target).data().toString(),
                 QStringLiteral("server web1"));
        model.replaceAll({});
        QCOMPARE(model.rowCount(), 0);
    }

    void enablingADisabledTaskThroughTheConsoleComputesItsNextFire() {
        const Server web = m_store->addServer(QStringLiteral("web1"));
        Task task = m_store->addTask(QStringLiteral("nightly"), web.id); // @daily, UTC
        // Disabled long ago: its stored next fire is in the past.
        task.enabled = false;
        task.nextFireAt = QDateTime::currentDateTimeUtc().addDays(-3);
        QVERIFY(TaskRepository(m_store->db()).update(task));

        MainWindow window(m_store->host());
        window.show();
        window.showView(MainWindow::TasksView);
        auto *tasks = child<QTableView>(&window, "taskTable");
        QTRY_VERIFY(selectRowWithText(tasks, TaskTableModel::Name, QStringLiteral("nightly")));
        QAction *enable = child<QAction>(&window, "actionEnableTask");
        QTRY_VERIFY(enable->isEnabled());
        const QDateTime before = QDateTime::currentDateTimeUtc();
        enable->trigger();
        QTRY_COMPARE(cell(tasks, 0, TaskTableModel::Enabled), QStringLiteral("yes"));
        auto stored = TaskRepository(m_store->db()).find(task.id);
        QVERIFY(stored);
        QVERIFY(stored->enabled);
        // From now, not from the fires it missed: the next midnight UTC.
        const QDateTime midnight(before.date().addDays(1), QTime(0, 0), QTimeZone::utc());
        QCOMPARE(stored->nextFireAt, midnight);
    }

    void removingAServerRemovesItsSecret() {
        const Server web = addServerWithPassword(QStringLiteral("web1"), QStringLiteral("pw-1"));
        auto secrets = SecretStoreFactory::create({});
        QVERIFY(secrets.store);
        QCOMPARE(secrets.store->read(SecretStore::passwordKey(web.id)).secret,
                 QStringLiteral("pw-1"));

        MainWindow window(m_store->host());
        window.show();
        window.showView(MainWindow::ServersView);
        auto *servers = child<QTableView>(&window, "serverTable");
        QTRY_VERIFY(selectRowWithText(servers, 0, QStringLiteral("web1")));
        child<QAction>(&window, "actionDeleteServer")->trigger();
        answerYes(window, "confirmDeleteServer");
        QTRY_COMPARE(servers->model()->rowCount(), 0);
        QVERIFY(!ServerRepository(m_store->db()).find(web.id));
        QVERIFY(secrets.store->read(SecretStore::passwordKey(web.id)).notFound());
    }
};

QTEST_MAIN(TestConsolePages)
#include "TestConsolePages.moc"
