#include "EngineMetrics.h"

namespace fleetcron {
namespace {

using Type = MetricFamily::Type;
constexpr auto relaxed = std::memory_order_relaxed;

QPair<QByteArray, QString> status(const QString &word) {
    return {QByteArrayLiteral("status"), word};
}

} // namespace

EngineMetrics::EngineMetrics()
    : m_lateness(Histogram::latenessBounds())
    , m_durations(Histogram::durationBounds()) {}

void EngineMetrics::runStarted() {
    m_activeRuns.fetch_add(1, relaxed);
}

void EngineMetrics::runFinished(qint64 taskId, RunStatus status, double seconds) {
    m_activeRuns.fetch_sub(1, relaxed);
    m_runs[size_t(status)].fetch_add(1, relaxed);
    m_durations.observe(taskId, seconds);
}

void EngineMetrics::fireClaimed(double lateSeconds) {
    m_lateness.observe(lateSeconds);
}

void EngineMetrics::fireSkipped(SkipReason reason) {
    m_skipped[size_t(reason)].fetch_add(1, relaxed);
    if (reason != SkipReason::Misfire) // a misfire skip records no run
        m_runs[size_t(RunStatus::Skipped)].fetch_add(1, relaxed);
}

void EngineMetrics::executionFinished(ExecutionStatus status) {
    m_executions[size_t(status)].fetch_add(1, relaxed);
}

void EngineMetrics::writesCommitted(int writes) {
    m_writes.fetch_add(quint64(qMax(writes, 0)), relaxed);
}

void EngineMetrics::writeFailed() {
    m_writeFailures.fetch_add(1, relaxed);
}

void EngineMetrics::setSampler(Sampled which, std::function<double()> sampler) {
    QMutexLocker lock(&m_samplersMutex);
    m_samplers[size_t(which)] = std::move(sampler);
}

quint64 EngineMetrics::runs(RunStatus status) const {
    return m_runs[size_t(status)].load(relaxed);
}

QList<MetricFamily> EngineMetrics::snapshot(const QHash<qint64, QString> *taskNames) const {
    QList<MetricFamily> families;

    MetricFamily runs("fleetcron_runs_total",
                      "Runs this engine ended since it started, by final status.", Type::Counter);
    for (int i = 0; i < runStatuses; ++i) {
        const auto s = RunStatus(i);
        if (s != RunStatus::Pending && s != RunStatus::Running)
            runs.add(double(m_runs[size_t(i)].load(relaxed)), {status(toString(s))});
    }
    families.append(std::move(runs));

    MetricFamily active("fleetcron_runs_active", "Runs executing on this engine now.", Type::Gauge);
    active.add(double(qMax<qint64>(m_activeRuns.load(relaxed), 0)));
    families.append(std::move(active));

    MetricFamily executions("fleetcron_executions_total",
                            "Executions (one server within a run) this engine ended since it "
                            "started, by final status.",
                            Type::Counter);
    for (int i = 0; i < executionStatuses; ++i) {
        if (isFinal(ExecutionStatus(i)))
            executions.add(double(m_executions[size_t(i)].load(relaxed)),
                           {status(toString(ExecutionStatus(i)))});
    }
    families.append(std::move(executions));

    MetricFamily durations("fleetcron_run_duration_seconds",
                           "How long this engine's runs took, from start to the last server's "
                           "end, per task.",
                           Type::Histogram);
    m_durations.appendTo(durations, taskNames);
    families.append(std::move(durations));

    MetricFamily lateness("fleetcron_fire_lateness_seconds",
                          "How long after its due time each fire of this engine began (claimed, or "
                          "released when claimed ahead).",
                          Type::Histogram);
    m_lateness.appendTo(lateness, {});
    families.append(std::move(lateness));

    MetricFamily skipped("fleetcron_fires_skipped_total",
                         "Fires this engine did not run: overlap (the previous run was still "
                         "active), misfire (missed while no engine ran) or blackout (inside a "
                         "blackout window).",
                         Type::Counter);
    skipped.add(double(m_skipped[size_t(SkipReason::Overlap)].load(relaxed)),
                {{QByteArrayLiteral("reason"), QStringLiteral("overlap")}});
    skipped.add(double(m_skipped[size_t(SkipReason::Misfire)].load(relaxed)),
                {{QByteArrayLiteral("reason"), QStringLiteral("misfire")}});
    skipped.add(double(m_skipped[size_t(SkipReason::Blackout)].load(relaxed)),
                {{QByteArrayLiteral("reason"), QStringLiteral("blackout")}});
    families.append(std::move(skipped));

    MetricFamily writes("fleetcron_store_writes_total",
                        "Writes (execution starts, output chunks, results) the store writer "
                        "committed.",
                        Type::Counter);
    writes.add(double(m_writes.load(relaxed)));
    families.append(std::move(writes));
    MetricFamily failures("fleetcron_store_write_failures_total",
                          "Writes the store writer could not store and gave up on.", Type::Counter);
    failures.add(double(m_writeFailures.load(relaxed)));
    families.append(std::move(failures));

    QMutexLocker lock(&m_samplersMutex);
    auto sampled = [&](Sampled which, const char *name, const char *help, Type type) {
        MetricFamily f(name, help, type);
        const auto &sampler = m_samplers[size_t(which)];
        f.add(sampler ? sampler() : 0.0);
        families.append(std::move(f));
    };
    sampled(Sampled::WriterQueue, "fleetcron_store_writer_queue_depth",
            "Writes waiting in the store writer's queue.", Type::Gauge);
    sampled(Sampled::IndexBacklog, "fleetcron_search_index_backlog",
            "Stored outputs not in the search index yet (found by search all the same).",
            Type::Gauge);
    sampled(Sampled::PoolSessions, "fleetcron_ssh_pool_sessions",
            "Authenticated SSH sessions the pool holds open (busy or idle).", Type::Gauge);
    sampled(Sampled::PoolSessionsOpened, "fleetcron_ssh_pool_sessions_opened_total",
            "SSH sessions the pool opened since the engine started.", Type::Counter);
    return families;
}

} // namespace fleetcron
