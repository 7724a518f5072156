#include "OutputFollower.h"

#include "ExecutionLogView.h"
#include "ExecutionTableModel.h"
#include "RunTableModel.h"
#include "StatusStyle.h"
#include "runtime/EngineHost.h"
#include "service/Services.h"

namespace fleetcron {
namespace {

struct LogRead {
    StoreResult<Execution> execution;
    StoreResult<QList<ExecutionOutputChunk>> chunks;
};

} // namespace

OutputFollower::OutputFollower(EngineHost &host, ExecutionLogView *log,
                               const ExecutionTableModel *executions, const RunTableModel *runs,
                               QObject *parent)
    : QObject(parent)
    , m_host(host)
    , m_log(log)
    , m_executions(executions)
    , m_runs(runs) {
    connect(&m_host.events(), &EngineEvents::outputBatch, this, &OutputFollower::onOutputBatch);
}

void OutputFollower::follow(qint64 executionId) {
    m_state = State();
    m_state.executionId = executionId;
    const int row = m_executions->rowOfId(executionId);
    const QString title =
        row < 0 ? QString()
                : tr("Execution %1 on %2 (attempt %3)")
                      .arg(executionId)
                      .arg(m_executions->serverName(m_executions->rowAt(row).serverId))
                      .arg(m_executions->rowAt(row).attempt);
    m_log->showExecution(executionId, title);
    if (executionId)
        load(executionId);
}

void OutputFollower::load(qint64 executionId) {
    m_state.loading = true;
    m_state.heldBack.clear();
    m_host.read(
        this,
        [executionId](Services &services) {
            auto execution = services.runs.execution(executionId);
            // While it runs, its output so far is in the live chunks, not yet in the row.
            auto chunks =
                execution && !isFinal(execution->status)
                    ? services.runs.outputSince(executionId, -1)
                    : StoreResult<QList<ExecutionOutputChunk>>(QList<ExecutionOutputChunk>());
            return LogRead{execution, chunks};
        },
        [this, executionId](LogRead read) {
            if (executionId != m_state.executionId)
                return;
            m_state.loading = false;
            if (!read.execution || !read.chunks) {
                m_log->setTitle(!read.execution ? read.execution.error().toString()
                                                : read.chunks.error().toString());
                return;
            }
            const Execution &e = read.execution.value();
            if (isFinal(e.status)) {
                m_state.ended = true;
                m_log->setStoredOutput(e.stdoutData, e.stderrData, e.stdoutTruncated,
                                       e.stderrTruncated);
                return;
            }
            m_log->showExecution(executionId, tr("Execution %1 on %2 (running)")
                                                  .arg(executionId)
                                                  .arg(m_executions->serverName(e.serverId)));
            m_log->appendChunks(read.chunks.value());
            if (!read.chunks->isEmpty())
                m_state.lastSeq = read.chunks->last().seq;
            const int runRow = m_runs->rowOfRun(e.runId);
            m_state.fromOwnEngine = runRow >= 0 && !m_engineId.isEmpty() &&
                                    m_runs->rowAt(runRow).run.engineId == m_engineId;
            if (m_state.fromOwnEngine)
                m_log->appendChunks(m_state.heldBack);
            m_state.heldBack.clear();
        });
}

void OutputFollower::poll() {
    State &s = m_state;
    if (!s.executionId || s.ended || s.loading || s.fromOwnEngine || s.polling)
        return;
    s.polling = true;
    m_host.read(
        this,
        [id = s.executionId, after = s.lastSeq](Services &services) {
            return services.runs.outputSince(id, after);
        },
        [this, id = s.executionId](StoreResult<QList<ExecutionOutputChunk>> chunks) {
            if (id != m_state.executionId)
                return;
            m_state.polling = false;
            if (!chunks || chunks->isEmpty() || m_state.ended || m_state.loading)
                return;
            m_log->appendChunks(chunks.value());
            m_state.lastSeq = chunks->last().seq;
        });
}

void OutputFollower::executionsReloaded() {
    // An execution another engine ran has ended: its stored output is complete now.
    const int row = m_executions->rowOfId(m_state.executionId);
    if (row >= 0 && !m_state.ended && !m_state.fromOwnEngine &&
        isFinal(m_executions->rowAt(row).status))
        load(m_state.executionId);
}

void OutputFollower::onOutputBatch(const QList<ExecutionOutputChunk> &chunks) {
    State &s = m_state;
    if (!s.executionId || s.ended)
        return;
    if (s.loading) {
        for (const ExecutionOutputChunk &c : chunks) {
            if (c.executionId == s.executionId)
                s.heldBack << c;
        }
        return;
    }
    if (s.fromOwnEngine)
        m_log->appendChunks(chunks); // it keeps only the shown execution's
}

void OutputFollower::executionFinished(const Execution &execution) {
    if (execution.id != m_state.executionId || m_state.loading)
        return;
    // The engine hands over the complete output with the result.
    m_state.ended = true;
    m_log->setTitle(tr("Execution %1 on %2: %3")
                        .arg(execution.id)
                        .arg(m_executions->serverName(execution.serverId),
                             StatusStyle::label(execution.status)));
    m_log->setStoredOutput(execution.stdoutData, execution.stderrData, execution.stdoutTruncated,
                           execution.stderrTruncated);
}

} // namespace fleetcron
