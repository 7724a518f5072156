// The console as an operator drives it: its real main window on a real engine (offscreen), the
// toolbar's actions, the dialogs' fields and OK button, the "are you sure?" question answered,
// and what the window then shows: the row gone or changed, an inline error under a field, the
// dialog's refusal line, or the error box.
#include "ConsoleDialogs.h"
#include "FaceDrivers.h"
#include "MainWindow.h"
#include "TaskChainEditor.h"
#include "TaskTableModel.h"
#include "runtime/EngineHost.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

namespace fleetcron::test {
namespace {

template <typename T> T *child(QObject *parent, const QString &name) {
    return parent ? parent->findChild<T *>(name) : nullptr;
}

template <typename T> T *waitForChild(QObject *parent, const QString &name, int ms = 10000) {
    T *found = nullptr;
    (void)QTest::qWaitFor(
        [&] {
            found = child<T>(parent, name);
            return found && found->isVisible();
        },
        ms);
    return found;
}

bool selectRow(QTableView *view, int column, const QString &text) {
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        if (view->model()->index(row, column).data().toString() == text) {
            view->selectRow(row);
            return true;
        }
    }
    return false;
}

bool hasRow(QTableView *view, int column, const QString &text) {
    for (int row = 0; row < view->model()->rowCount(); ++row)
        if (view->model()->index(row, column).data().toString() == text)
            return true;
    return false;
}

// The first inline error a dialog shows under its fields (labels named "<field>Error").
QString inlineError(QDialog *dialog) {
    for (QLabel *label : dialog->findChildren<QLabel *>())
        if (label->objectName().endsWith(QStringLiteral("Error")) &&
            label->objectName() != QStringLiteral("saveError") && !label->text().isEmpty())
            return label->text();
    return {};
}

class ConsoleDriver : public FaceDriver {
public:
    ~ConsoleDriver() override { close(); }

    QString face() const override { return QStringLiteral("console"); }

    bool open(const FaceWorld &world) override {
        qputenv("FLEETCRON_SECRETS", "file");
        qputenv("FLEETCRON_SECRETS_DIR", world.secretsDir.toUtf8());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                           world.dir + QStringLiteral("/config"));
        m_host = std::make_unique<EngineHost>(world.database);
        m_window = std::make_unique<MainWindow>(*m_host);
        m_dialogs = std::make_unique<ConsoleDialogs>(*m_host, m_window.get());
        m_dialogs->serve(*m_window);
        m_host->start();
        m_window->show();
        return QTest::qWaitForWindowExposed(m_window.get());
    }

    void close() override {
        m_dialogs.reset();
        m_window.reset();
        m_host.reset(); // the ordered stop: nothing is lost
    }

    FaceOutcome addServer(const ServerInput &s) override {
        action("actionAddServer")->trigger();
        auto *dialog = waitForChild<QDialog>(m_window.get(), QStringLiteral("ServerDialog"));
        if (!dialog)
            return {false, QStringLiteral("no server dialog")};
        QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("name")), s.name);
        QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("host")), s.host);
        child<QSpinBox>(dialog, QStringLiteral("port"))->setValue(s.port);
        QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("username")), s.user);
        auto *auth = child<QComboBox>(dialog, QStringLiteral("auth"));
        auth->setCurrentIndex(
            auth->findData(int(s.password.isEmpty() ? AuthMethod::Agent : AuthMethod::Password)));
        if (!s.password.isEmpty())
            QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("password")), s.password);
        if (!s.jumps.isEmpty())
            QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("jumpHosts")),
                             s.jumps.join(QStringLiteral(", ")));
        return accept(dialog, QStringLiteral("ServerDialog"));
    }

    FaceOutcome addTask(const TaskInput &t) override {
        action("actionAddTask")->trigger();
        auto *dialog = waitForChild<QDialog>(m_window.get(), QStringLiteral("TaskDialog"));
        if (!dialog)
            return {false, QStringLiteral("no task dialog")};
        auto *servers = child<QListWidget>(dialog, QStringLiteral("servers"));
        // The server list arrives from the engine; wait until every server asked for is in it.
        (void)QTest::qWaitFor(
            [&] {
                for (const QString &name : t.servers)
                    if (servers->findItems(name, Qt::MatchExactly).isEmpty())
                        return false;
                return true;
            },
            10000);
        QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("name")), t.name);
        QTest::keyClicks(child<QPlainTextEdit>(dialog, QStringLiteral("body")), t.command);
        QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("schedule")), t.schedule);
        auto *zone = child<QComboBox>(dialog, QStringLiteral("timeZone"));
        zone->setCurrentIndex(zone->findText(QStringLiteral("UTC")));
        for (const QString &name : t.servers)
            for (QListWidgetItem *item : servers->findItems(name, Qt::MatchExactly))
                item->setCheckState(Qt::Checked);
        if (!t.tags.isEmpty())
            QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("tags")),
                             t.tags.join(QStringLiteral(", ")));
        // One window per line; keyClicks() types no line breaks.
        if (!t.blackouts.isEmpty())
            child<QPlainTextEdit>(dialog, QStringLiteral("blackouts"))
                ->setPlainText(t.blackouts.join(u'\n'));
        if (t.startDelay)
            child<QSpinBox>(dialog, QStringLiteral("startDelay"))->setValue(t.startDelay);
        return accept(dialog, QStringLiteral("TaskDialog"));
    }

    FaceOutcome removeServer(const QString &name) override {
        m_window->showView(MainWindow::ServersView);
        auto *table = child<QTableView>(m_window.get(), QStringLiteral("serverTable"));
        if (!QTest::qWaitFor([&] { return selectRow(table, 0, name); }, 10000))
            return {false, QStringLiteral("server not listed")};
        action("actionDeleteServer")->trigger();
        return confirmAndWatch(QStringLiteral("confirmDeleteServer"),
                               [&] { return !hasRow(table, 0, name); });
    }

    FaceOutcome removeTask(const QString &name) override {
        auto *table = tasks(name);
        if (!table)
            return {false, QStringLiteral("task not listed")};
        action("actionDeleteTask")->trigger();
        return confirmAndWatch(QStringLiteral("confirmDeleteTask"),
                               [&] { return !hasRow(table, TaskTableModel::Name, name); });
    }

    FaceOutcome enableTask(const QString &name) override {
        auto *table = tasks(name);
        if (!table)
            return {false, QStringLiteral("task not listed")};
        QAction *enable = action("actionEnableTask");
        if (!QTest::qWaitFor([&] { return enable->isEnabled(); }, 5000))
            return {false, QStringLiteral("Enable is not offered")};
        enable->trigger();
        return watch([&] {
            for (int row = 0; row < table->model()->rowCount(); ++row)
                if (table->model()->index(row, TaskTableModel::Name).data().toString() == name)
                    return table->model()->index(row, TaskTableModel::Enabled).data().toString() ==
                           QStringLiteral("yes");
            return false;
        });
    }

    FaceOutcome setGlobalLimit(int executions) override {
        action("actionSettings")->trigger();
        auto *dialog = waitForChild<QDialog>(m_window.get(), QStringLiteral("SettingsDialog"));
        if (!dialog)
            return {false, QStringLiteral("no settings dialog")};
        auto *limit = child<QSpinBox>(dialog, QStringLiteral("globalLimit"));
        // The stored values arrive from the engine; set ours after them.
        (void)QTest::qWaitFor([&] { return limit->isEnabled() && limit->value() != 0; }, 5000);
        QTest::qWait(200);
        limit->setValue(executions);
        return accept(dialog, QStringLiteral("SettingsDialog"));
    }

    FaceOutcome chainOnSuccess(const QString &name, const QStringList &children) override {
        if (!tasks(name))
            return {false, QStringLiteral("task not listed")};
        action("actionEditTask")->trigger();
        auto *dialog = waitForChild<QDialog>(m_window.get(), QStringLiteral("TaskDialog"));
        if (!dialog)
            return {false, QStringLiteral("no task dialog")};
        auto *chain = child<TaskChainEditor>(dialog, QStringLiteral("chain"));
        // The other tasks and the edited one arrive from the engine; tick once they are in.
        (void)QTest::qWaitFor(
            [&] {
                for (const QString &c : children)
                    if (chain->findItems(c, Qt::MatchExactly).isEmpty())
                        return false;
                return !child<QLineEdit>(dialog, QStringLiteral("name"))->text().isEmpty();
            },
            10000);
        for (const QString &c : children)
            for (QTreeWidgetItem *item : chain->findItems(c, Qt::MatchExactly))
                item->setCheckState(TaskChainEditor::OnSuccess, Qt::Checked);
        return accept(dialog, QStringLiteral("TaskDialog"));
    }

    FaceOutcome addGlobalBlackout(const QString &spec) override {
        action("actionSettings")->trigger();
        auto *dialog = waitForChild<QDialog>(m_window.get(), QStringLiteral("SettingsDialog"));
        if (!dialog)
            return {false, QStringLiteral("no settings dialog")};
        auto *ok = child<QDialogButtonBox>(dialog, QStringLiteral("buttons"))
                       ->button(QDialogButtonBox::Ok);
        // The stored windows arrive from the engine; add ours after them.
        (void)QTest::qWaitFor([&] { return ok->isEnabled(); }, 5000);
        auto *windows = child<QPlainTextEdit>(dialog, QStringLiteral("globalBlackouts"));
        const QString before = windows->toPlainText();
        windows->setPlainText(before.isEmpty() ? spec : before + u'\n' + spec);
        return accept(dialog, QStringLiteral("SettingsDialog"));
    }

private:
    QAction *action(const char *name) {
        return child<QAction>(m_window.get(), QString::fromLatin1(name));
    }

    QTableView *tasks(const QString &name) {
        m_window->showView(MainWindow::TasksView);
        auto *table = child<QTableView>(m_window.get(), QStringLiteral("taskTable"));
        return QTest::qWaitFor([&] { return selectRow(table, TaskTableModel::Name, name); }, 10000)
                   ? table
                   : nullptr;
    }

    // OK when the dialog allows it; the outcome is the dialog closing, or what it shows: the
    // inline error that keeps OK off, or the refusal line after a save was tried.
    FaceOutcome accept(QDialog *dialog, const QString &name) {
        QPushButton *ok = child<QDialogButtonBox>(dialog, QStringLiteral("buttons"))
                              ->button(QDialogButtonBox::Ok);
        (void)QTest::qWaitFor([&] { return ok->isEnabled() || !inlineError(dialog).isEmpty(); },
                              5000);
        if (!ok->isEnabled()) {
            const FaceOutcome refused{false, inlineError(dialog)};
            dialog->reject();
            return refused;
        }
        QTest::mouseClick(ok, Qt::LeftButton);
        auto *saveError = child<QLabel>(dialog, QStringLiteral("saveError"));
        if (!saveError) // the settings dialog says it in its status line
            saveError = child<QLabel>(dialog, QStringLiteral("settingsStatus"));
        (void)QTest::qWaitFor(
            [&] {
                return !child<QDialog>(m_window.get(), name) ||
                       (saveError && !saveError->text().isEmpty());
            },
            15000);
        if (QDialog *still = child<QDialog>(m_window.get(), name)) {
            const FaceOutcome refused{false, saveError ? saveError->text() : QString()};
            still->reject();
            (void)QTest::qWaitFor([&] { return !child<QDialog>(m_window.get(), name); }, 5000);
            return refused;
        }
        return {true, {}};
    }

    template <typename Done> FaceOutcome confirmAndWatch(const QString &question, Done done) {
        auto *box = waitForChild<QMessageBox>(m_window.get(), question);
        if (!box)
            return {false, QStringLiteral("no confirmation asked")};
        QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("confirmYes")),
                          Qt::LeftButton);
        return watch(done);
    }

    // Done when the window shows the change; refused when the error box opens with the reason.
    template <typename Done> FaceOutcome watch(Done done) {
        QMessageBox *error = nullptr;
        (void)QTest::qWaitFor(
            [&] {
                error = child<QMessageBox>(m_window.get(), QStringLiteral("errorMessage"));
                return done() || (error && error->isVisible());
            },
            15000);
        if (error && error->isVisible()) {
            const FaceOutcome refused{false, error->text()};
            error->close();
            return refused;
        }
        return {done(), done() ? QString() : QStringLiteral("nothing happened")};
    }

    std::unique_ptr<EngineHost> m_host;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<ConsoleDialogs> m_dialogs;
};

} // namespace

std::unique_ptr<FaceDriver> makeConsoleDriver() {
    return std::make_unique<ConsoleDriver>();
}

} // namespace fleetcron::test
