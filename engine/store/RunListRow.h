#pragma once

#include "model/Run.h"

#include <QMetaType>
#include <QString>

namespace fleetcron {

// A run as the console lists it: the run, its task's name and how its executions went, read
// in one query so a page of runs needs no further look-ups.
struct RunListRow {
    Run run;
    QString taskName;
    int executions = 0;
    int unsuccessful = 0; // executions that ended other than succeeded
    int active = 0;       // executions still pending or running
};

} // namespace fleetcron

Q_DECLARE_METATYPE(fleetcron::RunListRow)
