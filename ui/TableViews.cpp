#include "TableViews.h"

#include "RowListModel.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>

#include <memory>

namespace fleetcron::TableViews {

namespace {
// Every console model shares RowListModel's roles.
using Roles = RowListModel<int>;
} // namespace

QTableView *make(const QString &objectName, QWidget *parent) {
    auto *view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setSortingEnabled(true);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setHighlightSections(false);
    return view;
}

QSortFilterProxyModel *proxy(QAbstractItemModel *source, QObject *parent) {
    auto *proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(source);
    proxy->setSortRole(Roles::SortRole);
    proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy->setFilterKeyColumn(-1);
    return proxy;
}

void fitColumnsUntilResized(QTableView *view, QTabWidget *tabs) {
    QHeaderView *header = view->horizontalHeader();
    auto fitting = std::make_shared<bool>(false);
    auto fit = [view, header, fitting] {
        // Only rows on screen are measured: a hidden view waits until its tab is shown.
        if (view->property("headerRestored").toBool() || view->model()->rowCount() == 0 ||
            !view->isVisible())
            return;
        *fitting = true;
        for (int i = 0; i < header->count(); ++i) {
            view->resizeColumnToContents(i);
            header->resizeSection(i, qMin(header->sectionSize(i) + 12, 360));
        }
        *fitting = false;
    };
    QObject::connect(header, &QHeaderView::sectionResized, view, [view, header, fitting](int i) {
        // The last section stretches with the view by itself; that is not the operator.
        if (!*fitting && i != header->count() - 1)
            view->setProperty("headerRestored", true); // the operator's widths win
    });
    // After the event loop has laid the view out.
    auto later = [view, fit] { QTimer::singleShot(0, view, fit); };
    QObject::connect(view->model(), &QAbstractItemModel::rowsInserted, view, later);
    QObject::connect(view->model(), &QAbstractItemModel::modelReset, view, later);
    QObject::connect(tabs, &QTabWidget::currentChanged, view, later);
}

qint64 selectedId(const QTableView *view) {
    const QModelIndexList rows = view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return 0;
    return rows.first().data(Roles::IdRole).toLongLong();
}

} // namespace fleetcron::TableViews
