#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace fleetcron {

// A snapshot of a hosted engine for status bars and the console's overview.
struct EngineStatus {
    bool running = false;
    QString error; // why the engine could not start, empty when all is well
    QString database;
    int schemaVersion = 0;
    QString engineId;
    int servers = 0;
    int tasks = 0;
    int activeRuns = 0;
    int runningExecutions = 0;
    QDateTime nextFireAt;
};

} // namespace fleetcron

Q_DECLARE_METATYPE(fleetcron::EngineStatus)
