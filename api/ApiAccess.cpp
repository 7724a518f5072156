#include "ApiAccess.h"

#include "ApiResponses.h"

#include <QCoreApplication>
#include <QHash>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace fleetcron {
namespace {

using Status = QHttpServerResponse::StatusCode;
using Target = TokenService::Target;

// Every route and what it needs; docs/ACCESS.md shows the same table. Reading is viewer,
// starting, cancelling, enabling and disabling runs is operator, every other change is admin.
const QHash<QString, ApiAccess::Rule> &table() {
    static const QHash<QString, ApiAccess::Rule> rules = [] {
        const auto read = Permission::Read;
        const auto operate = Permission::Operate;
        const auto admin = Permission::Admin;
        QHash<QString, ApiAccess::Rule> t;
        auto add = [&t](const char *method, const char *path, Permission p, Target target) {
            t.insert(QLatin1String(method) + QLatin1Char(' ') + QLatin1String(path), {p, target});
        };
        add("GET", "/metrics", read, Target::None);
        add("GET", "/v1/api/servers", read, Target::ServerList);
        add("POST", "/v1/api/servers", admin, Target::None);
        add("GET", "/v1/api/servers/<arg>", read, Target::Server);
        add("PUT", "/v1/api/servers/<arg>", admin, Target::Server);
        add("DELETE", "/v1/api/servers/<arg>", admin, Target::Server);
        add("POST", "/v1/api/servers/<arg>/test", admin, Target::Server);
        add("GET", "/v1/api/tasks", read, Target::TaskList);
        add("POST", "/v1/api/tasks", admin, Target::None);
        add("GET", "/v1/api/tasks/<arg>", read, Target::Task);
        add("PUT", "/v1/api/tasks/<arg>", admin, Target::Task);
        add("DELETE", "/v1/api/tasks/<arg>", admin, Target::Task);
        add("POST", "/v1/api/tasks/<arg>/enable", operate, Target::Task);
        add("POST", "/v1/api/tasks/<arg>/disable", operate, Target::Task);
        add("POST", "/v1/api/tasks/<arg>/run", operate, Target::Task);
        add("GET", "/v1/api/tasks/<arg>/executions", read, Target::Task);
        add("GET", "/v1/api/tasks/<arg>/latest_output", read, Target::Task);
        add("GET", "/v1/api/runs/<arg>", read, Target::Run);
        add("POST", "/v1/api/runs/<arg>/cancel", operate, Target::Run);
        add("GET", "/v1/api/executions", read, Target::None);
        add("GET", "/v1/api/executions.csv", read, Target::None);
        add("GET", "/v1/api/executions/<arg>/diff", read, Target::Execution);
        add("GET", "/v1/api/settings", read, Target::None);
        add("PUT", "/v1/api/settings", admin, Target::None);
        add("GET", "/v1/api/blackouts", read, Target::None);
        add("PUT", "/v1/api/blackouts", admin, Target::None);
        add("GET", "/v1/api/notifications/deliveries", read, Target::None);
        add("GET", "/v1/api/notifications", read, Target::None);
        add("POST", "/v1/api/notifications", admin, Target::None);
        add("DELETE", "/v1/api/notifications/<arg>", admin, Target::None);
        add("POST", "/v1/api/notifications/<arg>/test", admin, Target::None);
        add("GET", "/v1/api/audit", read, Target::None);
        add("POST", "/v1/api/import/crontab", admin, Target::None);
        add("POST", "/v1/api/import/ssh-config", admin, Target::None);
        add("POST", "/v1/api/import/ansible", admin, Target::None);
        add("GET", "/v1/api/tokens", admin, Target::None);
        add("POST", "/v1/api/tokens", admin, Target::None);
        add("DELETE", "/v1/api/tokens/<arg>", admin, Target::None);
        add("POST", "/api/v1/tasks/create", admin, Target::None);
        add("GET", "/api/v1/tasks/<arg>/latest_output", read, Target::Task);
        add("GET", "/jobs", read, Target::TaskList);
        add("POST", "/jobs", admin, Target::None);
        add("GET", "/jobs/<arg>", read, Target::Task);
        add("PUT", "/jobs/<arg>", admin, Target::Task);
        add("DELETE", "/jobs/<arg>", admin, Target::Task);
        return t;
    }();
    return rules;
}

QByteArray bearerOf(const QHttpServerRequest &req) {
    const QByteArray header = req.value("Authorization");
    const QByteArray prefix = "Bearer ";
    return header.startsWith(prefix) ? header.mid(prefix.size()).trimmed() : QByteArray();
}

} // namespace

ApiAccess::Rule ApiAccess::ruleFor(const QByteArray &method, const QString &pattern) {
    return table().value(QString::fromLatin1(method) + QLatin1Char(' ') + pattern, Rule{});
}

ApiAccess::ApiAccess(TokenService &tokens)
    : m_tokens(tokens) {}

std::optional<QHttpServerResponse> ApiAccess::identify(const QHttpServerRequest &req,
                                                       AccessToken &who) {
    const QByteArray given = bearerOf(req);
    if (given.isEmpty()) {
        QHttpServerResponse r = ApiResponses::error(
            Status::Unauthorized, QCoreApplication::translate("ApiServer", "missing bearer token"));
        r.setHeader("WWW-Authenticate", "Bearer");
        return r;
    }
    TokenService::Identity id = m_tokens.identify(given);
    if (id.unavailable)
        return ApiResponses::error(Status::ServiceUnavailable, id.reason);
    if (!id.token) {
        QHttpServerResponse r = ApiResponses::error(
            Status::Unauthorized,
            id.reason.isEmpty() ? QCoreApplication::translate("ApiServer", "invalid bearer token")
                                : id.reason);
        r.setHeader("WWW-Authenticate", "Bearer");
        return r;
    }
    who = *id.token;
    return std::nullopt;
}

std::optional<QHttpServerResponse> ApiAccess::check(const QHttpServerRequest &req, const Rule &rule,
                                                    qint64 id, AccessToken &who) {
    if (auto denied = identify(req, who))
        return denied;
    const TokenService::Decision decision =
        m_tokens.authorize(who, rule.permission, rule.target, id);
    if (!decision.allowed)
        return ApiResponses::error(Status::Forbidden, decision.reason);
    return std::nullopt;
}

QHttpServerResponse ApiAccess::filter(QHttpServerResponse response, const AccessToken &who,
                                      TokenService::Target target) {
    const bool list = target == Target::TaskList || target == Target::ServerList;
    if (!list || !who.isScoped() || response.statusCode() != Status::Ok)
        return response;
    const QJsonArray all = QJsonDocument::fromJson(response.data()).array();
    QJsonArray kept;
    for (const QJsonValue &item : all) {
        const qint64 id = item.toObject().value(QStringLiteral("id")).toInteger();
        const bool in = target == Target::TaskList ? m_tokens.taskInScope(who, id)
                                                   : m_tokens.serverInScope(who, id);
        if (in)
            kept.append(item);
    }
    return QHttpServerResponse(kept);
}

} // namespace fleetcron
