#include "NotificationPayload.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QSet>

namespace fleetcron {
namespace {

QJsonValue iso(const QDateTime &t) {
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

} // namespace

QJsonObject NotificationPayload::plain(const NotificationEvent &e) {
    QJsonArray servers;
    for (const NotificationEvent::ServerResult &s : e.servers) {
        servers.append(QJsonObject{
            {QStringLiteral("server_id"), s.serverId},
            {QStringLiteral("server"), s.server},
            {QStringLiteral("status"), s.status},
            {QStringLiteral("exit_code"), s.exitCode ? QJsonValue(*s.exitCode) : QJsonValue()},
            {QStringLiteral("exit_signal"),
             s.exitSignal.isEmpty() ? QJsonValue() : QJsonValue(s.exitSignal)},
            {QStringLiteral("error"), s.error},
            {QStringLiteral("stderr"), QString::fromUtf8(s.stderrHead)},
            {QStringLiteral("stderr_truncated"), s.stderrCut},
        });
    }
    QJsonObject run{
        {QStringLiteral("id"), e.runId},
        {QStringLiteral("status"), e.runStatus},
        {QStringLiteral("trigger"), e.trigger},
        {QStringLiteral("started_at"), iso(e.startedAt)},
        {QStringLiteral("finished_at"), iso(e.finishedAt)},
        {QStringLiteral("duration_ms"), e.startedAt.isValid() && e.finishedAt.isValid()
                                            ? QJsonValue(e.startedAt.msecsTo(e.finishedAt))
                                            : QJsonValue()}};
    QJsonObject body{{QStringLiteral("event"), e.event},
                     {QStringLiteral("time"), iso(e.at)},
                     {QStringLiteral("engine_id"), e.engineId},
                     {QStringLiteral("task"),
                      e.taskId == 0
                          ? QJsonValue()
                          : QJsonValue(QJsonObject{{QStringLiteral("id"), e.taskId},
                                                   {QStringLiteral("name"), e.taskName}})},
                     {QStringLiteral("run"), e.runId == 0 ? QJsonValue() : QJsonValue(run)},
                     {QStringLiteral("servers"), servers}};
    if (e.event == QStringLiteral("slow")) {
        body.insert(QStringLiteral("median_ms"), e.medianMs);
        body.insert(QStringLiteral("slow_factor"), e.slowFactor);
    }
    if (!e.lostEngines.isEmpty())
        body.insert(QStringLiteral("lost_engines"), QJsonArray::fromStringList(e.lostEngines));
    return body;
}

QJsonObject NotificationPayload::cloudEvent(const NotificationEvent &e, const QString &deliveryId) {
    QJsonObject ce{
        {QStringLiteral("specversion"), QStringLiteral("1.0")},
        {QStringLiteral("id"), deliveryId},
        {QStringLiteral("source"), QStringLiteral("fleetcron://engine/%1").arg(e.engineId)},
        {QStringLiteral("type"), QStringLiteral("io.fleetcron.run.") + e.event},
        {QStringLiteral("time"), iso(e.at)},
        {QStringLiteral("datacontenttype"), QStringLiteral("application/json")},
        {QStringLiteral("data"), plain(e)}};
    if (e.taskId != 0)
        ce.insert(QStringLiteral("subject"), e.taskName);
    return ce;
}

QByteArray NotificationPayload::body(const NotificationEvent &e, const QString &format,
                                     const QString &deliveryId) {
    const QJsonObject o =
        format == QStringLiteral("cloudevents") ? cloudEvent(e, deliveryId) : plain(e);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray NotificationPayload::contentType(const QString &format) {
    return format == QStringLiteral("cloudevents") ? "application/cloudevents+json"
                                                   : "application/json";
}

QByteArray NotificationPayload::signature(const QByteArray &body, const QByteArray &secret) {
    return "sha256=" +
           QMessageAuthenticationCode::hash(body, secret, QCryptographicHash::Sha256).toHex();
}

QUrl NotificationPayload::pingUrl(const QString &base, const NotificationEvent &e) {
    QString root = base.trimmed();
    while (root.endsWith(QLatin1Char('/')))
        root.chop(1);
    if (e.event == QStringLiteral("start"))
        return QUrl(root + QStringLiteral("/start"));
    if (e.event == QStringLiteral("success") || e.event == QStringLiteral("recovered"))
        return QUrl(root);
    if (e.event == QStringLiteral("failure")) {
        // Healthchecks takes /<exit status>: only when the failure has one code to give.
        QSet<int> codes;
        bool allCoded = true;
        for (const NotificationEvent::ServerResult &s : e.servers) {
            if (s.status == QStringLiteral("succeeded"))
                continue;
            if (s.exitCode && *s.exitCode != 0)
                codes.insert(*s.exitCode);
            else
                allCoded = false;
        }
        if (allCoded && codes.size() == 1)
            return QUrl(root + QLatin1Char('/') + QString::number(*codes.begin()));
        return QUrl(root + QStringLiteral("/fail"));
    }
    if (e.event == QStringLiteral("engine-lost"))
        return QUrl(root + QStringLiteral("/fail"));
    return {};
}

QString NotificationPayload::title(const NotificationEvent &e) {
    if (e.event == QStringLiteral("engine-lost"))
        return QCoreApplication::translate("NotificationPayload", "Engine lost: %1")
            .arg(e.lostEngines.join(QStringLiteral(", ")));
    if (e.event == QStringLiteral("failure"))
        return QCoreApplication::translate("NotificationPayload", "Run %1 of %2 %3")
            .arg(e.runId)
            .arg(e.taskName, e.runStatus);
    if (e.event == QStringLiteral("recovered"))
        return QCoreApplication::translate("NotificationPayload", "%1 recovered").arg(e.taskName);
    if (e.event == QStringLiteral("slow"))
        return QCoreApplication::translate("NotificationPayload", "Run %1 of %2 is slow")
            .arg(e.runId)
            .arg(e.taskName);
    if (e.event == QStringLiteral("start"))
        return QCoreApplication::translate("NotificationPayload", "Run %1 of %2 started")
            .arg(e.runId)
            .arg(e.taskName);
    return QCoreApplication::translate("NotificationPayload", "Run %1 of %2 succeeded")
        .arg(e.runId)
        .arg(e.taskName);
}

QString NotificationPayload::message(const NotificationEvent &e) {
    if (e.event == QStringLiteral("slow"))
        return QCoreApplication::translate("NotificationPayload",
                                           "Running longer than %1 × its median of %2 s.")
            .arg(e.slowFactor)
            .arg(double(e.medianMs) / 1000.0, 0, 'f', 1);
    if (e.event == QStringLiteral("engine-lost"))
        return e.runId == 0 ? QCoreApplication::translate(
                                  "NotificationPayload", "Its runs were taken over by this engine.")
                            : QCoreApplication::translate("NotificationPayload",
                                                          "Run %1 of %2 was interrupted.")
                                  .arg(e.runId)
                                  .arg(e.taskName);
    int bad = 0;
    for (const NotificationEvent::ServerResult &s : e.servers)
        bad += s.status == QStringLiteral("succeeded") ? 0 : 1;
    return QCoreApplication::translate("NotificationPayload", "%1 of %2 servers did not succeed.")
        .arg(bad)
        .arg(e.servers.size());
}

} // namespace fleetcron
