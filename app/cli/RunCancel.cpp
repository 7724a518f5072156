#include "RunCancel.h"

#include "runtime/Runtime.h"
#include "service/Services.h"

#include <QCommandLineParser>
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
    parser.addOption({noWait, QStringLiteral("cancel: return once the cancel is delivered, "
                                             "without waiting for the run to end.")});
    parser.addOption({timeout,
                      QStringLiteral("cancel: seconds to wait for the run to end (default 30)."),
                      QStringLiteral("seconds"), QStringLiteral("30")});
}

bool RunCancel::validOptions(const QCommandLineParser &parser, const QString &what, CliIo &io) {
    bool ok = false;
    const int seconds = parser.value(timeout).toInt(&ok);
    if (ok && seconds >= 1 && seconds <= 86400)
        return true;
    io.err << "fleetcron " << what
           << ": wait-timeout: must be a number of seconds from 1 to 86400\n";
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
            io.err << "fleetcron " << what << ": task " << found->name
                   << " has no pending or running run\n";
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
        io.out << "run " << r.id << ": cancel "
               << (!self.isEmpty() && r.engineId == self
                       ? QStringLiteral("done")
                       : QStringLiteral("sent to engine %1").arg(r.engineId))
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
            io.out << "run " << r.id << ": cancelled\n";
        } else if (active(status)) {
            io.err << "fleetcron " << what << ": run " << r.id << " is still " << toString(status)
                   << " after " << parser.value(timeout) << " s\n";
            exitCode = ExitFailed;
        } else {
            io.err << "fleetcron " << what << ": run " << r.id << " ended " << toString(status)
                   << " before the cancel reached it\n";
            exitCode = ExitFailed;
        }
    }
    return exitCode;
}

} // namespace fleetcron
