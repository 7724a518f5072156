#pragma once

#include "model/Server.h"
#include "model/Task.h"

#include <QDialog>
#include <QList>

#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;

namespace fleetcron {

class EngineHost;
class InlineErrors;
class TaskChainEditor;

// Adds or edits a task: what runs (a command, or a script in a monospace editor with its
// interpreter), when (the schedule, checked as it is typed, with its next five fire times in
// the task's time zone and daylight-saving shifts marked), where (servers and tags, all or one
// round-robin), how (timeout, retries, overlap, misfire, start delay, blackout windows) and what
// follows (the tasks a run starts when it ends, TaskChainEditor). OK only while every field is
// fine; saved through TaskService on the engine thread, the same rules the CLI and API apply.
class TaskDialog : public QDialog {
    Q_OBJECT
public:
    TaskDialog(EngineHost &host, std::optional<qint64> taskId, QWidget *parent = nullptr);

    void accept() override;

signals:
    void saved(const fleetcron::Task &task);

private:
    void buildForm();
    void load(const Task &task);
    void showServers(const QList<Server> &servers);
    void validate();
    void updatePreview();
    Task taskFromFields() const;
    void setBusy(bool busy);

    EngineHost &m_host;
    std::optional<qint64> m_taskId;
    Task m_loaded;
    bool m_loading = true;
    bool m_busy = false;
    InlineErrors *m_errors = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_kind = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QLineEdit *m_interpreter = nullptr;
    QLineEdit *m_schedule = nullptr;
    QComboBox *m_timeZone = nullptr;
    QListWidget *m_preview = nullptr;
    QListWidget *m_servers = nullptr;
    QLineEdit *m_tags = nullptr;
    QLabel *m_everyServer = nullptr; // shown while no server and no tag is picked
    QComboBox *m_target = nullptr;
    QSpinBox *m_timeout = nullptr;
    QSpinBox *m_retries = nullptr;
    QSpinBox *m_retryDelay = nullptr;
    QSpinBox *m_maxOutputKiB = nullptr;
    QSpinBox *m_startDelay = nullptr;
    QPlainTextEdit *m_blackouts = nullptr; // one window per line
    QComboBox *m_overlap = nullptr;
    QComboBox *m_misfire = nullptr;
    QCheckBox *m_enabled = nullptr;
    TaskChainEditor *m_chain = nullptr;
    QLabel *m_saveError = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace fleetcron
