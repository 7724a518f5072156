#pragma once

#include "model/Run.h"
#include "store/StoreResult.h"

#include <QString>

namespace fleetcron {

// The engine as the services see it: start a run, stop one. Narrow on purpose, so the service
// layer can be built, and tested, without the executor and the SSH pool behind it.
class RunLauncher {
public:
    virtual ~RunLauncher() = default;
    virtual QString engineId() const = 0;
    // Records a run of the task now, on its current targets, and starts it.
    virtual StoreResult<Run> runNow(qint64 taskId, RunTrigger trigger) = 0;
    // Stops a run of this engine (waiting executions end as cancelled, running ones are killed
    // on the server); false when the run is not active here.
    virtual bool cancelRun(qint64 runId) = 0;
};

} // namespace fleetcron
