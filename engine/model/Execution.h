#pragma once

#include "Statuses.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace fleetcron {

// One server within a run: what happened there, kept for good.
struct Execution {
    qint64 id = 0;
    qint64 runId = 0;
    qint64 serverId = 0;
    int attempt = 1;
    QDateTime startedAt;
    QDateTime endedAt;
    ExecutionStatus status = ExecutionStatus::Pending;
    std::optional<int> exitCode;
    QString exitSignal;
    QString error; // a sentence an operator can act on, empty on success
    QByteArray stdoutData;
    QByteArray stderrData;
    bool stdoutTruncated = false;
    bool stderrTruncated = false;
};

} // namespace fleetcron
