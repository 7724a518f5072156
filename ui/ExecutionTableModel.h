#pragma once

#include "RowListModel.h"
#include "model/Execution.h"

#include <QHash>
#include <QTimer>

namespace fleetcron {

// The executions of the selected run, one row per server and attempt. Live changes (started,
// finished) are queued and applied together at most every 100 ms: with 200 executions
// starting at once the view repaints a few times, not 200.
class ExecutionTableModel : public RowListModel<Execution> {
    Q_OBJECT
public:
    enum Column { Id, Server, Attempt, Status, ExitCode, Started, Duration, Error, ColumnCount };

    explicit ExecutionTableModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    qint64 runId() const { return m_runId; }
    // Shows the executions of another run (empty until setExecutions()).
    void showRun(qint64 runId);
    // The executions of the shown run as stored; ignored when they belong to another run.
    void setExecutions(qint64 runId, const QList<Execution> &executions);
    void setServerNames(const QHash<qint64, QString> &names);
    QString serverName(qint64 serverId) const;

    // Live news from the console's engine; applied in the next batch.
    void executionStarted(qint64 executionId, qint64 runId);
    void executionFinished(const Execution &execution);
    // Applies queued live changes now (the batch timer calls it).
    void applyPending();

protected:
    qint64 idOf(const Execution &execution) const override { return execution.id; }

private:
    qint64 m_runId = 0;
    QHash<qint64, QString> m_serverNames;
    QHash<qint64, Execution> m_pendingFinished;
    QList<qint64> m_pendingStarted;
    QTimer m_batch;
};

} // namespace fleetcron
