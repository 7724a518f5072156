#pragma once

#include "Run.h"
#include "Server.h"
#include "Task.h"

#include <QList>

namespace fleetcron {

// A run already recorded, ready to start: its task as it was when claimed and the servers it
// goes to. The scheduler hands the engine's thread all the runs of one claim pass as a list of
// these, so their execution rows are written in one transaction.
struct RunStart {
    Run run;
    Task task;
    QList<Server> targets;
    // run.startedAt is not what the claim stored: a fire claimed ahead of its time and released
    // late records when it really began (Scheduler, FireRelease).
    bool startedLate = false;
};

} // namespace fleetcron
