#pragma once

#include "RowListModel.h"
#include "model/Server.h"

namespace fleetcron {

// The Servers view: every live server, one row each.
class ServerTableModel : public RowListModel<Server> {
    Q_OBJECT
public:
    enum Column { Name, Host, Port, User, Auth, Tags, MaxParallel, Enabled, HostKey, ColumnCount };

    explicit ServerTableModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    qint64 idOf(const Server &server) const override { return server.id; }
};

} // namespace fleetcron
