#include "NotificationsDialog.h"

#include "NotificationRuleDialog.h"
#include "ServiceCalls.h"
#include "runtime/EngineHost.h"
#include "service/Services.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace fleetcron {
namespace {

// What one read brings to the dialog: the rules, the latest attempts and the tasks' names.
struct Snapshot {
    QList<NotificationRule> rules;
    QList<NotificationDelivery> deliveries;
    QHash<qint64, QString> taskNames;
    QString error;
};

constexpr int recentDeliveries = 50;

QTableWidget *table(QWidget *parent, const QString &name, const QStringList &headers) {
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(name);
    t->setHorizontalHeaderLabels(headers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->verticalHeader()->setVisible(false);
    t->horizontalHeader()->setStretchLastSection(true);
    t->setAlternatingRowColors(true);
    return t;
}

void setRow(QTableWidget *t, int row, const QStringList &cells, const QColor &color = {}) {
    for (int c = 0; c < cells.size(); ++c) {
        auto *item = new QTableWidgetItem(cells.at(c));
        if (color.isValid())
            item->setForeground(color);
        t->setItem(row, c, item);
    }
}

} // namespace

NotificationsDialog::NotificationsDialog(EngineHost &host, QWidget *parent)
    : QDialog(parent)
    , m_host(host)
    , m_calls(new ServiceCalls(host, this)) {
    setObjectName(QStringLiteral("NotificationsDialog"));
    setWindowTitle(tr("Notification rules"));
    resize(940, 560);

    m_rules =
        table(this, QStringLiteral("rules"),
              {tr("Name"), tr("For"), tr("Events"), tr("Channel"), tr("Target"), tr("Signed")});
    m_deliveries = table(this, QStringLiteral("deliveries"),
                         {tr("When"), tr("Rule"), tr("Event"), tr("Run"), tr("Attempt"),
                          tr("Outcome"), tr("HTTP"), tr("Error")});
    auto *add = new QPushButton(tr("&Add…"), this);
    add->setObjectName(QStringLiteral("addRule"));
    m_remove = new QPushButton(tr("&Remove…"), this);
    m_remove->setObjectName(QStringLiteral("removeRule"));
    m_remove->setEnabled(false);
    auto *refresh = new QPushButton(tr("Re&fresh"), this);
    refresh->setObjectName(QStringLiteral("refresh"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    auto *ruleButtons = new QHBoxLayout;
    ruleButtons->addWidget(add);
    ruleButtons->addWidget(m_remove);
    ruleButtons->addStretch(1);
    ruleButtons->addWidget(m_status);
    ruleButtons->addWidget(refresh);
    auto *hint = new QLabel(
        tr("A rule cannot be changed: remove it and add it again. The same rules are listed by "
           "“fleetcron notify list” and the REST API."),
        this);
    hint->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<b>Rules</b>"), this));
    layout->addWidget(m_rules, 3);
    layout->addLayout(ruleButtons);
    layout->addWidget(hint);
    layout->addWidget(new QLabel(tr("<b>Recent deliveries</b> (newest first)"), this));
    layout->addWidget(m_deliveries, 2);
    layout->addWidget(buttons);

    connect(add, &QPushButton::clicked, this, &NotificationsDialog::addRule);
    connect(m_remove, &QPushButton::clicked, this, &NotificationsDialog::removeSelected);
    connect(refresh, &QPushButton::clicked, this, &NotificationsDialog::reload);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_rules, &QTableWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(!m_rules->selectedItems().isEmpty()); });
    reload();
}

QString NotificationsDialog::shownUrl(const QString &text) {
    QUrl url(text);
    if (!url.isValid() || url.host().isEmpty())
        return text;
    url.setPassword(QString());
    if (url.hasQuery()) {
        QUrlQuery query(url);
        QList<std::pair<QString, QString>> hidden;
        for (const auto &[key, value] : query.queryItems())
            hidden.append({key, QStringLiteral("…")});
        query.setQueryItems(hidden);
        url.setQuery(query);
    }
    QStringList segments = url.path().split(u'/');
    for (QString &s : segments) {
        if (s.size() >= 16)
            s = s.left(4) + QStringLiteral("…");
    }
    url.setPath(segments.join(u'/'));
    return url.toDisplayString(QUrl::RemovePassword);
}

void NotificationsDialog::reload() {
    m_status->setText(tr("Reading…"));
    m_host.read(
        this,
        [](Services &services) {
            Snapshot s;
            auto rules = services.notifications.list();
            auto deliveries = services.notifications.deliveries(QString(), recentDeliveries);
            auto tasks = services.tasks.list();
            if (!rules || !deliveries || !tasks) {
                s.error = !rules        ? rules.error().message
                          : !deliveries ? deliveries.error().message
                                        : tasks.error().message;
                return s;
            }
            s.rules = rules.value();
            s.deliveries = deliveries.value();
            for (const Task &t : tasks.value())
                s.taskNames.insert(t.id, t.name);
            return s;
        },
        [this](const Snapshot &s) {
            if (!s.error.isEmpty()) {
                m_status->setText(s.error);
                return;
            }
            m_status->setText(tr("%n rule(s)", nullptr, int(s.rules.size())));
            m_shown = s.rules;
            m_rules->setRowCount(0);
            m_rules->setRowCount(int(s.rules.size()));
            for (int row = 0; row < s.rules.size(); ++row) {
                const NotificationRule &r = s.rules.at(row);
                const QString scope =
                    r.isGlobal()
                        ? tr("every task")
                        : tr("task %1").arg(s.taskNames.value(r.taskId, QString::number(r.taskId)));
                const QString target = r.url.isEmpty() ? tr("this console") : shownUrl(r.url);
                const QString format =
                    r.channel == QStringLiteral("webhook") && r.format != QStringLiteral("plain")
                        ? QStringLiteral(" (%1)").arg(r.format)
                        : QString();
                setRow(m_rules, row,
                       {r.name, scope, r.events.join(QStringLiteral(", ")), r.channel + format,
                        target, r.hasSecret ? tr("HMAC-SHA256") : tr("no")});
            }
            m_rules->resizeColumnsToContents();
            showDeliveries(s.deliveries);
            emit reloaded();
        });
}

void NotificationsDialog::showDeliveries(const QList<NotificationDelivery> &deliveries) {
    m_deliveries->setRowCount(0);
    m_deliveries->setRowCount(int(deliveries.size()));
    const QLocale locale;
    for (int row = 0; row < deliveries.size(); ++row) {
        const NotificationDelivery &d = deliveries.at(row);
        QColor color;
        if (d.outcome == QStringLiteral("failed"))
            color = QColor(0xb0, 0x00, 0x20);
        else if (d.outcome == QStringLiteral("retrying"))
            color = QColor(0xa0, 0x60, 0x00);
        setRow(m_deliveries, row,
               {locale.toString(d.at.toLocalTime(), QLocale::ShortFormat), d.ruleName, d.event,
                d.runId ? QString::number(d.runId) : QStringLiteral("–"),
                QString::number(d.attempt), d.outcome,
                d.httpStatus ? QString::number(d.httpStatus) : QStringLiteral("–"), d.error},
               color);
    }
    m_deliveries->resizeColumnsToContents();
}

QDialog *NotificationsDialog::addRule() {
    auto *dialog = new NotificationRuleDialog(m_host, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &NotificationRuleDialog::saved, this, &NotificationsDialog::reload);
    dialog->open();
    return dialog;
}

void NotificationsDialog::removeSelected() {
    const int row = m_rules->currentRow();
    if (row < 0 || row >= m_shown.size())
        return;
    const QString name = m_shown.at(row).name;
    m_calls->confirm(QStringLiteral("confirmRemoveRule"), tr("Remove notification rule"),
                     tr("Remove the notification rule '%1'? Its delivery record stays.").arg(name),
                     tr("&Remove"), [this, name] {
                         m_calls->change(
                             tr("Notification rule '%1' removed.").arg(name),
                             [name](Services &services) {
                                 return services.notifications.remove(name, Actor::console());
                             },
                             [this] { reload(); });
                     });
}

} // namespace fleetcron
