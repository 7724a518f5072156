#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace fleetcron {

// When, for what and where to tell someone about runs (issue 13). The words below are stored,
// printed by the CLI and returned by the API, so they are spelled once here.
//
// Events:  start (a run began; ping only), success, failure (failed, partial, interrupted),
//          recovered (a success after a failure), slow (still running after slowFactor times the
//          task's median successful duration), engine-lost (failover took over a dead engine's
//          runs).
// Channels: webhook (HTTP POST of a JSON body, HMAC-signed when a secret is set), ping
//          (Healthchecks/Cronitor-style URL: /start, the URL itself, /fail or /<exit code>),
//          tray (the console's system tray notice; nothing leaves the machine).
struct NotificationRule {
    qint64 id = 0;
    QString name;
    qint64 taskId = 0; // 0: every task (a global rule)
    QStringList events;
    QString channel;
    QString url;
    QString format = QStringLiteral("plain"); // plain | cloudevents (webhook only)
    double slowFactor = 3.0;
    bool hasSecret = false;
    bool enabled = true;
    QDateTime createdAt;

    bool isGlobal() const { return taskId == 0; }
    bool wants(const QString &event) const { return enabled && events.contains(event); }
};

// One attempt to deliver one event through one rule, as recorded.
struct NotificationDelivery {
    qint64 id = 0;
    qint64 ruleId = 0;
    QString ruleName;
    QString event;
    qint64 taskId = 0;
    qint64 runId = 0;
    QString url;
    int attempt = 1;
    QString outcome; // delivered | retrying | failed | dropped (the outbox was full)
    int httpStatus = 0;
    QString error;
    QDateTime at;
    qint64 durationMs = 0;
};

namespace NotificationWords {
inline const QStringList &events() {
    static const QStringList all{QStringLiteral("start"),   QStringLiteral("success"),
                                 QStringLiteral("failure"), QStringLiteral("recovered"),
                                 QStringLiteral("slow"),    QStringLiteral("engine-lost")};
    return all;
}
inline const QStringList &channels() {
    static const QStringList all{QStringLiteral("webhook"), QStringLiteral("ping"),
                                 QStringLiteral("tray")};
    return all;
}
inline const QStringList &formats() {
    static const QStringList all{QStringLiteral("plain"), QStringLiteral("cloudevents")};
    return all;
}
} // namespace NotificationWords

} // namespace fleetcron
