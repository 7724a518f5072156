#include "TokensController.h"

#include "ApiRequestParser.h"
#include "ApiResponses.h"
#include "service/Services.h"

#include <QCoreApplication>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonObject>

namespace fleetcron {
namespace {

using Response = QHttpServerResponse;

FieldError expected(const char *field, const QString &what) {
    return {QString::fromLatin1(field),
            QCoreApplication::translate("TokensController", "%1: expected %2")
                .arg(QString::fromLatin1(field), what)};
}

} // namespace

TokensController::TokensController(Services &services, const Actor &actor)
    : m_services(services)
    , m_actor(actor) {}

Response TokensController::list() {
    auto all = m_services.tokens.list();
    if (!all)
        return ApiResponses::storeError(all.error());
    QJsonArray array;
    for (const AccessToken &t : all.value())
        array.append(TokenService::json(t));
    return Response(array);
}

Response TokensController::create(const QHttpServerRequest &req) {
    QJsonObject o;
    if (FieldError e = ApiRequestParser::object(req.body(), o); e.isError())
        return ApiResponses::fieldError(e);
    if (FieldError e =
            ApiRequestParser::onlyKnown(o, {QStringLiteral("name"), QStringLiteral("role"),
                                            QStringLiteral("tags"), QStringLiteral("expires")});
        e.isError())
        return ApiResponses::fieldError(e);
    TokenService::Input in;
    const QJsonValue name = o.value(QStringLiteral("name"));
    const QJsonValue role = o.value(QStringLiteral("role"));
    const QJsonValue expires = o.value(QStringLiteral("expires"));
    if (!name.isString())
        return ApiResponses::fieldError(
            expected("name", QCoreApplication::translate("TokensController", "a string")));
    if (!role.isString())
        return ApiResponses::fieldError(expected(
            "role", QCoreApplication::translate("TokensController", "viewer, operator or admin")));
    if (!expires.isUndefined() && !expires.isNull() && !expires.isString())
        return ApiResponses::fieldError(expected(
            "expires", QCoreApplication::translate("TokensController", "a string such as 30d")));
    in.name = name.toString();
    in.role = role.toString();
    in.expires = expires.toString();
    const QJsonValue tags = o.value(QStringLiteral("tags"));
    if (tags.isArray()) {
        for (const QJsonValue &v : tags.toArray()) {
            if (!v.isString())
                return ApiResponses::fieldError(expected(
                    "tags", QCoreApplication::translate("TokensController", "a list of strings")));
            in.tags << v.toString();
        }
    } else if (!tags.isUndefined() && !tags.isNull()) {
        return ApiResponses::fieldError(
            expected("tags", QCoreApplication::translate("TokensController", "a list of strings")));
    }
    auto created = m_services.tokens.create(in, m_actor);
    if (!created)
        return ApiResponses::storeError(created.error());
    QJsonObject body = TokenService::json(created->token);
    body.insert(QStringLiteral("token"), created->secret);
    return Response(body, Response::StatusCode::Created);
}

Response TokensController::revoke(qint64 id) {
    auto found = m_services.tokens.resolve(QString::number(id));
    if (!found || found->id != id)
        return ApiResponses::storeError(StoreError::notFound(QStringLiteral("token"), id));
    auto revoked = m_services.tokens.revoke(found->name, m_actor);
    if (!revoked)
        return ApiResponses::storeError(revoked.error());
    return Response(TokenService::json(revoked.value()));
}

} // namespace fleetcron
