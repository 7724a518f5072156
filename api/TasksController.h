#pragma once

#include "ApiRequestParser.h"
#include "service/Actor.h"

#include <QHttpServerResponse>
#include <QJsonObject>

class QHttpServerRequest;

namespace fleetcron {

class Services;

// /v1/api/tasks: list, read, create, edit, enable, disable and delete tasks through
// TaskService, which checks the timing, needs at least one target, recomputes the next fire
// and refuses to delete a task while one of its runs is active.
class TasksController {
public:
    TasksController(Services &services, const Actor &actor);

    QHttpServerResponse list();
    QHttpServerResponse get(qint64 id);
    QHttpServerResponse create(const QHttpServerRequest &req);
    QHttpServerResponse update(qint64 id, const QHttpServerRequest &req);
    QHttpServerResponse remove(qint64 id);
    QHttpServerResponse setEnabled(qint64 id, bool enabled);

private:
    // The store as the request parser sees it, through the services.
    ApiRequestParser::Directory directory();
    QJsonObject json(const Task &task);

    Services &m_services;
    Actor m_actor;
};

} // namespace fleetcron
