#pragma once

#include "RowListModel.h"
#include "model/AuditEntry.h"

namespace fleetcron {

// The audit log as the console shows it, newest first: when (local time), who, through which
// face, what was done to what, and what changed.
class AuditTableModel : public RowListModel<AuditEntry> {
    Q_OBJECT
public:
    enum Column { Time, Who, Face, Action, Target, Change, ColumnCount };

    explicit AuditTableModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "port: 22 → 2222; tags: [] → [\"web\"]" for the fields that differ; "created" or
    // "removed" with the name when one side is empty.
    static QString summary(const AuditEntry &entry);

protected:
    qint64 idOf(const AuditEntry &entry) const override { return entry.id; }
};

} // namespace fleetcron
