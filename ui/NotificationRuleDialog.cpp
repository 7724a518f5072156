#include "NotificationRuleDialog.h"

#include "InlineErrors.h"
#include "runtime/EngineHost.h"
#include "service/Services.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace fleetcron {
namespace {

// The stored words (the CLI's and the API's) with what they mean to a reader.
QList<std::pair<QString, QString>> eventLabels() {
    return {{QStringLiteral("start"), NotificationRuleDialog::tr("Run started")},
            {QStringLiteral("success"), NotificationRuleDialog::tr("Run succeeded")},
            {QStringLiteral("failure"), NotificationRuleDialog::tr("Run failed")},
            {QStringLiteral("recovered"), NotificationRuleDialog::tr("Recovered after a failure")},
            {QStringLiteral("slow"), NotificationRuleDialog::tr("Slower than usual")},
            {QStringLiteral("engine-lost"), NotificationRuleDialog::tr("Engine lost")}};
}

} // namespace

NotificationRuleDialog::NotificationRuleDialog(EngineHost &host, QWidget *parent)
    : QDialog(parent)
    , m_host(host)
    , m_errors(new InlineErrors(this)) {
    setObjectName(QStringLiteral("NotificationRuleDialog"));
    setWindowTitle(tr("Add notification rule"));

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("name"));
    m_task = new QComboBox(this);
    m_task->setObjectName(QStringLiteral("task"));
    m_task->setEditable(true);
    m_task->addItem(tr("(every task)"), QString());
    m_channel = new QComboBox(this);
    m_channel->setObjectName(QStringLiteral("channel"));
    m_channel->addItem(tr("Webhook (signed JSON POST)"), QStringLiteral("webhook"));
    m_channel->addItem(tr("Ping URL (Healthchecks, Cronitor)"), QStringLiteral("ping"));
    m_channel->addItem(tr("Console tray notice"), QStringLiteral("tray"));

    auto *events = new QWidget(this);
    events->setObjectName(QStringLiteral("events"));
    auto *eventGrid = new QGridLayout(events);
    eventGrid->setContentsMargins(0, 0, 0, 0);
    int i = 0;
    for (const auto &[word, label] : eventLabels()) {
        auto *box = new QCheckBox(label, events);
        box->setObjectName(QStringLiteral("event-") + word);
        box->setToolTip(word);
        eventGrid->addWidget(box, i / 2, i % 2);
        m_events.insert(word, box);
        ++i;
    }
    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("url"));
    m_url->setPlaceholderText(QStringLiteral("https://hooks.example.com/fleetcron"));
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("format"));
    m_format->addItem(tr("Plain JSON"), QStringLiteral("plain"));
    m_format->addItem(tr("CloudEvents 1.0"), QStringLiteral("cloudevents"));
    m_secret = new QLineEdit(this);
    m_secret->setObjectName(QStringLiteral("secret"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setPlaceholderText(tr("empty: unsigned"));
    m_slowFactor = new QLineEdit(this);
    m_slowFactor->setObjectName(QStringLiteral("slowFactor"));
    m_slowFactor->setPlaceholderText(tr("3 (times the median run)"));

    auto *form = new QFormLayout;
    m_errors->addRow(form, tr("&Name:"), m_name, QStringLiteral("name"));
    m_errors->addRow(form, tr("&For:"), m_task, QStringLiteral("task"));
    m_errors->addRow(form, tr("&Channel:"), m_channel, QStringLiteral("channel"));
    m_errors->addRow(form, tr("&Events:"), events, QStringLiteral("events"));
    m_eventsHint = new QLabel(this);
    m_eventsHint->setObjectName(QStringLiteral("eventsHint"));
    m_eventsHint->setStyleSheet(QStringLiteral("color: palette(mid);"));
    form->addRow(QString(), m_eventsHint);
    m_errors->addRow(form, tr("&URL:"), m_url, QStringLiteral("url"));
    m_errors->addRow(form, tr("F&ormat:"), m_format, QStringLiteral("format"));
    m_errors->addRow(form, tr("HMAC &secret:"), m_secret, QStringLiteral("secret"));
    m_errors->addRow(form, tr("S&low factor:"), m_slowFactor, QStringLiteral("slow_factor"));

    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("banner"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_banner->setVisible(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("ok"));
    m_ok->setText(tr("&Add rule"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_banner);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &NotificationRuleDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_channel, &QComboBox::currentIndexChanged, this, [this] {
        updateFields();
        clearErrors();
    });
    for (QLineEdit *edit : {m_name, m_url, m_secret, m_slowFactor})
        connect(edit, &QLineEdit::textEdited, this, &NotificationRuleDialog::clearErrors);
    connect(m_task, &QComboBox::editTextChanged, this, &NotificationRuleDialog::clearErrors);
    for (QCheckBox *box : std::as_const(m_events))
        connect(box, &QCheckBox::toggled, this, &NotificationRuleDialog::clearErrors);
    updateFields();
    loadTasks();
    resize(560, sizeHint().height());
}

void NotificationRuleDialog::loadTasks() {
    m_host.read(
        this, [](Services &services) { return services.tasks.list(); },
        [this](const StoreResult<QList<Task>> &tasks) {
            if (!tasks)
                return;
            const QString typed = m_task->currentText();
            for (const Task &t : tasks.value())
                m_task->addItem(t.name, t.name);
            m_task->setCurrentText(typed);
        });
}

// Only what the channel has: a tray rule has no URL, only a webhook a format and a secret.
// Hidden fields are not sent, so they cannot make the service refuse what the user sees.
void NotificationRuleDialog::updateFields() {
    const QString channel = m_channel->currentData().toString();
    const bool webhook = channel == QStringLiteral("webhook");
    m_url->setEnabled(channel != QStringLiteral("tray"));
    m_format->setEnabled(webhook);
    m_secret->setEnabled(webhook);
    const bool ping = channel == QStringLiteral("ping");
    for (const QString &word : {QStringLiteral("recovered"), QStringLiteral("slow")}) {
        m_events.value(word)->setEnabled(!ping);
        if (ping)
            m_events.value(word)->setChecked(false);
    }
    m_events.value(QStringLiteral("start"))->setEnabled(channel != QStringLiteral("tray"));
    m_eventsHint->setText(
        tr("None ticked: %1 (the channel's defaults).")
            .arg(NotificationService::defaultEvents(channel).join(QStringLiteral(", "))));
}

void NotificationRuleDialog::clearErrors() {
    m_errors->clearAll();
    m_banner->setVisible(false);
    m_ok->setEnabled(true);
}

void NotificationRuleDialog::accept() {
    NotificationService::Input in;
    in.name = m_name->text();
    // "(every task)" is the empty choice; anything else is a task's name (or id) as typed.
    const int known = m_task->findText(m_task->currentText());
    in.task = known >= 0 ? m_task->itemData(known).toString() : m_task->currentText().trimmed();
    in.channel = m_channel->currentData().toString();
    for (auto it = m_events.cbegin(); it != m_events.cend(); ++it) {
        if (it.value()->isEnabled() && it.value()->isChecked())
            in.events << it.key();
    }
    // In the order the CLI lists them, whatever the hash's order.
    QStringList ordered;
    for (const QString &word : NotificationWords::events()) {
        if (in.events.contains(word))
            ordered << word;
    }
    in.events = ordered;
    if (m_url->isEnabled())
        in.url = m_url->text();
    if (m_format->isEnabled())
        in.format = m_format->currentData().toString();
    if (m_secret->isEnabled() && !m_secret->text().isEmpty())
        in.secret = m_secret->text();
    in.slowFactor = m_slowFactor->text();
    m_ok->setEnabled(false);
    m_host.call(
        this, [in](Services &services) { return services.notifications.add(in, Actor::console()); },
        [this](const StoreResult<NotificationRule> &result) {
            if (!result) {
                // A field named keeps Add off until it is edited; any other refusal may be
                // tried again as it is (the store may be back).
                // Said once: beside the field it names, else under the form.
                if (m_errors->showRefusal(result.error(), m_banner))
                    m_banner->setVisible(false);
                else
                    m_ok->setEnabled(true);
                emit refused(result.error().message);
                return;
            }
            emit saved(result.value());
            QDialog::accept();
        });
}

} // namespace fleetcron
