#include "OutputSearchPanel.h"

#include "DisplayFormat.h"
#include "runtime/EngineHost.h"
#include "service/Services.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace fleetcron {
namespace {

enum Role { RunRole = Qt::UserRole + 1, ExecutionRole };

} // namespace

OutputSearchPanel::OutputSearchPanel(EngineHost &host,
                                     std::function<SearchService::Filter()> filter, QWidget *parent)
    : QWidget(parent)
    , m_host(host)
    , m_filter(std::move(filter)) {
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    m_box = new QLineEdit(this);
    m_box->setObjectName(QStringLiteral("outputSearch"));
    m_box->setPlaceholderText(tr("Search stored output (Enter), e.g. an error line or a host"));
    m_box->setClearButtonEnabled(true);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("outputSearchState"));
    row->addWidget(m_box, 1);
    row->addWidget(m_state);
    layout->addLayout(row);
    m_results = new QListWidget(this);
    m_results->setObjectName(QStringLiteral("outputSearchResults"));
    m_results->setMaximumHeight(160);
    m_results->hide();
    layout->addWidget(m_results);

    connect(m_box, &QLineEdit::returnPressed, this, &OutputSearchPanel::search);
    connect(m_box, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.trimmed().isEmpty()) {
            m_results->clear();
            m_results->hide();
            m_state->clear();
        }
    });
    connect(m_results, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit executionChosen(item->data(RunRole).toLongLong(),
                             item->data(ExecutionRole).toLongLong(), m_searched);
    });
    connect(m_results, &QListWidget::itemClicked, m_results, &QListWidget::itemActivated);
}

void OutputSearchPanel::search() {
    const QString text = SearchService::literal(m_box->text());
    if (text.isEmpty())
        return;
    m_searched = text;
    m_state->setText(tr("Searching…"));
    const SearchService::Filter filter = m_filter ? m_filter() : SearchService::Filter();
    m_host.read(
        this,
        [text, filter](Services &services) {
            return services.search.search(text, filter, 0, SearchService::defaultLimit);
        },
        [this, text](StoreResult<SearchService::Page> page) {
            if (text != m_searched)
                return; // a newer search is under way
            if (!page) {
                m_results->clear();
                m_results->hide();
                m_state->setText(page.error().message);
            } else {
                show(page.value());
            }
            emit searched();
        });
}

void OutputSearchPanel::show(const SearchService::Page &page) {
    m_results->clear();
    for (const SearchService::Hit &hit : page.hits) {
        auto *item = new QListWidgetItem(
            QStringLiteral("%1 · %2 · %3 · %4")
                .arg(hit.taskName, hit.serverName, DisplayFormat::time(hit.startedAt), hit.snippet),
            m_results);
        item->setData(RunRole, hit.runId);
        item->setData(ExecutionRole, hit.executionId);
        item->setToolTip(
            tr("Run %1, execution %2 (%3)").arg(hit.runId).arg(hit.executionId).arg(hit.stream));
    }
    m_results->setVisible(!page.hits.isEmpty());
    m_state->setText(page.hits.isEmpty()   ? tr("No output contains it")
                     : page.nextBefore > 0 ? tr("The newest %1 matches").arg(page.hits.size())
                                           : tr("%n match(es)", nullptr, int(page.hits.size())));
}

} // namespace fleetcron
