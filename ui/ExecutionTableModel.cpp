#include "ExecutionTableModel.h"

#include "DisplayFormat.h"
#include "StatusStyle.h"

namespace fleetcron {

ExecutionTableModel::ExecutionTableModel(QObject *parent)
    : RowListModel<Execution>(parent) {
    m_batch.setSingleShot(true);
    m_batch.setInterval(100);
    connect(&m_batch, &QTimer::timeout, this, &ExecutionTableModel::applyPending);
}

int ExecutionTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString ExecutionTableModel::serverName(qint64 serverId) const {
    return m_serverNames.value(serverId, tr("server %1").arg(serverId));
}

QVariant ExecutionTableModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Execution &e = m_rows.at(index.row());
    if (role == IdRole)
        return e.id;
    if (role == SortRole) {
        switch (index.column()) {
        case Started:
            return e.startedAt.isValid() ? e.startedAt.toMSecsSinceEpoch() : qint64(0);
        case Duration:
            return DisplayFormat::durationMs(e.startedAt, e.endedAt);
        case ExitCode:
            return e.exitCode ? *e.exitCode : -1;
        default:
            break;
        }
    }
    if (role == Qt::DisplayRole || role == SortRole) {
        switch (index.column()) {
        case Id:
            return e.id;
        case Server:
            return serverName(e.serverId);
        case Attempt:
            return e.attempt;
        case Status:
            return StatusStyle::label(e.status);
        case ExitCode:
            if (e.exitCode)
                return *e.exitCode;
            return e.exitSignal.isEmpty() ? QString() : tr("signal %1").arg(e.exitSignal);
        case Started:
            return DisplayFormat::time(e.startedAt);
        case Duration:
            return DisplayFormat::duration(e.startedAt, e.endedAt);
        case Error:
            return e.error;
        }
    }
    if (role == Qt::DecorationRole && index.column() == Status)
        return StatusStyle::icon(e.status);
    if (role == Qt::ForegroundRole && index.column() == Status)
        return StatusStyle::colour(e.status);
    if (role == Qt::ToolTipRole && index.column() == Error && !e.error.isEmpty())
        return e.error;
    return {};
}

QVariant ExecutionTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Id:
        return tr("Execution");
    case Server:
        return tr("Server");
    case Attempt:
        return tr("Attempt");
    case Status:
        return tr("Status");
    case ExitCode:
        return tr("Exit");
    case Started:
        return tr("Started");
    case Duration:
        return tr("Duration");
    case Error:
        return tr("Error");
    }
    return {};
}

void ExecutionTableModel::showRun(qint64 runId) {
    m_runId = runId;
    m_pendingFinished.clear();
    m_pendingStarted.clear();
    replaceAll({});
}

void ExecutionTableModel::setExecutions(qint64 runId, const QList<Execution> &executions) {
    if (runId != m_runId)
        return;
    QList<Execution> next = executions;
    // Ascending by id: the order executions were created in, stable as they change.
    std::sort(next.begin(), next.end(),
              [](const Execution &a, const Execution &b) { return a.id < b.id; });
    replaceAll(next);
}

void ExecutionTableModel::setServerNames(const QHash<qint64, QString> &names) {
    m_serverNames = names;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, Server), index(int(m_rows.size()) - 1, Server));
}

void ExecutionTableModel::executionStarted(qint64 executionId, qint64 runId) {
    if (runId != m_runId)
        return;
    m_pendingStarted << executionId;
    if (!m_batch.isActive())
        m_batch.start();
}

void ExecutionTableModel::executionFinished(const Execution &execution) {
    if (execution.runId != m_runId)
        return;
    Execution kept = execution;
    kept.stdoutData.clear(); // the log view has the output; the table needs none of it
    kept.stderrData.clear();
    m_pendingFinished.insert(kept.id, kept);
    if (!m_batch.isActive())
        m_batch.start();
}

void ExecutionTableModel::applyPending() {
    int first = -1;
    int last = -1;
    auto touch = [&](int row) {
        first = first < 0 ? row : qMin(first, row);
        last = qMax(last, row);
    };
    for (qint64 id : std::as_const(m_pendingStarted)) {
        const int row = rowOfId(id);
        if (row >= 0 && m_rows[row].status == ExecutionStatus::Pending) {
            m_rows[row].status = ExecutionStatus::Running;
            m_rows[row].startedAt = QDateTime::currentDateTimeUtc();
            touch(row);
        }
    }
    for (const Execution &e : std::as_const(m_pendingFinished)) {
        const int row = rowOfId(e.id);
        if (row >= 0) {
            m_rows[row] = e;
            touch(row);
        } else {
            // A retry's new attempt the table has not loaded yet.
            beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
            m_rows.append(e);
            endInsertRows();
        }
    }
    m_pendingStarted.clear();
    m_pendingFinished.clear();
    if (first >= 0)
        emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

} // namespace fleetcron
