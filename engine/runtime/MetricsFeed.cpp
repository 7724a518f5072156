#include "MetricsFeed.h"

#include "core/Engine.h"
#include "metrics/EngineMetrics.h"
#include "scheduler/Scheduler.h"
#include "ssh/SshPool.h"
#include "store/StoreWriter.h"

namespace fleetcron {

MetricsFeed::MetricsFeed(Engine &engine, EngineMetrics &metrics, QObject *parent)
    : QObject(parent)
    , m_metrics(metrics) {
    m_clock.start();
    connect(&engine, &EngineEvents::runStarted, this, [this](qint64 runId, qint64) {
        m_startedAtMs.insert(runId, m_clock.elapsed());
        m_metrics.runStarted();
    });
    connect(&engine, &EngineEvents::runFinished, this,
            [this](qint64 runId, qint64 taskId, RunStatus status) {
                const qint64 startedAt = m_startedAtMs.take(runId);
                m_metrics.runFinished(taskId, status, (m_clock.elapsed() - startedAt) / 1000.0);
            });
    connect(&engine, &EngineEvents::executionFinished, this,
            [this](const Execution &e) { m_metrics.executionFinished(e.status); });

    StoreWriter *writer = &engine.writer();
    connect(writer, &StoreWriter::batchCommitted, writer,
            [this](quint64, int writes) { m_metrics.writesCommitted(writes); });
    connect(writer, &StoreWriter::writeFailed, writer,
            [this](quint64, const QString &) { m_metrics.writeFailed(); });
    m_metrics.setSampler(EngineMetrics::Sampled::WriterQueue,
                         [writer] { return double(writer->queued()); });
    // Not counted yet (-1, the first moment of a writer) reads as none.
    m_metrics.setSampler(EngineMetrics::Sampled::IndexBacklog,
                         [writer] { return double(qMax<qint64>(0, writer->indexBacklog())); });
    SshPool *pool = &engine.sshPool();
    m_metrics.setSampler(EngineMetrics::Sampled::PoolSessions,
                         [pool] { return double(pool->openConnections()); });
    m_metrics.setSampler(EngineMetrics::Sampled::PoolSessionsOpened,
                         [pool] { return double(pool->connectionsOpened()); });
}

MetricsFeed::~MetricsFeed() {
    for (auto which :
         {EngineMetrics::Sampled::WriterQueue, EngineMetrics::Sampled::IndexBacklog,
          EngineMetrics::Sampled::PoolSessions, EngineMetrics::Sampled::PoolSessionsOpened})
        m_metrics.setSampler(which, {});
}

void MetricsFeed::watch(Scheduler &scheduler) {
    // Direct, on the scheduler's thread: the claim time is what is measured, not when the
    // engine's thread gets to it.
    connect(&scheduler, &Scheduler::fired, &scheduler,
            [this](qint64, qint64, const QDateTime &, qint64 lateMs) {
                m_metrics.fireClaimed(lateMs / 1000.0);
            });
    connect(&scheduler, &Scheduler::skipped, &scheduler,
            [this](qint64, const QDateTime &, const QString &why) {
                m_metrics.fireSkipped(
                    why == QLatin1String("misfire")    ? EngineMetrics::SkipReason::Misfire
                    : why == QLatin1String("blackout") ? EngineMetrics::SkipReason::Blackout
                                                       : EngineMetrics::SkipReason::Overlap);
            });
}

} // namespace fleetcron
