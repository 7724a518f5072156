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

const QByteArray taskIdLabel = QByteArrayLiteral("task_id");

// Adds task="<name>" next to each task_id label; a series whose task was deleted since is left
// out, so a name reused by a new task can never give two series the same labels.
void nameTasks(MetricFamily &family, const QHash<qint64, QString> &names) {
    QList<MetricSample> named;
    named.reserve(family.samples.size());
    for (MetricSample &sample : family.samples) {
        if (sample.labels.isEmpty() || sample.labels.first().first != taskIdLabel) {
            named.append(std::move(sample));
            continue;
        }
        const auto name = names.constFind(sample.labels.first().second.toLongLong());
        if (name == names.cend())
            continue;
        sample.labels.insert(0, {QByteArrayLiteral("task"), name.value()});
        named.append(std::move(sample));
    }
    family.samples = std::move(named);
}

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
        families.append(m_metrics->snapshot());
        auto names = TaskRepository(m_db).names();
        if (!names)
            qCWarning(lcMetrics).noquote() << names.error().toString();
        for (MetricFamily &family : families) {
            if (family.name == "fleetcron_run_duration_seconds")
                nameTasks(family, names ? names.value() : QHash<qint64, QString>());
        }
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
