#pragma once

#include <QWidget>

class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace fleetcron {

class AuditTableModel;
class EngineHost;

// The Audit view: the newest changes made through any face (console, CLI, API) and by hand
// started or cancelled runs, from AuditService on the reader thread. Read when the view is
// shown and on Refresh, not polled: the log only grows by people's actions.
class AuditPage : public QWidget {
    Q_OBJECT
public:
    // Entries shown at most; older ones stay in `fleetcron audit`.
    static constexpr int shownEntries = 1000;

    AuditPage(EngineHost &host, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }

public slots:
    void reload();

signals:
    // After each read (tests wait for it).
    void loaded();

private:
    EngineHost &m_host;
    AuditTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_state = nullptr;
    bool m_loading = false;
};

} // namespace fleetcron
