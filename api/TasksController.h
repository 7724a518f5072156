#pragma once

#include "ApiRequestParser.h"
#include "service/Actor.h"
#include "store/StoreResult.h"

#include <QHttpServerResponse>
#include <QJsonObject>

class QHttpServerRequest;

namespace fleetcron {

class Services;

// /v1/api/tasks: list, read, create, edit, enable, disable and delete tasks through
// TaskService, which checks the timing (no targets given means every server), recomputes the next
// fire and refuses to delete a task while one of its runs is active. Each task's JSON carries its
// `state` (TaskService::state). The aliases in other tools' shapes (CompatTasksController,
// JobsController) save through saveFromBody() and answer refusals with refusal().
class TasksController {
public:
    TasksController(Services &services, const Actor &actor);

    QHttpServerResponse list();
    QHttpServerResponse get(qint64 id);
    QHttpServerResponse create(const QHttpServerRequest &req);
    QHttpServerResponse update(qint64 id, const QHttpServerRequest &req);
    QHttpServerResponse remove(qint64 id);
    QHttpServerResponse setEnabled(qint64 id, bool enabled);

    // Creates a task from a body in the /v1/api/tasks shape (`id` 0) or applies one to task
    // `id`; a bad body is an Invalid error naming its field, as the service's own refusals.
    StoreResult<Task> saveFromBody(qint64 id, const QJsonObject &body);

private:
    // The store as the request parser sees it, through the services.
    ApiRequestParser::Directory directory();
    QJsonObject json(const Task &task, bool withTargets);
    QHttpServerResponse saved(qint64 id, const QHttpServerRequest &req);

    Services &m_services;
    const Actor &m_actor; // the requesting token's, set by ApiServer for each request
};

} // namespace fleetcron
