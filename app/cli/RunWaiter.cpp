#include "RunWaiter.h"

#include "model/ModelJson.h"
#include "core/Engine.h"
#include "exec/Executor.h"
#include "model/Task.h"
#include "secrets/SecretStore.h"
#include "secrets/SecretStoreFactory.h"
#include "store/Database.h"
#include "store/ExecutionRepository.h"
#include "store/RunRepository.h"
#include "store/ServerRepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

namespace fleetcron {
namespace {

void printExecution(const Execution &e, const QString &server, CliIo &io) {
    const qint64 ms =
        e.startedAt.isValid() && e.endedAt.isValid() ? e.startedAt.msecsTo(e.endedAt) : 0;
    io.out << "== " << server << ": " << toString(e.status);
    if (e.exitCode)
        io.out << ", exit " << *e.exitCode;
    if (!e.exitSignal.isEmpty())
        io.out << ", signal " << e.exitSignal;
    io.out << ", " << QString::number(double(ms) / 1000.0, 'f', 2) << " s";
    if (e.attempt > 1)
        io.out << ", attempt " << e.attempt;
    io.out << '\n';
    if (!e.error.isEmpty())
        io.out << "error: " << e.error << '\n';
    auto stream = [&](const char *label, const QByteArray &data, bool truncated) {
        if (data.isEmpty())
            return;
        io.out << "-- " << label << (truncated ? " (truncated: head and tail kept)" : "") << " --\n"
               << QString::fromUtf8(data);
        if (!data.endsWith('\n'))
            io.out << '\n';
    };
    stream("stdout", e.stdoutData, e.stdoutTruncated);
    stream("stderr", e.stderrData, e.stderrTruncated);
}

} // namespace

int RunWaiter::runAndReport(Database &db, const Task &task, bool printResults, bool json,
                            CliIo &io) {
    auto secrets = SecretStoreFactory::create({});
    if (!secrets.store)
        io.err << "fleetcron task run: warning: " << secrets.error << '\n';
    qint64 runId = 0;
    RunStatus status = RunStatus::Failed;
    {
        Engine engine(db, secrets.store.get());
        QObject::connect(&engine, &Engine::runFinished, &engine,
                         [&](qint64 id, qint64, RunStatus s) {
                             if (id == runId) {
                                 status = s;
                                 QCoreApplication::exit(0);
                             }
                         });
        auto run = engine.runNow(task.id, RunTrigger::Manual);
        if (!run) {
            io.err << "fleetcron task run: " << run.error().toString() << '\n';
            return ExitFailed;
        }
        runId = run->id;
        if (!json)
            io.out << "run " << runId << " of " << task.name << " started\n" << Qt::flush;
        // A run with no servers finishes inside runNow(); no need to wait then.
        if (engine.executor().isActive(runId))
            QCoreApplication::exec();
        else if (auto stored = RunRepository(db).find(runId))
            status = stored->status;
    } // the engine's writer commits every result before it is gone

    ExecutionRepository::Filter filter;
    filter.runId = runId;
    filter.withOutput = true;
    auto executions = ExecutionRepository(db).list(filter);
    if (!executions) {
        io.err << "fleetcron task run: " << executions.error().toString() << '\n';
        return ExitFailed;
    }
    QList<Execution> list = executions.value();
    // Oldest attempt first, so a retried server reads in order.
    std::sort(list.begin(), list.end(),
              [](const Execution &a, const Execution &b) { return a.id < b.id; });
    ServerRepository servers(db);
    auto nameOf = [&](qint64 id) {
        auto s = servers.find(id, true);
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
            printExecution(e, nameOf(e.serverId), io);
    }
    if (!json)
        io.out << "run " << runId << ": " << toString(status) << '\n';
    if (list.isEmpty() && !json)
        io.err << "fleetcron task run: the task has no enabled target servers\n";
    return status == RunStatus::Succeeded ? ExitOk : ExitFailed;
}

} // namespace fleetcron
