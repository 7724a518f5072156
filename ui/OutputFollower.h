#pragma once

#include "store/ExecutionOutputChunk.h"

#include <QObject>

namespace fleetcron {

class EngineHost;
class ExecutionLogView;
class ExecutionTableModel;
class RunTableModel;
struct Execution;

// Keeps the log view on one execution's output as it grows. Its new output arrives in one of
// two ways: from this console's engine (EngineHost::events(), at once) or, when another
// engine (a daemon on the same database) runs it, by polling the stored chunks after the last
// one shown. Once the execution has ended, its stored output replaces the live one.
class OutputFollower : public QObject {
    Q_OBJECT
public:
    // `executions` names the servers and holds the shown run's executions; `runs` says which
    // engine runs them.
    OutputFollower(EngineHost &host, ExecutionLogView *log, const ExecutionTableModel *executions,
                   const RunTableModel *runs, QObject *parent = nullptr);

    qint64 executionId() const { return m_state.executionId; }
    // This console's engine, to tell its executions from another engine's.
    void setEngineId(const QString &engineId) { m_engineId = engineId; }

    // Shows `executionId` (0: nothing).
    void follow(qint64 executionId);
    // Asks for new output of an execution another engine runs. Called every second.
    void poll();
    // The shown run's executions were read again: one another engine ran may have ended.
    void executionsReloaded();
    void executionFinished(const Execution &execution);

private:
    void load(qint64 executionId);
    void onOutputBatch(const QList<ExecutionOutputChunk> &chunks);

    EngineHost &m_host;
    ExecutionLogView *m_log;
    const ExecutionTableModel *m_executions;
    const RunTableModel *m_runs;
    QString m_engineId;

    struct State {
        qint64 executionId = 0;
        bool ended = false;
        bool loading = false;
        bool fromOwnEngine = false;
        bool polling = false;
        int lastSeq = -1;
        QList<ExecutionOutputChunk> heldBack; // live output that came while loading
    } m_state;
};

} // namespace fleetcron
