#pragma once

#include "NotificationPayload.h"
#include "model/Notification.h"

#include <QByteArray>
#include <QNetworkRequest>

class QNetworkAccessManager;
class QNetworkReply;

namespace fleetcron {

class SecretStore;

// How one event goes out through one rule: the HTTP request (a signed JSON POST for a webhook,
// a GET of the right ping URL), and what its reply means. Shared by the dispatcher (async, with
// retries) and the service's `test` (one blocking attempt).
class NotificationSender {
public:
    struct Request {
        QNetworkRequest request;
        QByteArray verb; // POST (webhook) or GET (ping)
        QByteArray body;
        bool skip = false; // the event has no request on this channel (a slow ping)
    };
    struct Outcome {
        bool ok = false;
        int httpStatus = 0;
        QString error; // empty when ok
        qint64 durationMs = 0;
    };

    // Where a rule's HMAC secret is kept in the secret store.
    static QString secretKey(qint64 ruleId) {
        return QStringLiteral("notification/%1/secret").arg(ruleId);
    }
    // The rule's secret, or empty when it has none or the store cannot give it (`error` says).
    static QByteArray readSecret(SecretStore *secrets, const NotificationRule &rule,
                                 QString *error);

    static Request build(const NotificationRule &rule, const NotificationEvent &event,
                         const QByteArray &secret, const QString &deliveryId, int timeoutMs);
    static QNetworkReply *send(QNetworkAccessManager &net, const Request &request);
    // A finished reply: ok for 2xx, else the status or the network error in words.
    static Outcome outcomeOf(QNetworkReply *reply);
    // One attempt, waiting for the answer (at most timeoutMs) on the calling thread.
    static Outcome sendBlocking(const Request &request);
};

} // namespace fleetcron
