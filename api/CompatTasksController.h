#pragma once

#include <QHttpServerResponse>

class QHttpServerRequest;

namespace fleetcron {

class Services;
class TasksController;

// `/api/v1/tasks/...`: the task API of the agent-based tool Fleetcron replaces, answered in its
// shapes over the same services as /v1/api/tasks.
//   POST /api/v1/tasks/create           {"command": ..., "frequency": ...} -> {"command_id": "7"}
//   GET  /api/v1/tasks/<id>/latest_output   {"completion_time": ..., "outputs": [...]}
// The body takes every /v1/api/tasks field (an unknown one is refused); without servers or
// tags it is refused as on every face, with a hint saying what to add.
class CompatTasksController {
public:
    CompatTasksController(Services &services, TasksController &tasks);

    QHttpServerResponse create(const QHttpServerRequest &req);
    QHttpServerResponse latestOutput(qint64 taskId);

private:
    Services &m_services;
    TasksController &m_tasks;
};

} // namespace fleetcron
