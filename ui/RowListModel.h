#pragma once

#include <QAbstractTableModel>
#include <QList>

namespace fleetcron {

// Common ground of the console's table models: a list of rows with stable ids. Replacing the
// list keeps the views' selection and scroll position when the same rows come back (one
// dataChanged for the whole range, not one per cell); a different set of rows resets.
template <typename Row> class RowListModel : public QAbstractTableModel {
public:
    using QAbstractTableModel::QAbstractTableModel;

    // Sort key of a cell, for QSortFilterProxyModel::setSortRole.
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int IdRole = Qt::UserRole + 2;

    int rowCount(const QModelIndex &parent = {}) const override {
        return parent.isValid() ? 0 : int(m_rows.size());
    }

    const QList<Row> &rows() const { return m_rows; }
    const Row &rowAt(int row) const { return m_rows.at(row); }
    int rowOfId(qint64 id) const {
        for (int i = 0; i < m_rows.size(); ++i) {
            if (idOf(m_rows.at(i)) == id)
                return i;
        }
        return -1;
    }

    void replaceAll(const QList<Row> &next) {
        bool sameIds = next.size() == m_rows.size();
        for (int i = 0; sameIds && i < next.size(); ++i)
            sameIds = idOf(next.at(i)) == idOf(m_rows.at(i));
        if (!sameIds) {
            beginResetModel();
            m_rows = next;
            endResetModel();
            return;
        }
        m_rows = next;
        if (!m_rows.isEmpty())
            emit this->dataChanged(this->index(0, 0),
                                   this->index(int(m_rows.size()) - 1, this->columnCount() - 1));
    }

protected:
    virtual qint64 idOf(const Row &row) const = 0;

    QList<Row> m_rows;
};

} // namespace fleetcron
