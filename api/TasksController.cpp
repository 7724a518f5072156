#include "TasksController.h"

#include "ApiResponses.h"
#include "model/ModelJson.h"
#include "service/Services.h"

#include <QHttpServerRequest>
#include <QJsonArray>

namespace fleetcron {
namespace {

using Response = QHttpServerResponse;
using Status = QHttpServerResponse::StatusCode;

} // namespace

TasksController::TasksController(Services &services, const Actor &actor)
    : m_services(services)
    , m_actor(actor) {}

ApiRequestParser::Directory TasksController::directory() {
    ApiRequestParser::Directory d;
    d.serverById = [this](qint64 id) -> std::optional<qint64> {
        auto s = m_services.servers.find(id);
        return s ? std::optional<qint64>(s->id) : std::nullopt;
    };
    d.serverByName = [this](const QString &name) -> std::optional<qint64> {
        auto s = m_services.servers.resolve(name);
        return s ? std::optional<qint64>(s->id) : std::nullopt;
    };
    d.taskNameTaken = [this](const QString &name) {
        // resolve() also reads a number as an id; only the very name counts as taken.
        auto t = m_services.tasks.resolve(name);
        return t && t->name == name;
    };
    return d;
}

QJsonObject TasksController::json(const Task &task) {
    auto targets = m_services.tasks.targets(task.id);
    return ModelJson::task(task, targets ? targets.value() : QList<Server>());
}

Response TasksController::list() {
    auto all = m_services.tasks.list();
    if (!all)
        return ApiResponses::storeError(all.error());
    QJsonArray array;
    for (const Task &t : all.value())
        array.append(ModelJson::task(t));
    return Response(array);
}

Response TasksController::get(qint64 id) {
    auto found = m_services.tasks.find(id);
    if (!found)
        return ApiResponses::storeError(found.error());
    return Response(json(found.value()));
}

Response TasksController::create(const QHttpServerRequest &req) {
    QJsonObject body;
    if (FieldError e = ApiRequestParser::object(req.body(), body); e.isError())
        return ApiResponses::fieldError(e);
    Task task = m_services.tasks.newTask();
    if (FieldError e = ApiRequestParser::task(body, task, true, directory()); e.isError())
        return ApiResponses::fieldError(e);
    auto created = m_services.tasks.save(task, m_actor);
    if (!created)
        return ApiResponses::storeError(created.error());
    return Response(json(created.value()), Status::Created);
}

Response TasksController::update(qint64 id, const QHttpServerRequest &req) {
    QJsonObject body;
    if (FieldError e = ApiRequestParser::object(req.body(), body); e.isError())
        return ApiResponses::fieldError(e);
    auto found = m_services.tasks.find(id);
    if (!found)
        return ApiResponses::storeError(found.error());
    Task task = found.value();
    if (FieldError e = ApiRequestParser::task(body, task, false, directory()); e.isError())
        return ApiResponses::fieldError(e);
    auto updated = m_services.tasks.save(task, m_actor);
    if (!updated)
        return ApiResponses::storeError(updated.error());
    return Response(json(updated.value()));
}

Response TasksController::remove(qint64 id) {
    if (auto removed = m_services.tasks.remove(id, m_actor); !removed)
        return ApiResponses::storeError(removed.error());
    return Response(QJsonObject{{QStringLiteral("deleted"), true}, {QStringLiteral("id"), id}});
}

Response TasksController::setEnabled(qint64 id, bool enabled) {
    auto changed = m_services.tasks.setEnabled(id, enabled, m_actor);
    if (!changed)
        return ApiResponses::storeError(changed.error());
    return Response(json(changed.value()));
}

} // namespace fleetcron
