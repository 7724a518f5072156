#pragma once

#include "Histogram.h"
#include "MetricFamily.h"
#include "TaskHistograms.h"
#include "model/Statuses.h"

#include <QMutex>

#include <array>
#include <atomic>
#include <functional>

namespace fleetcron {

// What one engine counts since its process started, for GET /metrics: runs and executions by
// status, how long runs take per task, how late fires are claimed, and a few gauges. The engine,
// scheduler and writer feed it (runtime/MetricsFeed connects their signals); any thread may call
// the record methods, which are relaxed atomic adds. Gauges that already live elsewhere (the SSH
// pool's sessions, the writer's queue) are sampled when read, through samplers the feed sets.
//
// Names follow the Prometheus conventions (docs/METRICS.md): base units, `_total` on counters.
class EngineMetrics {
public:
    enum class Sampled { PoolSessions, PoolSessionsOpened, WriterQueue, IndexBacklog, Count_ };
    enum class SkipReason { Overlap, Misfire, Blackout };

    EngineMetrics();
    EngineMetrics(const EngineMetrics &) = delete;
    EngineMetrics &operator=(const EngineMetrics &) = delete;

    void runStarted();
    void runFinished(qint64 taskId, RunStatus status, double seconds);
    // A fire claimed `lateSeconds` after its due time (also those then skipped for overlap).
    void fireClaimed(double lateSeconds);
    // A fire not run; an overlap skip is also a run recorded as skipped.
    void fireSkipped(SkipReason reason);
    void executionFinished(ExecutionStatus status);
    void writesCommitted(int writes);
    void writeFailed();

    // Set once the engine's parts exist; read on every snapshot.
    void setSampler(Sampled which, std::function<double()> sampler);

    // Every metric above, read now. Runs and executions list every status, zero or not, so a
    // rate() over a status that has not happened yet is 0 instead of missing. `taskNames`
    // labels the per-task series with their task's name (TaskHistograms::appendTo).
    QList<MetricFamily> snapshot(const QHash<qint64, QString> *taskNames = nullptr) const;

    // What the tests and the feed read back.
    quint64 runs(RunStatus status) const;
    qint64 activeRuns() const { return m_activeRuns.load(std::memory_order_relaxed); }

private:
    static constexpr int runStatuses = int(RunStatus::Interrupted) + 1;
    static constexpr int executionStatuses = int(ExecutionStatus::Interrupted) + 1;

    std::array<std::atomic<quint64>, runStatuses> m_runs{};
    std::array<std::atomic<quint64>, executionStatuses> m_executions{};
    std::array<std::atomic<quint64>, 3> m_skipped{};
    std::atomic<qint64> m_activeRuns{0};
    std::atomic<quint64> m_writes{0};
    std::atomic<quint64> m_writeFailures{0};
    Histogram m_lateness;
    TaskHistograms m_durations;

    mutable QMutex m_samplersMutex;
    std::array<std::function<double()>, size_t(Sampled::Count_)> m_samplers;
};

} // namespace fleetcron
