#pragma once

#include "model/Server.h"

#include <QWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace fleetcron {

class ServerTableModel;
class ServiceCalls;

// The Servers view: every live server in a table with a filter box, and what the operator does
// to the selected one. Removing goes through ServerService, which also drops the server's
// secret and its pooled sessions.
class ServersPage : public QWidget {
    Q_OBJECT
public:
    ServersPage(ServiceCalls &calls, QWidget *parent = nullptr);

    void setServers(const QList<Server> &servers);
    qint64 selectedId() const;
    QTableView *table() const { return m_table; }

public slots:
    void editSelected();
    void removeSelected();

signals:
    void editRequested(qint64 serverId);
    void selectionChanged();
    // A change was made here: the window reads servers and tasks again.
    void changed();

private:
    ServiceCalls &m_calls;
    ServerTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLineEdit *m_filter = nullptr;
    QTableView *m_table = nullptr;
};

} // namespace fleetcron
