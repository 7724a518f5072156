#include "RunWaiter.h"

#include "ExecutionView.h"
#include "core/EngineEvents.h"
#include "model/ModelJson.h"
#include "model/Task.h"
#include "runtime/Runtime.h"
#include "service/Services.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

namespace fleetcron {
namespace {

// Starts the run and returns once the engine says it finished; 0 when it could not start.
qint64 runToEnd(Runtime &runtime, const Task &task, RunStatus &status, bool json, CliIo &io,
                int &exitCode) {
    if (!runtime.startEngine()) {
        io.err << "fleetcron task run: " << runtime.error() << '\n';
        exitCode = ExitFailed;
        return 0;
    }
    // A run with no servers finishes inside start(), before its id is known here: every
    // finished run is noted, and the wait below only happens for one still going.
    QHash<qint64, RunStatus> finished;
    qint64 runId = 0;
    const auto connection = QObject::connect(runtime.events(), &EngineEvents::runFinished,
                                             runtime.events(), [&](qint64 id, qint64, RunStatus s) {
                                                 finished.insert(id, s);
                                                 if (runId != 0 && id == runId)
                                                     QCoreApplication::exit(0);
                                             });
    auto run = runtime.services().runs.start(task.id, RunTrigger::Manual, Actor::cli());
    if (!run) {
        QObject::disconnect(connection);
        exitCode = CliCommand::serviceFailure(QStringLiteral("task run"), run.error(), io);
        return 0;
    }
    runId = run->id;
    if (!json)
        io.out << QCoreApplication::translate("RunWaiter", "run %1 of %2 started")
                      .arg(runId)
                      .arg(task.name)
               << '\n'
               << Qt::flush;
    if (!finished.contains(runId))
        QCoreApplication::exec();
    QObject::disconnect(connection);
    status = finished.value(runId, RunStatus::Failed);
    return runId;
}

} // namespace

int RunWaiter::runAndReport(Runtime &runtime, const Task &task, bool printResults, bool json,
                            CliIo &io) {
    RunStatus status = RunStatus::Failed;
    int exitCode = ExitOk;
    const qint64 runId = runToEnd(runtime, task, status, json, io, exitCode);
    if (runId == 0)
        return exitCode;
    // The ordered stop drains the engine's writer, so every result is committed; reopened
    // without an engine, the runtime reads them back.
    runtime.stop();
    if (!runtime.open()) {
        io.err << "fleetcron task run: " << runtime.error() << '\n';
        return ExitFailed;
    }
    Services &services = runtime.services();
    auto executions = services.runs.executionsOf(runId);
    if (!executions)
        return CliCommand::serviceFailure(QStringLiteral("task run"), executions.error(), io);
    // Oldest attempt first (by id), so a retried server reads in order.
    const QList<Execution> &list = executions.value();
    auto nameOf = [&](qint64 id) {
        auto s = services.servers.find(id, true);
        return s ? s->name : QStringLiteral("#%1").arg(id);
    };
    if (json) {
        QJsonArray array;
        for (const Execution &e : list)
            array.append(ModelJson::execution(e, true, nameOf(e.serverId)));
        QJsonObject out{{QStringLiteral("run_id"), runId},
                        {QStringLiteral("task"), task.name},
                        {QStringLiteral("status"), toString(status)},
                        {QStringLiteral("executions"), array}};
        io.out << QJsonDocument(out).toJson(QJsonDocument::Indented);
    } else if (printResults) {
        for (const Execution &e : list)
            ExecutionView::print(e, nameOf(e.serverId), ExecutionView::Detail::Full, io.out);
    }
    if (!json)
        io.out << "run " << runId << ": " << toString(status) << '\n';
    if (list.isEmpty() && !json)
        io.err << "fleetcron task run: "
               << QCoreApplication::translate("RunWaiter", "the task has no enabled target servers")
               << '\n';
    return status == RunStatus::Succeeded ? ExitOk : ExitFailed;
}

} // namespace fleetcron
