#pragma once

#include "model/Notification.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace fleetcron {

class EngineHost;
class ServiceCalls;

// Task → Notification rules…: the rules (name, every task or one, events, channel, target with
// its secrets hidden, signed or not) and the latest delivery attempts with their outcome, all
// through NotificationService as the CLI's `notify` has them. Add opens NotificationRuleDialog;
// Remove asks first. Rules have no edit in the service: remove and add again.
class NotificationsDialog : public QDialog {
    Q_OBJECT
public:
    explicit NotificationsDialog(EngineHost &host, QWidget *parent = nullptr);

    // A URL as the console shows it: no password, no query values, and long path segments
    // (the tokens of Slack-, Healthchecks- or Cronitor-style URLs) cut to their first characters.
    static QString shownUrl(const QString &url);

public slots:
    void reload();
    // Opens the add dialog (not modal to the caller's loop); returns it for tests.
    QDialog *addRule();
    void removeSelected();

signals:
    // After the rules and deliveries on show were read afresh.
    void reloaded();

private:
    void showDeliveries(const QList<NotificationDelivery> &deliveries);

    EngineHost &m_host;
    ServiceCalls *m_calls = nullptr;
    QTableWidget *m_rules = nullptr;
    QTableWidget *m_deliveries = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_status = nullptr;
    QList<NotificationRule> m_shown;
};

} // namespace fleetcron
