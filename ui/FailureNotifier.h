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
//
// Two sources feed it: the runs the Runs page sees fail (any engine's; the console's default),
// and the notification rules of the tray channel (issue 13), which the console's engine fires
// for the events they name (failure, recovered, slow, engine-lost). While a tray rule takes
// failures, the first source is muted, so a failure is told once.
class FailureNotifier : public QObject {
    Q_OBJECT
public:
    explicit FailureNotifier(QSystemTrayIcon *tray, int intervalMs = 10000,
                             QObject *parent = nullptr);

    void report(const QList<fleetcron::RunListRow> &failedRuns);
    // A tray rule's notice, under the same one-per-interval limit.
    void notice(const QString &title, const QString &message);
    // Whether a tray rule takes failures (then report() stays quiet).
    void setFailuresByRule(bool byRule) { m_failuresByRule = byRule; }
    int noticesShown() const { return m_shown; }

signals:
    void noticeShown(const QString &title, const QString &message);

private:
    void showPending();

    QSystemTrayIcon *m_tray;
    QList<RunListRow> m_pending;
    QList<std::pair<QString, QString>> m_pendingNotices;
    bool m_failuresByRule = false;
    QElapsedTimer m_sinceLast;
    QTimer m_later;
    int m_shown = 0;
};

} // namespace fleetcron
