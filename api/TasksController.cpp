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

QJsonObject TasksController::json(const Task &task, bool withTargets) {
    QJsonObject json;
    if (withTargets) {
        auto targets = m_services.tasks.targets(task.id);
        json = ModelJson::task(task, targets ? targets.value() : QList<Server>());
    } else {
        json = ModelJson::task(task);
    }
    if (auto state = m_services.tasks.state(task))
        json.insert(QStringLiteral("state"), toString(state.value()));
    return json;
}

Response TasksController::list() {
    auto all = m_services.tasks.list();
    if (!all)
        return ApiResponses::storeError(all.error());
    QJsonArray array;
    for (const Task &t : all.value())
        array.append(json(t, false));
    return Response(array);
}

Response TasksController::get(qint64 id) {
    auto found = m_services.tasks.find(id);
    if (!found)
        return ApiResponses::storeError(found.error());
    return Response(json(found.value(), true));
}

StoreResult<Task> TasksController::saveFromBody(qint64 id, const QJsonObject &body) {
    Task task = m_services.tasks.newTask();
    if (id != 0) {
        auto found = m_services.tasks.find(id);
        if (!found)
            return found;
        task = found.value();
    }
    if (FieldError e = ApiRequestParser::task(body, task, id == 0, directory()); e.isError())
        return StoreError::invalid(e.message, e.field);
    return m_services.tasks.save(task, m_actor);
}

Response TasksController::saved(qint64 id, const QHttpServerRequest &req) {
    QJsonObject body;
    if (FieldError e = ApiRequestParser::object(req.body(), body); e.isError())
        return ApiResponses::fieldError(e);
    auto task = saveFromBody(id, body);
    if (!task)
        return ApiResponses::storeError(task.error());
    return Response(json(task.value(), true), id == 0 ? Status::Created : Status::Ok);
}

Response TasksController::create(const QHttpServerRequest &req) {
    return saved(0, req);
}

Response TasksController::update(qint64 id, const QHttpServerRequest &req) {
    return saved(id, req);
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
    return Response(json(changed.value(), true));
}

} // namespace fleetcron
