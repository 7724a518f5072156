#include "ApiServer.h"

#include "ApiAccess.h"
#include "ApiConnectionGuard.h"
#include "ApiResponses.h"
#include "AuditController.h"
#include "CompatTasksController.h"
#include "ImportController.h"
#include "JobsController.h"
#include "MetricsController.h"
#include "NotificationsController.h"
#include "OpenApiDocument.h"
#include "ReportController.h"
#include "RouteTable.h"
#include "RunsController.h"
#include "ServersController.h"
#include "SettingsController.h"
#include "TasksController.h"
#include "TokensController.h"
#include "i18n/Translations.h"
#include "service/Actor.h"
#include "service/Services.h"

#include <QCoreApplication>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QJsonObject>
#include <QThreadPool>

#include <optional>

namespace fleetcron {
namespace {

using Method = QHttpServerRequest::Method;
using Response = QHttpServerResponse;
using Status = QHttpServerResponse::StatusCode;

QByteArray methodName(Method method) {
    switch (method) {
    case Method::Get:
        return "GET";
    case Method::Post:
        return "POST";
    case Method::Put:
        return "PUT";
    case Method::Delete:
        return "DELETE";
    case Method::Patch:
        return "PATCH";
    default:
        return "OTHER";
    }
}

// Errors answer in the client's language (Accept-Language; English when it names none of ours),
// else in the daemon's (LANG). Error "field" values and JSON keys stay as they are.
QString requestLanguage(const QHttpServerRequest &req) {
    const QByteArray header = req.value("Accept-Language");
    return header.isEmpty() ? Translations::current() : Translations::fromAcceptLanguage(header);
}

} // namespace

class ApiServer::Controllers {
public:
    Controllers(Services &services, const QString &engineId)
        : m_engineId(engineId)
        , access(services.tokens)
        , servers(services, m_actor, pool)
        , tasks(services, m_actor)
        , runs(services, m_actor)
        , reports(services, pool)
        , settings(services, m_actor)
        , audit(services)
        , metrics(services)
        , compatTasks(services, tasks)
        , jobs(services, tasks)
        , imports(services, m_actor)
        , notifications(services, m_actor, pool)
        , tokens(services, m_actor) {
        // Mostly waiting on SSH and SQLite, not computing: more threads than cores, so a few
        // unreachable servers under test do not hold up a CSV report.
        pool.setMaxThreadCount(8);
    }

    // The token, its right to this route and the size limit, before any controller looks at
    // the request. On success the requesting token is `who` and the controllers' actor.
    std::optional<Response> gate(const QHttpServerRequest &req, const ApiAccess::Rule &rule,
                                 qint64 id = 0) {
        if (auto denied = access.check(req, rule, id, who))
            return denied;
        return admitted(req);
    }
    // For paths no route has: a valid token, nothing more (the answer is a 404 or a 405).
    std::optional<Response> gateUnrouted(const QHttpServerRequest &req) {
        if (auto denied = access.identify(req, who))
            return denied;
        return admitted(req);
    }

    Response health() const {
        return Response(
            QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")},
                        {QStringLiteral("version"), QCoreApplication::applicationVersion()},
                        {QStringLiteral("engine_id"), m_engineId}});
    }

private:
    std::optional<Response> admitted(const QHttpServerRequest &req) {
        // Handlers run on this one thread, one at a time, so the controllers can read the
        // requester's name from m_actor; the slow ones copy it before leaving the thread.
        m_actor = Actor::api(who.name);
        if (req.body().size() > ApiServer::maxBodyBytes)
            return ApiResponses::error(
                Status::PayloadTooLarge,
                QCoreApplication::translate("ApiServer", "request body over %1 bytes")
                    .arg(maxBodyBytes));
        return std::nullopt;
    }

    const QString m_engineId;
    // The requesting token's name: what the audit log records for a change.
    Actor m_actor = Actor::api();

public:
    ApiAccess access;
    AccessToken who; // the token of the request being handled
    // The slow parts of requests run here, off the daemon's thread. Destroyed after the
    // controllers, and its destructor waits for them, before the services they use go away.
    QThreadPool pool;
    ServersController servers;
    TasksController tasks;
    RunsController runs;
    ReportController reports;
    SettingsController settings;
    AuditController audit;
    MetricsController metrics;
    // Aliases in other tools' shapes, over the same services.
    CompatTasksController compatTasks;
    JobsController jobs;
    // Every route's methods, for 405 answers.
    RouteTable routes;
    ImportController imports;
    NotificationsController notifications;
    TokensController tokens;
};

ApiServer::ApiServer(Services &services, const QString &engineId, QObject *parent)
    : QObject(parent)
    , m_http(std::make_unique<QHttpServer>())
    , m_controllers(std::make_unique<Controllers>(services, engineId)) {
    addRoutes();
}

ApiServer::~ApiServer() = default;

quint16 ApiServer::listen(const QHostAddress &address, quint16 port) {
    // QHttpServer's own listener has no limits (body size before buffering, slow and idle
    // connections, connection count); this one keeps them and hands on what passes.
    ApiConnectionGuard::Limits limits;
    limits.maxBodyBytes = maxBodyBytes;
    auto *guard = new ApiConnectionGuard(limits, m_http.get(), m_http.get());
    if (!guard->listen(address, port)) {
        delete guard;
        return 0;
    }
    m_http->bind(guard);
    return guard->serverPort();
}

// The routing table. Every route but health and openapi.json passes the gate first: a handler
// that runs has a live token allowed this route (ApiAccess's table) and a body within the limit.
void ApiServer::addRoutes() {
    Controllers *c = m_controllers.get();
    QHttpServer &http = *m_http;
    auto path = [](const char *rest) { return QStringLiteral("/v1/api") + QLatin1String(rest); };
    // Every route is also entered in the route table, so another method on its path is a 405.
    // ... and in routes(), the table the OpenAPI test holds the document against.
    auto route = [&](const QString &pattern, Method method, auto handler) {
        c->routes.add(pattern, method);
        m_routes.append({methodName(method), pattern});
        http.route(pattern, method, std::move(handler));
    };
    auto rule = [](const QString &pattern, Method method) {
        return ApiAccess::ruleFor(methodName(method), pattern);
    };
    auto plainAt = [&](const QString &pattern, Method method, auto handler) {
        const ApiAccess::Rule r = rule(pattern, method);
        route(pattern, method, [c, handler, r](const QHttpServerRequest &req) -> Response {
            const LanguageScope language(requestLanguage(req));
            if (auto denied = c->gate(req, r))
                return std::move(*denied);
            // A tag-scoped token's list holds only its own tasks or servers.
            return c->access.filter(handler(req), c->who, r.target);
        });
    };
    auto withIdAt = [&](const QString &pattern, Method method, auto handler) {
        const ApiAccess::Rule r = rule(pattern, method);
        route(pattern, method,
              [c, handler, r](qint64 id, const QHttpServerRequest &req) -> Response {
                  const LanguageScope language(requestLanguage(req));
                  if (auto denied = c->gate(req, r, id))
                      return std::move(*denied);
                  return handler(id, req);
              });
    };
    auto plain = [&](const char *rest, Method method, auto handler) {
        plainAt(path(rest), method, handler);
    };
    auto withId = [&](const char *rest, Method method, auto handler) {
        withIdAt(path(rest), method, handler);
    };
    using Req = const QHttpServerRequest &;

    route(path("/health"), Method::Get, [c] { return c->health(); });
    route(path("/openapi.json"), Method::Get, [] { return OpenApiDocument::response(); });
    // Where Prometheus looks by default, outside /v1/api; the token as everywhere else.
    plainAt(QStringLiteral("/metrics"), Method::Get, [c](Req) { return c->metrics.metrics(); });

    plain("/servers", Method::Get, [c](Req req) { return c->servers.list(req); });
    plain("/servers", Method::Post, [c](Req req) { return c->servers.create(req); });
    withId("/servers/<arg>", Method::Get, [c](qint64 id, Req) { return c->servers.get(id); });
    withId("/servers/<arg>", Method::Put,
           [c](qint64 id, Req req) { return c->servers.update(id, req); });
    withId("/servers/<arg>", Method::Delete, [c](qint64 id, Req) { return c->servers.remove(id); });
    // The two routes that answer later, from the API's pool.
    route(path("/servers/<arg>/test"), Method::Post,
          [c, this, r = rule(path("/servers/<arg>/test"), Method::Post)](
              qint64 id, Req req, QHttpServerResponder &&responder) {
              const LanguageScope language(requestLanguage(req));
              if (auto denied = c->gate(req, r, id)) {
                  denied->write(std::move(responder));
                  return;
              }
              c->servers.test(id, std::move(responder), this);
          });

    plain("/tasks", Method::Get, [c](Req) { return c->tasks.list(); });
    plain("/tasks", Method::Post, [c](Req req) { return c->tasks.create(req); });
    withId("/tasks/<arg>", Method::Get, [c](qint64 id, Req) { return c->tasks.get(id); });
    withId("/tasks/<arg>", Method::Put,
           [c](qint64 id, Req req) { return c->tasks.update(id, req); });
    withId("/tasks/<arg>", Method::Delete, [c](qint64 id, Req) { return c->tasks.remove(id); });
    withId("/tasks/<arg>/enable", Method::Post,
           [c](qint64 id, Req) { return c->tasks.setEnabled(id, true); });
    withId("/tasks/<arg>/disable", Method::Post,
           [c](qint64 id, Req) { return c->tasks.setEnabled(id, false); });

    withId("/tasks/<arg>/run", Method::Post, [c](qint64 id, Req) { return c->runs.start(id); });
    withId("/tasks/<arg>/executions", Method::Get,
           [c](qint64 id, Req req) { return c->runs.taskRuns(id, req); });
    withId("/tasks/<arg>/latest_output", Method::Get,
           [c](qint64 id, Req) { return c->runs.latestOutput(id); });
    withId("/runs/<arg>", Method::Get, [c](qint64 id, Req) { return c->runs.get(id); });
    withId("/runs/<arg>/cancel", Method::Post, [c](qint64 id, Req) { return c->runs.cancel(id); });
    plain("/executions", Method::Get, [c](Req req) { return c->runs.executions(req); });
    // The execution compared with must be the token's to read too, not only the one named.
    withId("/executions/<arg>/diff", Method::Get,
           [c, r = rule(path("/executions/<arg>/diff"), Method::Get)](qint64 id, Req req) {
               bool given = false;
               const qint64 against =
                   req.query().queryItemValue(QStringLiteral("against")).toLongLong(&given);
               if (given && against > 0)
                   if (auto denied = c->gate(req, r, against))
                       return std::move(*denied);
               return c->runs.diff(id, req);
           });
    route(path("/executions.csv"), Method::Get,
          [c, this, r = rule(path("/executions.csv"), Method::Get)](
              Req req, QHttpServerResponder &&responder) {
              const LanguageScope language(requestLanguage(req));
              if (auto denied = c->gate(req, r)) {
                  denied->write(std::move(responder));
                  return;
              }
              c->reports.executionsCsv(req, std::move(responder), this);
          });

    plain("/settings", Method::Get, [c](Req) { return c->settings.list(); });
    plain("/settings", Method::Put, [c, this](Req req) {
        Response r = c->settings.set(req);
        if (r.statusCode() == Status::Ok)
            emit settingsChanged();
        return r;
    });
    plain("/blackouts", Method::Get, [c](Req) { return c->settings.blackouts(); });
    plain("/blackouts", Method::Put, [c](Req req) { return c->settings.setBlackouts(req); });
    // deliveries before <arg>: a word is no id, but the table lists the fixed path first.
    plain("/notifications/deliveries", Method::Get,
          [c](Req req) { return c->notifications.deliveries(req); });
    plain("/notifications", Method::Get, [c](Req) { return c->notifications.list(); });
    plain("/notifications", Method::Post, [c](Req req) { return c->notifications.create(req); });
    withId("/notifications/<arg>", Method::Delete,
           [c](qint64 id, Req) { return c->notifications.remove(id); });
    route(path("/notifications/<arg>/test"), Method::Post,
          [c, this, r = rule(path("/notifications/<arg>/test"), Method::Post)](
              qint64 id, Req req, QHttpServerResponder &&responder) {
              const LanguageScope language(requestLanguage(req));
              if (auto denied = c->gate(req, r, id)) {
                  denied->write(std::move(responder));
                  return;
              }
              c->notifications.test(id, std::move(responder), this);
          });
    plain("/audit", Method::Get, [c](Req req) { return c->audit.list(req); });
    plain("/import/crontab", Method::Post, [c](Req req) { return c->imports.crontab(req); });
    plain("/import/ssh-config", Method::Post, [c](Req req) { return c->imports.sshConfig(req); });
    plain("/import/ansible", Method::Post, [c](Req req) { return c->imports.ansible(req); });
    plain("/tokens", Method::Get, [c](Req) { return c->tokens.list(); });
    plain("/tokens", Method::Post, [c](Req req) { return c->tokens.create(req); });
    withId("/tokens/<arg>", Method::Delete, [c](qint64 id, Req) { return c->tokens.revoke(id); });

    // Aliases answering in other tools' shapes (docs/API.md), through the same gate.
    plainAt(QStringLiteral("/api/v1/tasks/create"), Method::Post,
            [c](Req req) { return c->compatTasks.create(req); });
    withIdAt(QStringLiteral("/api/v1/tasks/<arg>/latest_output"), Method::Get,
             [c](qint64 id, Req) { return c->compatTasks.latestOutput(id); });
    const QString jobs = QStringLiteral("/jobs");
    const QString job = QStringLiteral("/jobs/<arg>");
    plainAt(jobs, Method::Get, [c](Req) { return c->jobs.list(); });
    plainAt(jobs, Method::Post, [c](Req req) { return c->jobs.create(req); });
    withIdAt(job, Method::Get, [c](qint64 id, Req) { return c->jobs.get(id); });
    withIdAt(job, Method::Put, [c](qint64 id, Req req) { return c->jobs.update(id, req); });
    withIdAt(job, Method::Delete, [c](qint64 id, Req) { return c->jobs.remove(id); });

    // Anything else: the token first (an unknown path says nothing to a stranger), then 405
    // with the methods the path takes, or 404 when no route has it.
    http.setMissingHandler([c](Req req, QHttpServerResponder &&responder) {
        const LanguageScope language(requestLanguage(req));
        if (auto denied = c->gateUnrouted(req)) {
            denied->write(std::move(responder));
            return;
        }
        const QString at = req.url().path();
        const QStringList allowed = c->routes.allowed(at);
        if (allowed.isEmpty()) {
            ApiResponses::error(
                Status::NotFound,
                QCoreApplication::translate("ApiServer", "no such endpoint: %1").arg(at))
                .write(std::move(responder));
            return;
        }
        const QString allow = allowed.join(QStringLiteral(", "));
        Response r =
            ApiResponses::error(Status::MethodNotAllowed,
                                QCoreApplication::translate("ApiServer", "%1 takes %2, not %3")
                                    .arg(at, allow, RouteTable::name(req.method())));
        r.setHeader("Allow", allow.toLatin1());
        r.write(std::move(responder));
    });
}

} // namespace fleetcron
