#include "MetricsService.h"

#include "metrics/EngineMetrics.h"
#include "metrics/PrometheusText.h"
#include "store/EngineRepository.h"
#include "store/TaskRepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLoggingCategory>

namespace fleetcron {
namespace {

Q_LOGGING_CATEGORY(lcMetrics, "fleetcron.metrics")

} // namespace

MetricsService::MetricsService(Database &db, EngineMetrics *metrics)
    : m_db(db)
    , m_metrics(metrics) {}

QByteArray MetricsService::contentType() {
    return PrometheusText::contentType();
}

QByteArray MetricsService::exposition() {
    QList<MetricFamily> families;
    MetricFamily info("fleetcron_build_info", "Always 1; the version is in its label.",
                      MetricFamily::Type::Gauge);
    info.add(1, {{QByteArrayLiteral("version"), QCoreApplication::applicationVersion()}});
    families.append(std::move(info));

    if (m_metrics) {
        // Per-task series carry the task's name; a task deleted since is left out (and all
        // of them while the names cannot be read), so a reused name never doubles a series.
        auto names = TaskRepository(m_db).names();
        if (!names)
            qCWarning(lcMetrics).noquote() << names.error().toString();
        const QHash<qint64, QString> known = names ? names.value() : QHash<qint64, QString>();
        families.append(m_metrics->snapshot(&known));
    }

    // Every engine on this database, not only this one: an alert on a stale heartbeat then
    // fires from whichever daemon Prometheus still reaches.
    MetricFamily heartbeats("fleetcron_engine_heartbeat_age_seconds",
                            "Seconds since each engine in the database last wrote its heartbeat.",
                            MetricFamily::Type::Gauge);
    if (auto engines = EngineRepository(m_db).list()) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const EngineRecord &e : engines.value())
            heartbeats.add(
                qMax<qint64>(e.heartbeatAt.msecsTo(now), 0) / 1000.0,
                {{QByteArrayLiteral("engine"), e.id}, {QByteArrayLiteral("host"), e.host}});
    } else {
        qCWarning(lcMetrics).noquote() << engines.error().toString();
    }
    families.append(std::move(heartbeats));
    return PrometheusText::render(families);
}

} // namespace fleetcron
