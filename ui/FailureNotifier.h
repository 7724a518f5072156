#pragma once

#include "store/RunListRow.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

class QSystemTrayIcon;

namespace fleetcron {

// Tells the operator about failed runs through the system tray: one notice per failed run,
// but at most one notice per interval; failures in between are gathered into the next notice
// ("3 runs failed: backup, …") so a fleet failing at once does not bury the desktop.
class FailureNotifier : public QObject {
    Q_OBJECT
public:
    explicit FailureNotifier(QSystemTrayIcon *tray, int intervalMs = 10000,
                             QObject *parent = nullptr);

    void report(const QList<fleetcron::RunListRow> &failedRuns);
    int noticesShown() const { return m_shown; }

signals:
    void noticeShown(const QString &title, const QString &message);

private:
    void showPending();

    QSystemTrayIcon *m_tray;
    QList<RunListRow> m_pending;
    QElapsedTimer m_sinceLast;
    QTimer m_later;
    int m_shown = 0;
};

} // namespace fleetcron
