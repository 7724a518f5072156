#include "RunCancel.h"

#include "runtime/Runtime.h"
#include "service/Services.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QTextStream>
#include <QThread>

namespace fleetcron {
namespace {

const QString noWait = QStringLiteral("no-wait");
const QString timeout = QStringLiteral("wait-timeout");

bool active(RunStatus status) {
    return status == RunStatus::Running || status == RunStatus::Pending;
}

} // namespace

void RunCancel::addOptions(QCommandLineParser &parser) {
    parser.addOption({noWait, QCoreApplication::translate(
                                  "RunCancel", "cancel: return once the cancel is delivered, "
                                               "without waiting for the run to end.")});
    parser.addOption({timeout,
                      QCoreApplication::translate(
                          "RunCancel", "cancel: seconds to wait for the run to end (default 30)."),
                      QStringLiteral("seconds"), QStringLiteral("30")});
}

bool RunCancel::validOptions(const QCommandLineParser &parser, const QString &what, CliIo &io) {
    bool ok = false;
    const int seconds = parser.value(timeout).toInt(&ok);
    if (ok && seconds >= 1 && seconds <= 86400)
        return true;
    io.err << "fleetcron " << what << ": "
           << QCoreApplication::translate(
                  "RunCancel", "wait-timeout: must be a number of seconds from 1 to 86400")
           << '\n';
    return false;
}

int RunCancel::cancelRun(QCommandLineParser &parser, Runtime &runtime, qint64 runId, CliIo &io) {
    const QString what = QStringLiteral("runs cancel");
    auto run = runtime.services().runs.cancel(runId, Actor::cli());
    if (!run)
        return CliCommand::serviceFailure(what, run.error(), io);
    return report(parser, runtime, {run.value()}, what, io);
}

int RunCancel::cancelTask(QCommandLineParser &parser, Runtime &runtime, const QString &task,
                          CliIo &io) {
    const QString what = QStringLiteral("task cancel");
    Services &services = runtime.services();
    auto found = services.tasks.resolve(task);
    if (!found)
        return CliCommand::serviceFailure(what, found.error(), io);
    auto runs = services.runs.cancelActive(found->id, Actor::cli());
    if (!runs) {
        if (runs.error().field == QStringLiteral("task"))
            io.err << "fleetcron " << what << ": "
                   << QCoreApplication::translate("RunCancel",
                                                  "task %1 has no pending or running run")
                          .arg(found->name)
                   << '\n';
        else
            CliCommand::serviceFailure(what, runs.error(), io);
        return CliCommand::exitCodeFor(runs.error().kind);
    }
    return report(parser, runtime, runs.value(), what, io);
}

int RunCancel::report(QCommandLineParser &parser, Runtime &runtime, const QList<Run> &runs,
                      const QString &what, CliIo &io) {
    const QString self = runtime.engineId();
    for (const Run &r : runs) {
        io.out << (!self.isEmpty() && r.engineId == self
                       ? QCoreApplication::translate("RunCancel", "run %1: cancel done").arg(r.id)
                       : QCoreApplication::translate("RunCancel",
                                                     "run %1: cancel sent to engine %2")
                             .arg(r.id)
                             .arg(r.engineId))
               << '\n';
    }
    io.out.flush();
    if (parser.isSet(noWait))
        return ExitOk;
    // The owning engine polls for requests every half second (at once on PostgreSQL); the
    // remote command gets TERM, then KILL after its grace period.
    QDeadlineTimer deadline(qint64(parser.value(timeout).toInt()) * 1000);
    int exitCode = ExitOk;
    for (const Run &r : runs) {
        RunStatus status = r.status;
        while (true) {
            auto now = runtime.services().runs.find(r.id);
            if (!now)
                return CliCommand::serviceFailure(what, now.error(), io);
            status = now->status;
            if (!active(status) || deadline.hasExpired())
                break;
            QThread::msleep(100);
        }
        if (status == RunStatus::Cancelled) {
            io.out << QCoreApplication::translate("RunCancel", "run %1: cancelled").arg(r.id)
                   << '\n';
        } else if (active(status)) {
            io.err << "fleetcron " << what << ": "
                   << QCoreApplication::translate("RunCancel", "run %1 is still %2 after %3 s")
                          .arg(r.id)
                          .arg(toString(status), parser.value(timeout))
                   << '\n';
            exitCode = ExitFailed;
        } else {
            io.err << "fleetcron " << what << ": "
                   << QCoreApplication::translate("RunCancel",
                                                  "run %1 ended %2 before the cancel reached it")
                          .arg(r.id)
                          .arg(toString(status))
                   << '\n';
            exitCode = ExitFailed;
        }
    }
    return exitCode;
}

} // namespace fleetcron
