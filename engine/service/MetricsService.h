#pragma once

#include <QByteArray>

namespace fleetcron {

class Database;
class EngineMetrics;

// What GET /metrics serves: this engine's counters, gauges and histograms (EngineMetrics), with
// what only the store knows added when it is asked: the tasks' names on the per-task series,
// and every engine's heartbeat age from `engines`. Names and units are in docs/METRICS.md.
// Without an engine in the process (`metrics` null) only the store's part is there.
class MetricsService {
public:
    MetricsService(Database &db, EngineMetrics *metrics);

    // The Prometheus text exposition format (0.0.4), rendered now.
    QByteArray exposition();
    static QByteArray contentType();

private:
    Database &m_db;
    EngineMetrics *m_metrics;
};

} // namespace fleetcron
