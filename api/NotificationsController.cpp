#include "NotificationsController.h"

#include "ApiQuery.h"
#include "ApiRequestParser.h"
#include "ApiResponses.h"
#include "DeferredResponder.h"
#include "model/ModelJson.h"
#include "service/Services.h"

#include <QCoreApplication>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonObject>
#include <QThreadPool>
#include <QtConcurrent>

namespace fleetcron {
namespace {

using Response = QHttpServerResponse;

const QStringList &fields() {
    static const QStringList known{QStringLiteral("name"),        QStringLiteral("task"),
                                   QStringLiteral("events"),      QStringLiteral("channel"),
                                   QStringLiteral("url"),         QStringLiteral("format"),
                                   QStringLiteral("slow_factor"), QStringLiteral("secret")};
    return known;
}

// Only the JSON types are checked here; every rule about the values is the service's.
FieldError text(const QJsonObject &o, const QString &key, QString &out) {
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return {};
    if (v.isString())
        out = v.toString();
    else if (v.isDouble() &&
             (key == QStringLiteral("task") || key == QStringLiteral("slow_factor")))
        out = QString::number(v.toDouble());
    else
        return {key, QCoreApplication::translate("NotificationsController", "%1: expected a string")
                         .arg(key)};
    return {};
}

} // namespace

NotificationsController::NotificationsController(Services &services, const Actor &actor,
                                                 QThreadPool &pool)
    : m_services(services)
    , m_actor(actor)
    , m_pool(pool) {}

Response NotificationsController::list() {
    auto rules = m_services.notifications.list();
    if (!rules)
        return ApiResponses::storeError(rules.error());
    QJsonArray array;
    for (const NotificationRule &r : rules.value())
        array.append(ModelJson::notificationRule(r));
    return Response(array);
}

Response NotificationsController::create(const QHttpServerRequest &req) {
    QJsonObject body;
    if (FieldError e = ApiRequestParser::object(req.body(), body); e.isError())
        return ApiResponses::fieldError(e);
    if (FieldError e = ApiRequestParser::onlyKnown(body, fields()); e.isError())
        return ApiResponses::fieldError(e);
    NotificationService::Input in;
    QString secret;
    for (const auto &[key, target] :
         {std::pair{QStringLiteral("name"), &in.name}, std::pair{QStringLiteral("task"), &in.task},
          std::pair{QStringLiteral("channel"), &in.channel},
          std::pair{QStringLiteral("url"), &in.url},
          std::pair{QStringLiteral("format"), &in.format},
          std::pair{QStringLiteral("slow_factor"), &in.slowFactor},
          std::pair{QStringLiteral("secret"), &secret}}) {
        if (FieldError e = text(body, key, *target); e.isError())
            return ApiResponses::fieldError(e);
    }
    if (body.contains(QStringLiteral("secret")) && !body.value(QStringLiteral("secret")).isNull())
        in.secret = secret;
    // Events as a list, or as the CLI's comma-separated words.
    const QJsonValue events = body.value(QStringLiteral("events"));
    if (events.isString()) {
        in.events = events.toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    } else if (events.isArray()) {
        for (const QJsonValue &v : events.toArray()) {
            if (!v.isString())
                return ApiResponses::fieldError(
                    {QStringLiteral("events"),
                     QCoreApplication::translate("NotificationsController",
                                                 "events: expected a list of strings")});
            in.events << v.toString();
        }
    } else if (!events.isUndefined() && !events.isNull()) {
        return ApiResponses::fieldError(
            {QStringLiteral("events"),
             QCoreApplication::translate("NotificationsController",
                                         "events: expected a list of strings")});
    }
    auto saved = m_services.notifications.add(in, m_actor);
    if (!saved)
        return ApiResponses::storeError(saved.error());
    return Response(ModelJson::notificationRule(saved.value()), Response::StatusCode::Created);
}

Response NotificationsController::remove(qint64 id) {
    auto found = m_services.notifications.resolve(QString::number(id));
    if (!found || found->id != id)
        return ApiResponses::storeError(
            StoreError::notFound(QStringLiteral("notification rule"), id));
    if (auto removed = m_services.notifications.remove(found->name, m_actor); !removed)
        return ApiResponses::storeError(removed.error());
    return Response(QJsonObject{{QStringLiteral("deleted"), true}, {QStringLiteral("id"), id}});
}

Response NotificationsController::deliveries(const QHttpServerRequest &req) {
    const QUrlQuery q = req.query();
    FieldError e;
    const auto limit = ApiQuery::integer(q, QStringLiteral("limit"), 50, 1, 1000, e);
    if (e.isError())
        return ApiResponses::fieldError(e);
    auto found =
        m_services.notifications.deliveries(q.queryItemValue(QStringLiteral("rule")), int(*limit));
    if (!found)
        return ApiResponses::storeError(found.error());
    QJsonArray array;
    for (const NotificationDelivery &d : found.value())
        array.append(ModelJson::notificationDelivery(d));
    return Response(array);
}

void NotificationsController::test(qint64 id, QHttpServerResponder &&responder, QObject *context) {
    auto found = m_services.notifications.resolve(QString::number(id));
    if (!found || found->id != id) {
        ApiResponses::storeError(StoreError::notFound(QStringLiteral("notification rule"), id))
            .write(std::move(responder));
        return;
    }
    // A future's value must be default-constructible; a StoreResult is not.
    struct Tested {
        StoreError error;
        NotificationService::TestOutcome outcome;
    };
    auto reply = std::make_shared<DeferredResponder>(std::move(responder));
    QtConcurrent::run(&m_pool, [&services = m_services, actor = m_actor, name = found->name] {
        auto sent = services.notifications.test(name, actor);
        return sent ? Tested{{}, sent.value()} : Tested{sent.error(), {}};
    }).then(context, [reply](const Tested &sent) {
        if (sent.error.isError()) {
            reply->send(ApiResponses::storeError(sent.error));
            return;
        }
        const NotificationService::TestOutcome &o = sent.outcome;
        reply->send(Response(QJsonObject{{QStringLiteral("delivered"), o.delivered},
                                         {QStringLiteral("http_status"), o.httpStatus},
                                         {QStringLiteral("url"), o.url},
                                         {QStringLiteral("error"), o.error}}));
    });
}

} // namespace fleetcron
