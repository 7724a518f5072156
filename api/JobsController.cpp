#include "JobsController.h"

#include "ApiRequestParser.h"
#include "ApiResponses.h"
#include "TasksController.h"
#include "model/ModelJson.h"
#include "schedule/Schedule.h"
#include "service/Services.h"

#include <QCoreApplication>
#include <QHttpServerRequest>
#include <QJsonArray>

namespace fleetcron {
namespace {

using Response = QHttpServerResponse;
using Status = QHttpServerResponse::StatusCode;

const QString atPrefix = QStringLiteral("@at ");

// A job body in the /v1/api/tasks shape, or the first wrong field. Only the job fields are
// taken: the task fields beyond them (retries, overlap, ...) are /v1/api/tasks' to set.
FieldError taskBody(const QJsonObject &job, QJsonObject &task) {
    static const QStringList fields{
        QStringLiteral("name"),      QStringLiteral("schedule"),   QStringLiteral("run_at"),
        QStringLiteral("type"),      QStringLiteral("command"),    QStringLiteral("script"),
        QStringLiteral("servers"),   QStringLiteral("tags"),       QStringLiteral("enabled"),
        QStringLiteral("time_zone"), QStringLiteral("interpreter")};
    if (FieldError unknown = ApiRequestParser::onlyKnown(job, fields); unknown.isError())
        return unknown;
    task = job;
    task.remove(QStringLiteral("type"));
    task.remove(QStringLiteral("run_at"));
    const QJsonValue type = job.value(QStringLiteral("type"));
    if (!type.isUndefined()) {
        const QString kind = type.toString();
        if (kind != QStringLiteral("command") && kind != QStringLiteral("script"))
            return {
                QStringLiteral("type"),
                QCoreApplication::translate("JobsController", "type: must be command or script")};
        // The type names which of the two carries the job, and that one must be there.
        if (!job.contains(kind))
            return {QStringLiteral("type"),
                    QCoreApplication::translate("JobsController",
                                                "type: a %1 job needs its \"%1\" field")
                        .arg(kind)};
    }
    const QJsonValue runAt = job.value(QStringLiteral("run_at"));
    if (!runAt.isUndefined()) {
        if (job.contains(QStringLiteral("schedule")))
            return {QStringLiteral("run_at"),
                    QCoreApplication::translate("JobsController",
                                                "run_at: give schedule or run_at, not both")};
        if (!runAt.isString())
            return {QStringLiteral("run_at"),
                    QCoreApplication::translate("JobsController",
                                                "run_at: must be an RFC 3339 time such as "
                                                "2026-12-24T10:00:00+01:00")};
        task.insert(QStringLiteral("schedule"), atPrefix + runAt.toString().trimmed());
    }
    return {};
}

} // namespace

JobsController::JobsController(Services &services, TasksController &tasks)
    : m_services(services)
    , m_tasks(tasks) {}

QJsonObject JobsController::json(const Task &task) {
    const QJsonObject t = ModelJson::task(task);
    const bool script = task.kind == TaskKind::Script;
    QJsonObject job{
        {QStringLiteral("id"), task.id},
        {QStringLiteral("name"), task.name},
        {QStringLiteral("schedule"), task.schedule},
        {QStringLiteral("type"), script ? QStringLiteral("script") : QStringLiteral("command")},
        {script ? QStringLiteral("script") : QStringLiteral("command"), task.body},
        {QStringLiteral("enabled"), task.enabled},
        {QStringLiteral("time_zone"), task.timeZone},
        {QStringLiteral("servers"), t.value(QStringLiteral("servers"))},
        {QStringLiteral("tags"), t.value(QStringLiteral("tags"))},
        {QStringLiteral("next_run_at"), ModelJson::time(task.nextFireAt)},
        {QStringLiteral("created_at"), t.value(QStringLiteral("created_at"))},
        {QStringLiteral("updated_at"), t.value(QStringLiteral("updated_at"))},
    };
    const Schedule schedule = Schedule::parse(task.schedule).schedule;
    if (schedule.onceAt().isValid())
        job.insert(QStringLiteral("run_at"), ModelJson::time(schedule.onceAt()));
    if (auto state = m_services.tasks.state(task))
        job.insert(QStringLiteral("status"), toString(state.value()));
    auto last = m_services.runs.latestCompleted(task.id);
    if (last && last->has_value())
        job.insert(QStringLiteral("last_run"), ModelJson::run(**last));
    else
        job.insert(QStringLiteral("last_run"), QJsonValue::Null);
    return job;
}

Response JobsController::list() {
    auto all = m_services.tasks.list();
    if (!all)
        return ApiResponses::storeError(all.error());
    QJsonArray array;
    for (const Task &t : all.value())
        array.append(json(t));
    return Response(array);
}

Response JobsController::get(qint64 id) {
    auto found = m_services.tasks.find(id);
    if (!found)
        return ApiResponses::storeError(found.error());
    return Response(json(found.value()));
}

Response JobsController::saved(qint64 id, const QHttpServerRequest &req) {
    QJsonObject body;
    if (FieldError e = ApiRequestParser::object(req.body(), body); e.isError())
        return ApiResponses::fieldError(e);
    QJsonObject taskBody;
    if (FieldError e = fleetcron::taskBody(body, taskBody); e.isError())
        return ApiResponses::fieldError(e);
    auto task = m_tasks.saveFromBody(id, taskBody);
    if (!task) {
        StoreError e = task.error();
        // A run_at became the schedule: a complaint about it names the field the client sent.
        if (e.field == QStringLiteral("schedule") && body.contains(QStringLiteral("run_at")))
            e.field = QStringLiteral("run_at");
        return ApiResponses::storeError(e);
    }
    return Response(json(task.value()), id == 0 ? Status::Created : Status::Ok);
}

Response JobsController::create(const QHttpServerRequest &req) {
    return saved(0, req);
}

Response JobsController::update(qint64 id, const QHttpServerRequest &req) {
    return saved(id, req);
}

Response JobsController::remove(qint64 id) {
    return m_tasks.remove(id);
}

} // namespace fleetcron
