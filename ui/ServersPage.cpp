#include "ServersPage.h"

#include "ServerTableModel.h"
#include "ServiceCalls.h"
#include "TableViews.h"
#include "service/Services.h"

#include <QItemSelectionModel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace fleetcron {

ServersPage::ServersPage(ServiceCalls &calls, QWidget *parent)
    : QWidget(parent)
    , m_calls(calls) {
    m_model = new ServerTableModel(this);
    auto *layout = new QVBoxLayout(this);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("serverFilter"));
    m_filter->setPlaceholderText(tr("Filter servers by name, host, user or tag"));
    m_filter->setClearButtonEnabled(true);
    m_table = TableViews::make(QStringLiteral("serverTable"), this);
    m_proxy = TableViews::proxy(m_model, this);
    m_table->setModel(m_proxy);
    m_table->sortByColumn(ServerTableModel::Name, Qt::AscendingOrder);
    layout->addWidget(m_filter);
    layout->addWidget(m_table, 1);
    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ServersPage::selectionChanged);
    connect(m_table, &QTableView::doubleClicked, this, &ServersPage::editSelected);
}

void ServersPage::setServers(const QList<Server> &servers) {
    m_model->replaceAll(servers);
}

qint64 ServersPage::selectedId() const {
    return TableViews::selectedId(m_table);
}

void ServersPage::editSelected() {
    if (const qint64 id = selectedId())
        emit editRequested(id);
}

void ServersPage::removeSelected() {
    const qint64 serverId = selectedId();
    const int row = m_model->rowOfId(serverId);
    if (row < 0)
        return;
    m_calls.confirm(QStringLiteral("confirmDeleteServer"), tr("Remove server"),
                    tr("Remove server %1? Tasks stop running on it; its history is kept.")
                        .arg(m_model->rowAt(row).name),
                    tr("Remove"), [this, serverId] {
                        m_calls.change(
                            tr("Server removed"),
                            [serverId](Services &services) {
                                return services.servers.remove(serverId, Actor::console());
                            },
                            [this] { emit changed(); });
                    });
}

} // namespace fleetcron
