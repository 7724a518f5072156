#pragma once

#include "Statuses.h"

#include <QDateTime>
#include <QString>

namespace fleetcron {

// One firing of a task; its per-server results are Executions.
struct Run {
    qint64 id = 0;
    qint64 taskId = 0;
    QDateTime scheduledFor;
    QDateTime startedAt;
    QDateTime finishedAt;
    RunTrigger trigger = RunTrigger::Schedule;
    RunStatus status = RunStatus::Pending;
    QString engineId;
    // The run whose end started this one (task chaining); 0 when none did.
    qint64 parentRunId = 0;
    // Why the run ended without running (runs.reason), in English as stored, e.g. "task disabled
    // while queued" or "blackout window xmas"; empty for the others. Faces show it through
    // runReasonText() (model/RunReason.h).
    QString reason;
    // The random start delay this fire drew: it was due at scheduledFor + startDelayMs.
    qint64 startDelayMs = 0;
};

} // namespace fleetcron
