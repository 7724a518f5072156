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
    // Why the run ended without running (runs.reason), in English as stored, e.g. "task disabled
    // while queued"; empty for the others. Faces show it through runReasonText() (model/RunReason.h).
    QString reason;
};

} // namespace fleetcron
