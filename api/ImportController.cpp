#include "ImportController.h"

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
using Status = QHttpServerResponse::StatusCode;

// A list of names given as ["a", "b"] (or one "a"); an error names the field.
FieldError names(const QJsonObject &body, const QString &field, QStringList &out) {
    const QJsonValue v = body.value(field);
    if (v.isUndefined() || v.isNull())
        return {};
    if (v.isString()) {
        out << v.toString();
        return {};
    }
    if (!v.isArray())
        return {field,
                QCoreApplication::translate("ImportController", "%1: must be a list of names")
                    .arg(field)};
    for (const QJsonValue &item : v.toArray()) {
        if (!item.isString())
            return {field,
                    QCoreApplication::translate("ImportController", "%1: must be a list of names")
                        .arg(field)};
        out << item.toString();
    }
    return {};
}

} // namespace

ImportController::ImportController(Services &services, const Actor &actor)
    : m_services(services)
    , m_actor(actor) {}

Response ImportController::crontab(const QHttpServerRequest &req) {
    return import(ImportService::Kind::Crontab, req);
}

Response ImportController::sshConfig(const QHttpServerRequest &req) {
    return import(ImportService::Kind::SshConfig, req);
}

Response ImportController::ansible(const QHttpServerRequest &req) {
    return import(ImportService::Kind::Ansible, req);
}

Response ImportController::import(ImportService::Kind kind, const QHttpServerRequest &req) {
    QJsonObject body;
    if (FieldError e = ApiRequestParser::object(req.body(), body); e.isError())
        return ApiResponses::fieldError(e);
    static const QStringList known = {QStringLiteral("text"), QStringLiteral("dry_run"),
                                      QStringLiteral("servers"), QStringLiteral("tags"),
                                      QStringLiteral("prefix")};
    for (auto it = body.constBegin(); it != body.constEnd(); ++it)
        if (!known.contains(it.key()))
            return ApiResponses::error(
                Status::BadRequest,
                QCoreApplication::translate("ImportController", "%1: unknown field (known: %2)")
                    .arg(it.key(), known.join(QStringLiteral(", "))),
                it.key());
    const QJsonValue text = body.value(QStringLiteral("text"));
    if (!text.isString())
        return ApiResponses::error(Status::BadRequest,
                                   QCoreApplication::translate(
                                       "ImportController", "text: the file's content, as a string"),
                                   QStringLiteral("text"));
    const QJsonValue dryRun = body.value(QStringLiteral("dry_run"));
    if (!dryRun.isUndefined() && !dryRun.isBool())
        return ApiResponses::error(
            Status::BadRequest,
            QCoreApplication::translate("ImportController", "dry_run: must be true or false"),
            QStringLiteral("dry_run"));
    const QJsonValue prefix = body.value(QStringLiteral("prefix"));
    if (!prefix.isUndefined() && !prefix.isString())
        return ApiResponses::error(
            Status::BadRequest,
            QCoreApplication::translate("ImportController", "prefix: must be text"),
            QStringLiteral("prefix"));
    ImportService::Options options;
    options.prefix = prefix.toString();
    if (FieldError e = names(body, QStringLiteral("servers"), options.servers); e.isError())
        return ApiResponses::fieldError(e);
    if (FieldError e = names(body, QStringLiteral("tags"), options.tags); e.isError())
        return ApiResponses::fieldError(e);

    ImportPlan plan = m_services.imports.plan(kind, text.toString(), options);
    if (plan.hasErrors()) {
        QJsonObject answer{
            {QStringLiteral("error"),
             QCoreApplication::translate("ImportController", "%1 problem(s), nothing imported: %2")
                 .arg(plan.errors.size())
                 .arg(plan.errorSummary())},
            {QStringLiteral("field"), QStringLiteral("text")},
            {QStringLiteral("plan"), plan.toJson()}};
        return Response(answer, plan.hasConflict() ? Status::Conflict : Status::BadRequest);
    }
    if (dryRun.toBool())
        return Response(plan.toJson());
    auto applied = m_services.imports.apply(plan, m_actor);
    if (!applied)
        return ApiResponses::storeError(applied.error());
    return Response(applied->toJson(), Status::Created);
}

} // namespace fleetcron
