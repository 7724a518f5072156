#pragma once

#include <QtGlobal>

class QAbstractItemModel;
class QObject;
class QSortFilterProxyModel;
class QString;
class QTabWidget;
class QTableView;
class QWidget;

namespace fleetcron {

// How every table of the console looks and behaves, said once for its pages.
namespace TableViews {

// A row-selecting, sortable table with compact rows.
QTableView *make(const QString &objectName, QWidget *parent);
// A proxy that sorts by the models' sort role and filters on any column, case-insensitively.
QSortFilterProxyModel *proxy(QAbstractItemModel *source, QObject *parent);
// Columns take the widths of their contents as rows arrive, until the operator resizes one
// (or saved widths were restored); capped so one long command does not push the rest away.
void fitColumnsUntilResized(QTableView *view, QTabWidget *tabs);
// The id of the selected row (0: none).
qint64 selectedId(const QTableView *view);

} // namespace TableViews
} // namespace fleetcron
