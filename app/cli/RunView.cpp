#include "RunView.h"

#include "CliTime.h"
#include "ExecutionView.h"
#include "model/Execution.h"
#include "model/Run.h"
#include "model/RunReason.h"

#include <QTextStream>

#include <algorithm>

namespace fleetcron {

QString RunView::attempts(const QList<Execution> &executions, const NameOf &serverName) {
    QList<Execution> ordered = executions;
    // By id: a retry is recorded after the attempt it follows.
    std::sort(ordered.begin(), ordered.end(),
              [](const Execution &a, const Execution &b) { return a.id < b.id; });
    QStringList parts;
    for (const Execution &e : ordered) {
        parts.append(QStringLiteral("%1#%2=%3%4")
                         .arg(serverName(e.serverId), QString::number(e.attempt),
                              toString(e.status),
                              e.exitCode ? QStringLiteral("(%1)").arg(*e.exitCode) : QString()));
    }
    return parts.join(u' ');
}

void RunView::printDetail(const Run &run, const QString &taskName,
                          const QList<Execution> &executions, const NameOf &serverName,
                          QTextStream &out) {
    out << "run:         " << run.id << '\n'
        << "task:        " << taskName << '\n'
        << "trigger:     " << toString(run.trigger) << '\n'
        << (run.parentRunId > 0 ? QStringLiteral("parent run:  %1\n").arg(run.parentRunId)
                                : QString())
        << "status:      " << toString(run.status)
        << (run.reason.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(run.reason)) << '\n'
        << "scheduled:   " << CliTime::local(run.scheduledFor)
        << (run.startDelayMs ? QStringLiteral(" + start delay %1s").arg(run.startDelayMs / 1000.0)
                             : QString())
        << '\n'
        << "started:     " << CliTime::local(run.startedAt) << '\n'
        << "finished:    " << CliTime::local(run.finishedAt) << '\n'
        << "engine:      " << (run.engineId.isEmpty() ? QStringLiteral("-") : run.engineId) << '\n'
        << "attempts:    " << attempts(executions, serverName) << '\n';
    // Why it did not run (skipped), in the reader's language.
    if (!run.reason.isEmpty())
        out << "reason:      " << runReasonText(run.reason) << '\n';
    for (const Execution &e : executions)
        ExecutionView::print(e, serverName(e.serverId), ExecutionView::Detail::Full, out);
}

} // namespace fleetcron
