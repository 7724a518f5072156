#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace fleetcron {

// One line of an execution report: an execution with the names of its task and server already
// joined in. Plain text and times rather than model enums, because the report shows what the
// store holds, and the store's query fills it without knowing about CSV.
struct ExecutionReportRow {
    qint64 runId = 0;
    qint64 executionId = 0;
    QString task;
    QString server;
    QString host;
    QString trigger;        // "schedule", "manual", … as stored
    QDateTime scheduledFor; // invalid: unknown, written as an empty cell
    QDateTime startedAt;
    QDateTime endedAt;
    std::optional<qint64> durationMs; // unset: ended - started when both are known
    QString status;                   // "succeeded", "timed-out", … as stored
    std::optional<int> exitCode;      // unset when the command never reported one
    QString error;
    QByteArray stdoutData; // raw output as captured; need not be valid UTF-8
    QByteArray stderrData;
};

} // namespace fleetcron
