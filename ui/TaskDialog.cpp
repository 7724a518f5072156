#include "TaskDialog.h"

#include "InlineErrors.h"
#include "TaskChainEditor.h"
#include "runtime/EngineHost.h"
#include "schedule/BlackoutWindow.h"
#include "schedule/Schedule.h"
#include "scheduler/TaskTiming.h"
#include "service/Services.h"
#include "store/SqlValues.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeZone>
#include <QVBoxLayout>

namespace fleetcron {
namespace {

// What the dialog needs before it can be used, read in one go on the reader thread.
struct TaskDialogData {
    QList<Server> servers;
    QList<Task> others; // what a run of this task may start
    std::optional<Task> task;
    qint64 defaultMaxOutputBytes = Task::defaultMaxOutputBytes;
    QString error;
};

QSpinBox *spinBox(const char *name, int min, int max, int value, const QString &suffix) {
    auto *box = new QSpinBox;
    box->setObjectName(QString::fromLatin1(name));
    box->setRange(min, max);
    box->setValue(value);
    box->setSuffix(suffix);
    return box;
}

} // namespace

TaskDialog::TaskDialog(EngineHost &host, std::optional<qint64> taskId, QWidget *parent)
    : QDialog(parent)
    , m_host(host)
    , m_taskId(taskId) {
    setObjectName(QStringLiteral("TaskDialog"));
    setWindowTitle(taskId ? tr("Edit task") : tr("Add task"));
    m_errors = new InlineErrors(this);
    buildForm();
    m_saveError->setText(tr("Loading…"));
    m_saveError->setVisible(true);
    validate();
    m_host.read(
        this,
        [taskId](Services &services) {
            TaskDialogData data;
            auto servers = services.servers.list();
            if (!servers) {
                data.error = servers.error().toString();
                return data;
            }
            data.servers = servers.value();
            if (auto tasks = services.tasks.list())
                for (const Task &t : tasks.value())
                    if (t.id != taskId.value_or(0))
                        data.others << t;
            if (taskId) {
                auto task = services.tasks.find(*taskId);
                if (!task) {
                    data.error = task.error().toString();
                    return data;
                }
                data.task = task.value();
            }
            data.defaultMaxOutputBytes = services.tasks.newTask().maxOutputBytes;
            return data;
        },
        [this](TaskDialogData data) {
            m_loading = false;
            if (!data.error.isEmpty()) {
                m_saveError->setText(data.error);
                m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
                return;
            }
            m_saveError->clear();
            m_saveError->setVisible(false);
            showServers(data.servers);
            m_chain->setTasks(data.others);
            if (data.task)
                load(*data.task);
            else
                m_maxOutputKiB->setValue(int(data.defaultMaxOutputBytes / 1024));
            validate();
        });
}

void TaskDialog::buildForm() {
    auto *what = new QFormLayout;
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("name"));
    m_errors->addRow(what, tr("&Name:"), m_name, QStringLiteral("name"));

    m_kind = new QComboBox;
    m_kind->setObjectName(QStringLiteral("kind"));
    m_kind->addItem(tr("Command"), int(TaskKind::Command));
    m_kind->addItem(tr("Script (sent on stdin to the interpreter)"), int(TaskKind::Script));
    what->addRow(tr("&Runs:"), m_kind);

    m_body = new QPlainTextEdit;
    m_body->setObjectName(QStringLiteral("body"));
    m_body->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_body->setTabChangesFocus(false);
    m_body->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_body->setMinimumHeight(90);
    m_body->setMaximumHeight(220);
    m_body->setPlaceholderText(QStringLiteral("df -h /"));
    m_errors->addRow(what, tr("Co&mmand:"), m_body, QStringLiteral("body"));

    m_interpreter = new QLineEdit(QStringLiteral("/bin/sh"));
    m_interpreter->setObjectName(QStringLiteral("interpreter"));
    m_errors->addRow(what, tr("&Interpreter:"), m_interpreter, QStringLiteral("interpreter"));

    m_schedule = new QLineEdit;
    m_schedule->setObjectName(QStringLiteral("schedule"));
    // The schedule grammar is English in every language (the parser reads it).
    m_schedule->setPlaceholderText(
        QStringLiteral("*/15 * * * *, @every 1h30m, every 5 minutes, 3600"));
    m_errors->addRow(what, tr("&Schedule:"), m_schedule, QStringLiteral("schedule"));

    m_timeZone = new QComboBox;
    m_timeZone->setObjectName(QStringLiteral("timeZone"));
    m_timeZone->setEditable(true);
    m_timeZone->setInsertPolicy(QComboBox::NoInsert);
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_timeZone->addItem(QString::fromUtf8(id));
    // Type any part of the name ("berl") to narrow the list down.
    m_timeZone->completer()->setFilterMode(Qt::MatchContains);
    m_timeZone->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_timeZone->setCurrentText(QString::fromUtf8(QTimeZone::systemTimeZoneId()));
    m_errors->addRow(what, tr("&Time zone:"), m_timeZone, QStringLiteral("time_zone"));

    m_preview = new QListWidget;
    m_preview->setObjectName(QStringLiteral("schedulePreview"));
    m_preview->setMaximumHeight(110);
    m_preview->setFocusPolicy(Qt::NoFocus);
    what->addRow(tr("Next fires:"), m_preview);

    auto *where = new QFormLayout;
    m_servers = new QListWidget;
    m_servers->setObjectName(QStringLiteral("servers"));
    m_servers->setMaximumHeight(110);
    m_errors->addRow(where, tr("Ser&vers:"), m_servers, QStringLiteral("servers"));
    m_tags = new QLineEdit;
    m_tags->setObjectName(QStringLiteral("tags"));
    m_tags->setPlaceholderText(tr("and every server tagged (comma-separated)"));
    where->addRow(tr("T&ags:"), m_tags);
    m_everyServer = new QLabel(tr("No server or tag picked: the task runs on every server."));
    m_everyServer->setObjectName(QStringLiteral("everyServerNote"));
    where->addRow(QString(), m_everyServer);
    m_target = new QComboBox;
    m_target->setObjectName(QStringLiteral("target"));
    m_target->addItem(tr("All of them"), int(TargetMode::All));
    m_target->addItem(tr("One, round-robin (skipping unreachable ones)"), int(TargetMode::One));
    where->addRow(tr("Run &on:"), m_target);

    m_timeout = spinBox("timeout", 0, 7 * 24 * 3600, 0, tr(" s"));
    m_timeout->setSpecialValueText(tr("none"));
    m_errors->addRow(where, tr("Time&out:"), m_timeout, QStringLiteral("timeout_seconds"));
    m_retries = spinBox("retries", 0, 100, 0, QString());
    m_errors->addRow(where, tr("R&etries:"), m_retries, QStringLiteral("retries"));
    m_retryDelay = spinBox("retryDelay", 0, 7 * 24 * 3600, 0, tr(" s"));
    m_errors->addRow(where, tr("Retry &delay:"), m_retryDelay,
                     QStringLiteral("retry_delay_seconds"));
    m_maxOutputKiB = spinBox("maxOutput", 1, 1024 * 1024, 1024, tr(" KiB"));
    m_errors->addRow(where, tr("Output &kept per stream:"), m_maxOutputKiB,
                     QStringLiteral("max_output_bytes"));
    m_startDelay = spinBox("startDelay", 0, TaskTiming::maxStartDelaySeconds, 0, tr(" s"));
    m_startDelay->setSpecialValueText(tr("none"));
    m_startDelay->setToolTip(
        tr("Each fire starts a random 0 to this many seconds after its time."));
    m_errors->addRow(where, tr("Start &jitter up to:"), m_startDelay,
                     QStringLiteral("start_delay_seconds"));
    m_blackouts = new QPlainTextEdit;
    m_blackouts->setObjectName(QStringLiteral("blackouts"));
    m_blackouts->setMaximumHeight(70);
    m_blackouts->setTabChangesFocus(true);
    // The window grammar is English in every language (the parser reads it).
    m_blackouts->setPlaceholderText(
        QStringLiteral("xmas: 2026-12-24..2026-12-26\nnightly: 22:00-06:00 mon-fri"));
    m_errors->addRow(where, tr("&Blackout windows:"), m_blackouts, QStringLiteral("blackouts"));
    m_overlap = new QComboBox;
    m_overlap->setObjectName(QStringLiteral("overlap"));
    m_overlap->addItem(tr("Skip the new run"), int(OverlapPolicy::Skip));
    m_overlap->addItem(tr("Queue it"), int(OverlapPolicy::Queue));
    m_overlap->addItem(tr("Run in parallel"), int(OverlapPolicy::Parallel));
    where->addRow(tr("If still &running:"), m_overlap);
    m_misfire = new QComboBox;
    m_misfire->setObjectName(QStringLiteral("misfire"));
    m_misfire->addItem(tr("Run once at start"), int(MisfirePolicy::RunOnce));
    m_misfire->addItem(tr("Skip them"), int(MisfirePolicy::Skip));
    where->addRow(tr("Missed &fires:"), m_misfire);
    m_enabled = new QCheckBox(tr("&Enabled"));
    m_enabled->setObjectName(QStringLiteral("enabled"));
    m_enabled->setChecked(true);
    where->addRow(QString(), m_enabled);
    m_chain = new TaskChainEditor;
    m_errors->addRow(where, tr("T&hen start:"), m_chain, QStringLiteral("chain"));

    m_saveError = new QLabel;
    m_saveError->setObjectName(QStringLiteral("saveError"));
    m_saveError->setWordWrap(true);
    m_saveError->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->setObjectName(QStringLiteral("buttons"));

    // Spare height goes below the forms, not into the rows of hidden error messages.
    auto *whatColumn = new QVBoxLayout;
    whatColumn->addLayout(what);
    whatColumn->addStretch(1);
    auto *whereColumn = new QVBoxLayout;
    whereColumn->addLayout(where);
    whereColumn->addStretch(1);
    auto *columns = new QHBoxLayout;
    columns->addLayout(whatColumn, 3);
    columns->addSpacing(12);
    columns->addLayout(whereColumn, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(m_saveError);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &TaskDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &TaskDialog::reject);
    for (QLineEdit *edit : {m_name, m_interpreter, m_schedule, m_tags})
        connect(edit, &QLineEdit::textChanged, this, &TaskDialog::validate);
    connect(m_body, &QPlainTextEdit::textChanged, this, &TaskDialog::validate);
    connect(m_blackouts, &QPlainTextEdit::textChanged, this, &TaskDialog::validate);
    connect(m_timeZone, &QComboBox::currentTextChanged, this, &TaskDialog::validate);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &TaskDialog::validate);
    connect(m_servers, &QListWidget::itemChanged, this, &TaskDialog::validate);
}

void TaskDialog::showServers(const QList<Server> &servers) {
    m_servers->clear();
    for (const Server &s : servers) {
        auto *item = new QListWidgetItem(
            s.tags.isEmpty()
                ? s.name
                : QStringLiteral("%1  [%2]").arg(s.name, s.tags.join(QStringLiteral(", "))),
            m_servers);
        item->setData(Qt::UserRole, s.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
}

void TaskDialog::load(const Task &task) {
    m_loaded = task;
    m_name->setText(task.name);
    m_kind->setCurrentIndex(m_kind->findData(int(task.kind)));
    m_body->setPlainText(task.body);
    if (task.kind == TaskKind::Script)
        m_interpreter->setText(task.interpreter);
    m_schedule->setText(task.schedule);
    m_timeZone->setCurrentText(
        task.timeZone.isEmpty() ? QString::fromUtf8(QTimeZone::systemTimeZoneId()) : task.timeZone);
    for (int i = 0; i < m_servers->count(); ++i) {
        QListWidgetItem *item = m_servers->item(i);
        item->setCheckState(task.serverIds.contains(item->data(Qt::UserRole).toLongLong())
                                ? Qt::Checked
                                : Qt::Unchecked);
    }
    m_tags->setText(task.serverTags.join(QStringLiteral(", ")));
    m_target->setCurrentIndex(m_target->findData(int(task.target)));
    m_timeout->setValue(task.timeoutSeconds);
    m_retries->setValue(task.retries);
    m_retryDelay->setValue(task.retryDelaySeconds);
    m_maxOutputKiB->setValue(int(task.maxOutputBytes / 1024));
    m_startDelay->setValue(task.startDelaySeconds);
    m_blackouts->setPlainText(task.blackouts.join(u'\n'));
    m_overlap->setCurrentIndex(m_overlap->findData(int(task.overlap)));
    m_misfire->setCurrentIndex(m_misfire->findData(int(task.misfire)));
    m_enabled->setChecked(task.enabled);
    m_chain->setLinks(task.links);
}

Task TaskDialog::taskFromFields() const {
    Task t = m_loaded;
    t.id = m_taskId.value_or(0);
    t.name = m_name->text().trimmed();
    t.kind = TaskKind(m_kind->currentData().toInt());
    t.body = m_body->toPlainText();
    t.interpreter = t.kind == TaskKind::Script ? m_interpreter->text().trimmed() : QString();
    t.schedule = m_schedule->text().trimmed();
    t.timeZone = m_timeZone->currentText().trimmed();
    t.serverIds.clear();
    for (int i = 0; i < m_servers->count(); ++i)
        if (m_servers->item(i)->checkState() == Qt::Checked)
            t.serverIds.append(m_servers->item(i)->data(Qt::UserRole).toLongLong());
    t.serverTags = SqlValues::splitTags(m_tags->text());
    t.target = TargetMode(m_target->currentData().toInt());
    t.timeoutSeconds = m_timeout->value();
    t.retries = m_retries->value();
    t.retryDelaySeconds = m_retryDelay->value();
    t.maxOutputBytes = qint64(m_maxOutputKiB->value()) * 1024;
    t.startDelaySeconds = m_startDelay->value();
    t.blackouts.clear();
    for (const QString &line : m_blackouts->toPlainText().split(u'\n'))
        if (!line.trimmed().isEmpty())
            t.blackouts << line.trimmed();
    t.overlap = OverlapPolicy(m_overlap->currentData().toInt());
    t.misfire = MisfirePolicy(m_misfire->currentData().toInt());
    t.enabled = m_enabled->isChecked();
    t.links = m_chain->links();
    return t;
}

void TaskDialog::validate() {
    const Task task = taskFromFields();
    const bool script = task.kind == TaskKind::Script;
    m_interpreter->setEnabled(script);
    // Examples of code, not prose: the same in every language.
    m_body->setPlaceholderText(script ? QStringLiteral("#!/bin/sh\nset -e\n…")
                                      : QStringLiteral("df -h /"));
    m_errors->clearAll();
    if (task.name.isEmpty())
        m_errors->set(QStringLiteral("name"), tr("Give the task a name."));
    if (task.body.trimmed().isEmpty())
        m_errors->set(QStringLiteral("body"),
                      script ? tr("Write the script.") : tr("Give the command to run."));
    if (script && task.interpreter.isEmpty())
        m_errors->set(QStringLiteral("interpreter"),
                      tr("Name the program that runs the script, e.g. /bin/sh or python3."));
    // TaskService's rule: no server and no tag picked means every server; said here before
    // saving, as `task show` and the API's target_servers say it after.
    m_everyServer->setVisible(task.serverIds.isEmpty() && task.serverTags.isEmpty());
    if (task.schedule.isEmpty()) {
        m_errors->set(QStringLiteral("schedule"), tr("Give a schedule."));
    } else if (const ScheduleParseResult parsed = TaskTiming::scheduleOf(task); !parsed) {
        // The parser's own sentence: the same words the CLI and the API give.
        m_errors->set(QStringLiteral("schedule"), parsed.error);
    }
    // The parser's sentence for the first window that does not read, as the CLI and API say it.
    if (const QString e = BlackoutWindow::checkAll(task.blackouts); !e.isEmpty())
        m_errors->set(QStringLiteral("blackouts"), e);
    if (task.timeZone.isEmpty() || !QTimeZone(task.timeZone.toUtf8()).isValid())
        m_errors->set(QStringLiteral("time_zone"),
                      tr("Unknown time zone; pick one from the list (e.g. Europe/Berlin)."));
    else if (!task.schedule.isEmpty())
        if (const FieldError e = TaskTiming::validate(task); e.isError() && m_errors->has(e.field))
            m_errors->set(e.field, e.message);
    updatePreview();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_errors->any() && !m_busy && !m_loading);
}

void TaskDialog::setBusy(bool busy) {
    m_busy = busy;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_errors->any() && !m_busy && !m_loading);
}

void TaskDialog::accept() {
    validate();
    if (m_errors->any() || m_busy || m_loading)
        return;
    const Task task = taskFromFields();
    setBusy(true);
    m_host.call(
        this, [task](Services &services) { return services.tasks.save(task, Actor::console()); },
        [this](StoreResult<Task> saved) {
            setBusy(false);
            if (!saved) {
                m_errors->refuseSave(saved.error(), m_saveError,
                                     m_buttons->button(QDialogButtonBox::Ok));
                return;
            }
            emit this->saved(saved.value());
            QDialog::accept();
        });
}

} // namespace fleetcron
