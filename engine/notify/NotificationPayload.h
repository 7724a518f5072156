#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace fleetcron {

// One thing worth telling: a run that failed, recovered, runs long, began (pings), or the runs
// of an engine that died. Built by the dispatcher from the engine's events; everything a
// channel sends is made from it here, as pure functions, so the shapes can be tested alone.
struct NotificationEvent {
    struct ServerResult {
        qint64 serverId = 0;
        QString server;
        QString status;
        std::optional<int> exitCode;
        QString exitSignal;
        QString error;
        QByteArray stderrHead;  // the first stderrHeadBytes of stderr
        bool stderrCut = false; // stderr was longer than what is sent
    };

    QString event; // NotificationWords::events()
    QString engineId;
    QDateTime at;
    qint64 taskId = 0;
    QString taskName;
    qint64 runId = 0;
    QString runStatus;
    QString trigger;
    QDateTime startedAt;
    QDateTime finishedAt;
    QList<ServerResult> servers;
    qint64 medianMs = 0;     // slow: the median it was judged by
    double slowFactor = 0;   // slow: the rule's factor
    QStringList lostEngines; // engine-lost
};

class NotificationPayload {
public:
    static constexpr int stderrHeadBytes = 1024;
    // The header carrying "sha256=<hex HMAC-SHA256 of the body with the rule's secret>".
    static constexpr const char *signatureHeader = "X-Fleetcron-Signature";
    static constexpr const char *eventHeader = "X-Fleetcron-Event";
    static constexpr const char *deliveryHeader = "X-Fleetcron-Delivery";

    // The plain JSON body (docs/NOTIFICATIONS.md).
    static QJsonObject plain(const NotificationEvent &event);
    // The plain body wrapped as a CloudEvents 1.0 structured-mode event: specversion, id (the
    // delivery id, the same on every retry), source, type "io.fleetcron.run.<event>", time,
    // subject (the task), datacontenttype and the plain body as data.
    static QJsonObject cloudEvent(const NotificationEvent &event, const QString &deliveryId);
    // What a webhook sends for `format` (plain | cloudevents), compact.
    static QByteArray body(const NotificationEvent &event, const QString &format,
                           const QString &deliveryId);
    static QByteArray contentType(const QString &format);
    // "sha256=" and the lowercase hex HMAC-SHA256 of body keyed with secret.
    static QByteArray signature(const QByteArray &body, const QByteArray &secret);

    // A ping channel's URL for the event: <base>/start, <base> (success, recovered),
    // <base>/<exit code> when every failed server exited with one same non-zero code, else
    // <base>/fail (failure, engine-lost). Empty when the event has no ping (slow).
    static QUrl pingUrl(const QString &base, const NotificationEvent &event);

    // The console's tray notice.
    static QString title(const NotificationEvent &event);
    static QString message(const NotificationEvent &event);
};

} // namespace fleetcron
