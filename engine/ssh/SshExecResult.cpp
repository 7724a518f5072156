#include "SshExecResult.h"

namespace fleetcron {

void SshExecResult::applyTo(Execution &execution) const {
    execution.status = status;
    execution.exitCode = exitCode;
    execution.exitSignal = exitSignal;
    execution.error = error;
    execution.stdoutData = stdoutData;
    execution.stderrData = stderrData;
    execution.stdoutTruncated = stdoutTruncated;
    execution.stderrTruncated = stderrTruncated;
}

} // namespace fleetcron
