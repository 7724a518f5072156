#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QObject>

namespace fleetcron {

class Engine;
class EngineMetrics;
class Scheduler;

// Feeds an engine's EngineMetrics from the signals its parts already send, so no part needs to
// know about metrics: the engine's run and execution events, the store writer's commits, the
// scheduler's claims and skips; and sets the samplers for what the SSH pool and the writer count
// themselves. Lives on the engine's thread, which is where the run events arrive; the writer's
// and the scheduler's signals are taken on their own threads (EngineMetrics is atomics).
class MetricsFeed : public QObject {
    Q_OBJECT
public:
    MetricsFeed(Engine &engine, EngineMetrics &metrics, QObject *parent = nullptr);
    // Clears the samplers: they point into the engine, which goes away after this.
    ~MetricsFeed() override;

    void watch(Scheduler &scheduler);

private:
    EngineMetrics &m_metrics;
    QElapsedTimer m_clock;
    QHash<qint64, qint64> m_startedAtMs; // active runs, by run id, on m_clock
};

} // namespace fleetcron
