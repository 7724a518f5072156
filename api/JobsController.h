#pragma once

#include "store/StoreError.h"

#include <QHttpServerResponse>
#include <QJsonObject>

class QHttpServerRequest;

namespace fleetcron {

class Services;
class TasksController;
struct Task;

// `/jobs`: a job API in the shape of the cron-job services Fleetcron replaces, over the same
// services as /v1/api/tasks (a job is a task):
//   POST /jobs, GET /jobs, GET /jobs/<id>, PUT /jobs/<id>, DELETE /jobs/<id>
// A job has name, schedule (cron, any Fleetcron schedule, `@once` or `@at <RFC 3339>`), or
// run_at (an RFC 3339 instant: schedule `@at`), type command|script with command or script,
// servers and tags, enabled and time_zone. Its `status` is TaskService's state: scheduled,
// running, finished, error (one-shots), disabled.
class JobsController {
public:
    JobsController(Services &services, TasksController &tasks);

    QHttpServerResponse list();
    QHttpServerResponse get(qint64 id);
    QHttpServerResponse create(const QHttpServerRequest &req);
    QHttpServerResponse update(qint64 id, const QHttpServerRequest &req);
    QHttpServerResponse remove(qint64 id);

private:
    QJsonObject json(const Task &task);
    QHttpServerResponse saved(qint64 id, const QHttpServerRequest &req);

    Services &m_services;
    TasksController &m_tasks;
};

} // namespace fleetcron
