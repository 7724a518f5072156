#include "CompatTasksController.h"

#include "ApiRequestParser.h"
#include "ApiResponses.h"
#include "TasksController.h"
#include "model/ModelJson.h"
#include "service/Services.h"

#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonObject>

namespace fleetcron {

using Response = QHttpServerResponse;

CompatTasksController::CompatTasksController(Services &services, TasksController &tasks)
    : m_services(services)
    , m_tasks(tasks) {}

Response CompatTasksController::create(const QHttpServerRequest &req) {
    QJsonObject body;
    if (FieldError e = ApiRequestParser::object(req.body(), body); e.isError())
        return ApiResponses::fieldError(e);
    auto task = m_tasks.saveFromBody(0, body);
    if (!task)
        return ApiResponses::storeError(task.error());
    // The old tool answered 200 with the id as a string; its clients check both.
    return Response(QJsonObject{{QStringLiteral("command_id"), QString::number(task->id)}});
}

Response CompatTasksController::latestOutput(qint64 taskId) {
    auto latest = m_services.runs.latestOutput(taskId);
    if (!latest)
        return ApiResponses::storeError(latest.error());
    QJsonArray outputs;
    for (const Execution &x : latest->executions) {
        auto server = m_services.servers.find(x.serverId, true);
        const QString stdoutText = QString::fromUtf8(x.stdoutData);
        const QString stderrText = QString::fromUtf8(x.stderrData);
        outputs.append(QJsonObject{
            // The old tool's agent is the server it ran on, named as in the fleet.
            {QStringLiteral("agent_id"),
             server ? server->name : QStringLiteral("#%1").arg(x.serverId)},
            // Its one stream: standard output, then standard error.
            {QStringLiteral("output"), stdoutText + stderrText},
            {QStringLiteral("server_id"), x.serverId},
            {QStringLiteral("stdout"), stdoutText},
            {QStringLiteral("stderr"), stderrText},
            {QStringLiteral("exit_code"), x.exitCode ? QJsonValue(*x.exitCode) : QJsonValue()},
            {QStringLiteral("status"), toString(x.status)},
        });
    }
    return Response(QJsonObject{
        {QStringLiteral("command_id"), QString::number(taskId)},
        {QStringLiteral("completion_time"),
         latest->run ? ModelJson::time(latest->run->finishedAt) : QJsonValue()},
        {QStringLiteral("outputs"), outputs},
    });
}

} // namespace fleetcron
