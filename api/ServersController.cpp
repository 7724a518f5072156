#include "ServersController.h"

#include "ApiRequestParser.h"
#include "ApiResponses.h"
#include "DeferredResponder.h"
#include "model/ModelJson.h"
#include "service/Services.h"
#include "store/ThreadPriority.h"

#include <QCoreApplication>
#include <QFuture>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonObject>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>

namespace fleetcron {
namespace {

using Response = QHttpServerResponse;
using Status = QHttpServerResponse::StatusCode;

std::optional<QString> secretOf(const ApiRequestParser::ServerSecret &secret) {
    return secret.given ? std::optional(secret.value) : std::nullopt;
}

QJsonObject testJson(const SshConnectResult &result) {
    return QJsonObject{
        {QStringLiteral("ok"), result.ok()},
        {QStringLiteral("status"), toString(result.status)},
        {QStringLiteral("message"), result.message},
        {QStringLiteral("host_key_sha256"), result.hostKeyFingerprint},
        {QStringLiteral("host_key_newly_pinned"), result.hostKeyNewlyPinned},
        {QStringLiteral("auth_method"), result.authMethod},
        {QStringLiteral("connect_ms"), result.connectMs},
    };
}

// `jump_hosts`: server names or ids, first hop first; [] or null clears them. Absent: unchanged.
// The service resolves them and checks the rules (unknown, itself, cycles).
std::optional<Response> applyJumpHosts(const QJsonObject &body, Server &server,
                                       ServerService &servers) {
    const auto key = QStringLiteral("jump_hosts");
    if (!body.contains(key))
        return std::nullopt;
    const QJsonValue value = body.value(key);
    QStringList refs;
    if (!value.isNull() && !value.isArray())
        return ApiResponses::fieldError(
            {key, QCoreApplication::translate("ServersController",
                                              "jump_hosts: give a list of server names or ids")});
    for (const QJsonValue &v : value.toArray()) {
        if (v.isString())
            refs << v.toString();
        else if (v.isDouble() && v.toDouble() >= 1)
            refs << QString::number(qint64(v.toDouble()));
        else
            return ApiResponses::fieldError(
                {key, QCoreApplication::translate(
                          "ServersController", "jump_hosts: each entry is a server name or id")});
    }
    auto ids = servers.resolveJumps(refs);
    if (!ids)
        return ApiResponses::storeError(ids.error());
    server.jumpIds = ids.value();
    return std::nullopt;
}

} // namespace

ServersController::ServersController(Services &services, const Actor &actor, QThreadPool &pool)
    : m_services(services)
    , m_actor(actor)
    , m_pool(pool) {}

Response ServersController::list(const QHttpServerRequest &req) {
    ServerRepository::Filter filter;
    filter.tag = req.query().queryItemValue(QStringLiteral("tag"));
    auto all = m_services.servers.list(filter);
    if (!all)
        return ApiResponses::storeError(all.error());
    QJsonArray array;
    for (const Server &s : all.value())
        array.append(ModelJson::server(s));
    return Response(array);
}

Response ServersController::get(qint64 id) {
    auto found = m_services.servers.find(id);
    if (!found)
        return ApiResponses::storeError(found.error());
    return Response(ModelJson::server(found.value()));
}

Response ServersController::create(const QHttpServerRequest &req) {
    QJsonObject body;
    if (FieldError e = ApiRequestParser::object(req.body(), body); e.isError())
        return ApiResponses::fieldError(e);
    Server server;
    ApiRequestParser::ServerSecret secret;
    if (FieldError e = ApiRequestParser::server(body, server, secret, true); e.isError())
        return ApiResponses::fieldError(e);
    if (auto refused = applyJumpHosts(body, server, m_services.servers))
        return std::move(*refused);
    auto created = m_services.servers.save(server, secretOf(secret), m_actor);
    if (!created)
        return ApiResponses::storeError(created.error());
    return Response(ModelJson::server(created.value()), Status::Created);
}

Response ServersController::update(qint64 id, const QHttpServerRequest &req) {
    QJsonObject body;
    if (FieldError e = ApiRequestParser::object(req.body(), body); e.isError())
        return ApiResponses::fieldError(e);
    auto found = m_services.servers.find(id);
    if (!found)
        return ApiResponses::storeError(found.error());
    Server server = found.value();
    ApiRequestParser::ServerSecret secret;
    if (FieldError e = ApiRequestParser::server(body, server, secret, false); e.isError())
        return ApiResponses::fieldError(e);
    if (auto refused = applyJumpHosts(body, server, m_services.servers))
        return std::move(*refused);
    auto updated = m_services.servers.save(server, secretOf(secret), m_actor);
    if (!updated)
        return ApiResponses::storeError(updated.error());
    return Response(ModelJson::server(updated.value()));
}

Response ServersController::remove(qint64 id) {
    if (auto removed = m_services.servers.remove(id, m_actor); !removed)
        return ApiResponses::storeError(removed.error());
    return Response(QJsonObject{{QStringLiteral("deleted"), true}, {QStringLiteral("id"), id}});
}

void ServersController::test(qint64 id, QHttpServerResponder &&responder, QObject *context) {
    auto found = m_services.servers.find(id);
    if (!found) {
        ApiResponses::storeError(found.error()).write(std::move(responder));
        return;
    }
    const ServerService::PreparedTest prepared =
        m_services.servers.prepareTest(found.value(), std::nullopt, ServerService::TestMode::AsRun);
    if (!prepared.error.isEmpty()) {
        ApiResponses::storeError(StoreError::make(StoreError::Kind::Unavailable, prepared.error,
                                                  QStringLiteral("password")))
            .write(std::move(responder));
        return;
    }
    auto reply = std::make_shared<DeferredResponder>(std::move(responder));
    QtConcurrent::run(&m_pool,
                      [prepared] {
                          // Pool threads inherit the daemon's raised main thread; this is bulk
                          // work that must not compete with the scheduler.
                          ThreadPriority::lowerCurrentThread();
                          return ServerService::runTest(prepared);
                      })
        .then(context, [&services = m_services, actor = m_actor, id, prepared,
                        reply](const SshConnectResult &result) {
            services.servers.recordTest(id, prepared, result, actor);
            reply->send(Response(testJson(result)));
        });
}

} // namespace fleetcron
