#include "NotificationSender.h"

#include "secrets/SecretStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace fleetcron {

QByteArray NotificationSender::readSecret(SecretStore *secrets, const NotificationRule &rule,
                                          QString *error) {
    if (!rule.hasSecret)
        return {};
    if (!secrets) {
        *error = QCoreApplication::translate("NotificationSender",
                                             "no secret store: the body was sent unsigned");
        return {};
    }
    const SecretResult read = secrets->read(secretKey(rule.id));
    if (!read.ok()) {
        *error = read.failed() ? read.error
                               : QCoreApplication::translate(
                                     "NotificationSender",
                                     "the rule's secret is missing: the body was sent unsigned");
        return {};
    }
    return read.secret.toUtf8();
}

NotificationSender::Request NotificationSender::build(const NotificationRule &rule,
                                                      const NotificationEvent &event,
                                                      const QByteArray &secret,
                                                      const QString &deliveryId, int timeoutMs) {
    Request r;
    if (rule.channel == QStringLiteral("ping")) {
        const QUrl url = NotificationPayload::pingUrl(rule.url, event);
        r.skip = url.isEmpty();
        r.request.setUrl(url);
        r.verb = "GET";
    } else {
        r.request.setUrl(QUrl(rule.url));
        r.verb = "POST";
        r.body = NotificationPayload::body(event, rule.format, deliveryId);
        r.request.setHeader(QNetworkRequest::ContentTypeHeader,
                            NotificationPayload::contentType(rule.format));
        r.request.setRawHeader(NotificationPayload::eventHeader, event.event.toUtf8());
        r.request.setRawHeader(NotificationPayload::deliveryHeader, deliveryId.toUtf8());
        if (!secret.isEmpty())
            r.request.setRawHeader(NotificationPayload::signatureHeader,
                                   NotificationPayload::signature(r.body, secret));
    }
    r.request.setHeader(QNetworkRequest::UserAgentHeader,
                        QStringLiteral("fleetcron/%1").arg(QCoreApplication::applicationVersion()));
    r.request.setTransferTimeout(timeoutMs);
    // A receiver that answers with a redirect is told the same thing again, not followed to
    // another host with the signature.
    r.request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                           QNetworkRequest::ManualRedirectPolicy);
    return r;
}

QNetworkReply *NotificationSender::send(QNetworkAccessManager &net, const Request &r) {
    return net.sendCustomRequest(r.request, r.verb, r.body);
}

NotificationSender::Outcome NotificationSender::outcomeOf(QNetworkReply *reply) {
    Outcome o;
    o.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (o.httpStatus >= 200 && o.httpStatus < 300) {
        o.ok = true;
        return o;
    }
    if (o.httpStatus != 0)
        o.error = QCoreApplication::translate("NotificationSender", "the receiver answered %1")
                      .arg(o.httpStatus);
    else if (reply->error() == QNetworkReply::OperationCanceledError ||
             reply->error() == QNetworkReply::TimeoutError)
        o.error = QCoreApplication::translate("NotificationSender", "no answer within the timeout");
    else
        o.error = reply->errorString();
    return o;
}

NotificationSender::Outcome NotificationSender::sendBlocking(const Request &request) {
    QNetworkAccessManager net;
    QElapsedTimer clock;
    clock.start();
    QNetworkReply *reply = send(net, request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    Outcome o = outcomeOf(reply);
    o.durationMs = clock.elapsed();
    reply->deleteLater();
    return o;
}

} // namespace fleetcron
