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
    // Why it ended without running (skipped), in words: "blackout window xmas".
    QString reason;
    // The random start delay this fire drew: it was due at scheduledFor + startDelayMs.
    qint64 startDelayMs = 0;
};

} // namespace fleetcron
