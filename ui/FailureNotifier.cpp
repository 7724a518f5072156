#include "FailureNotifier.h"

#include "StatusStyle.h"

#include <QSystemTrayIcon>

namespace fleetcron {

FailureNotifier::FailureNotifier(QSystemTrayIcon *tray, int intervalMs, QObject *parent)
    : QObject(parent)
    , m_tray(tray) {
    m_later.setSingleShot(true);
    m_later.setInterval(intervalMs);
    connect(&m_later, &QTimer::timeout, this, &FailureNotifier::showPending);
}

void FailureNotifier::report(const QList<RunListRow> &failedRuns) {
    m_pending += failedRuns;
    if (m_pending.isEmpty() || m_later.isActive())
        return;
    if (!m_sinceLast.isValid() || m_sinceLast.elapsed() >= m_later.interval())
        showPending();
    else
        m_later.start(int(m_later.interval() - m_sinceLast.elapsed()));
}

void FailureNotifier::showPending() {
    if (m_pending.isEmpty())
        return;
    QString title;
    QString message;
    if (m_pending.size() == 1) {
        const RunListRow &row = m_pending.first();
        title = tr("Run %1 of %2 %3")
                    .arg(row.run.id)
                    .arg(row.taskName, StatusStyle::label(row.run.status));
        message = tr("%1 of %2 servers did not succeed.").arg(row.unsuccessful).arg(row.executions);
    } else {
        QStringList tasks;
        for (const RunListRow &row : std::as_const(m_pending)) {
            if (!tasks.contains(row.taskName))
                tasks << row.taskName;
        }
        title = tr("%n runs failed", nullptr, int(m_pending.size()));
        message = tr("Tasks: %1").arg(tasks.join(QStringLiteral(", ")));
    }
    m_pending.clear();
    m_sinceLast.start();
    ++m_shown;
    if (m_tray && m_tray->isVisible())
        m_tray->showMessage(title, message, QSystemTrayIcon::Warning);
    emit noticeShown(title, message);
}

} // namespace fleetcron
