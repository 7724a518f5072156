#pragma once

#include "model/Notification.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace fleetcron {

class EngineHost;
class InlineErrors;

// Notifications → Add…: one rule as the CLI's `notify add` takes it (name, the task or every
// task, events, channel, URL, format, HMAC secret, slow factor). The words go to
// NotificationService::add as typed, so the console refuses what the CLI and the API refuse,
// with the same sentence beside the field it names; a refused rule saves nothing and the
// dialog stays open.
class NotificationRuleDialog : public QDialog {
    Q_OBJECT
public:
    explicit NotificationRuleDialog(EngineHost &host, QWidget *parent = nullptr);

    void accept() override;

signals:
    void saved(const fleetcron::NotificationRule &rule);
    // The service refused; the message is shown in the dialog too.
    void refused(const QString &message);

private:
    void loadTasks();
    void updateFields();
    void clearErrors();

    EngineHost &m_host;
    QLineEdit *m_name = nullptr;
    QComboBox *m_task = nullptr;
    QComboBox *m_channel = nullptr;
    QHash<QString, QCheckBox *> m_events;
    QLineEdit *m_url = nullptr;
    QComboBox *m_format = nullptr;
    QLineEdit *m_secret = nullptr;
    QLineEdit *m_slowFactor = nullptr;
    QLabel *m_eventsHint = nullptr;
    QLabel *m_banner = nullptr;
    QPushButton *m_ok = nullptr;
    InlineErrors *m_errors = nullptr;
};

} // namespace fleetcron
