#pragma once

#include "model/Execution.h"
#include "model/Statuses.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace fleetcron {

// The outcome of running one command on one server: what an Execution records, plus what the
// pool and the executor need to decide about retries and pinning.
struct SshExecResult {
    ExecutionStatus status = ExecutionStatus::Failed;
    std::optional<int> exitCode;
    QString exitSignal; // "TERM", "KILL", … when the command died by a signal
    QString error;      // a sentence an operator can act on; empty on success
    QByteArray stdoutData;
    QByteArray stderrData;
    bool stdoutTruncated = false;
    bool stderrTruncated = false;
    qint64 stdoutBytes = 0; // all bytes seen, kept or not
    qint64 stderrBytes = 0;
    qint64 remoteProcessGroup = 0; // the remote shell's pid (= its process group), 0 if unknown
    int durationMs = 0;

    // False when nothing ran on the server (channel could not be opened): safe to try again on
    // a fresh connection without running the command twice.
    bool commandStarted = false;
    bool connectionLost = false;

    // Filled by SshPool from the session that ran the command.
    QString hostKeyFingerprint;
    bool hostKeyNewlyPinned = false;
    QString authMethod;
    bool reusedConnection = false;

    bool ok() const { return status == ExecutionStatus::Succeeded; }
    // The command started and its process group is known, but the connection went before its
    // end was seen: without a pty sshd does not signal it, so it may still run on the server.
    bool mayStillRun() const {
        return commandStarted && connectionLost && remoteProcessGroup > 1 && !exitCode &&
               exitSignal.isEmpty();
    }
    // Copies status, exit code, signal, message and output into an execution record.
    void applyTo(Execution &execution) const;
};

} // namespace fleetcron
