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
    if (!m_failuresByRule)
        m_pending += failedRuns;
    if ((m_pending.isEmpty() && m_pendingNotices.isEmpty()) || m_later.isActive())
        return;
    if (!m_sinceLast.isValid() || m_sinceLast.elapsed() >= m_later.interval())
        showPending();
    else
        m_later.start(int(m_later.interval() - m_sinceLast.elapsed()));
}

void FailureNotifier::notice(const QString &title, const QString &message) {
    m_pendingNotices.append({title, message});
    report({});
}

void FailureNotifier::showPending() {
    if (m_pending.isEmpty() && m_pendingNotices.isEmpty())
        return;
    QString title;
    QString message;
    if (m_pending.isEmpty() && m_pendingNotices.size() == 1) {
        std::tie(title, message) = m_pendingNotices.first();
    } else if (m_pending.isEmpty()) {
        title = tr("%n notices", nullptr, int(m_pendingNotices.size()));
        QStringList titles;
        for (const auto &n : std::as_const(m_pendingNotices))
            titles << n.first;
        message = titles.join(QStringLiteral("; "));
    } else if (m_pending.size() == 1 && m_pendingNotices.isEmpty()) {
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
        for (const auto &n : std::as_const(m_pendingNotices))
            message += QStringLiteral("; ") + n.first;
    }
    m_pending.clear();
    m_pendingNotices.clear();
    m_sinceLast.start();
    ++m_shown;
    if (m_tray && m_tray->isVisible())
        m_tray->showMessage(title, message, QSystemTrayIcon::Warning);
    emit noticeShown(title, message);
}

} // namespace fleetcron
