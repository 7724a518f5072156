#include "AuditPage.h"

#include "AuditTableModel.h"
#include "TableViews.h"
#include "runtime/EngineHost.h"
#include "service/Services.h"

#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace fleetcron {

AuditPage::AuditPage(EngineHost &host, QWidget *parent)
    : QWidget(parent)
    , m_host(host) {
    m_model = new AuditTableModel(this);
    auto *layout = new QVBoxLayout(this);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("auditState"));
    m_state->setWordWrap(true);
    m_table = TableViews::make(QStringLiteral("auditTable"), this);
    m_proxy = TableViews::proxy(m_model, this);
    m_table->setModel(m_proxy);
    m_table->sortByColumn(AuditTableModel::Time, Qt::DescendingOrder);
    layout->addWidget(m_state);
    layout->addWidget(m_table, 1);
}

void AuditPage::reload() {
    if (m_loading)
        return;
    m_loading = true;
    AuditService::Filter filter;
    filter.limit = shownEntries;
    m_host.read(
        this, [filter](Services &services) { return services.audit.list(filter); },
        [this](StoreResult<QList<AuditEntry>> entries) {
            m_loading = false;
            if (!entries) {
                m_state->setText(entries.error().toString());
            } else {
                m_model->replaceAll(entries.value());
                m_state->setText(
                    entries->size() >= shownEntries
                        ? tr("The newest %1 changes; `fleetcron audit` lists all of them.")
                              .arg(shownEntries)
                        : tr("%n change(s) recorded.", nullptr, int(entries->size())));
            }
            emit loaded();
        });
}

} // namespace fleetcron
