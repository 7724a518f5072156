#pragma once

#include "model/Execution.h"
#include "model/Statuses.h"
#include "store/ExecutionOutputChunk.h"

#include <QList>
#include <QObject>
#include <QStringList>

namespace fleetcron {

// What an engine reports while it works, declared once. The Engine emits these on its own
// thread; the scheduler waits on runFinished to start a queued fire, and the hosts (EngineHost,
// the daemon) forward them to their faces. It is also the object whose thread the runs start
// on: a call queued to it runs on the engine's thread.
class EngineEvents : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

signals:
    void runStarted(qint64 runId, qint64 taskId);
    void executionStarted(qint64 executionId, qint64 runId, qint64 serverId);
    void outputBatch(const QList<fleetcron::ExecutionOutputChunk> &chunks);
    void executionFinished(const fleetcron::Execution &execution);
    void runFinished(qint64 runId, qint64 taskId, fleetcron::RunStatus status);
    // The store refuses this engine's writes (disk full, read-only, database away): results are
    // kept in memory and written once it takes them again. An empty `problem`: it does again.
    void storageStateChanged(const QString &problem);
    // Failover took over the work of dead engines: these runs were marked interrupted (emitted
    // by FailoverRecovery; the notifications' engine-lost event).
    void enginesLost(const QStringList &engineIds, const QList<qint64> &interruptedRunIds);
    // A notification rule for the console's tray fired (emitted by the notification thread).
    void notificationNotice(const QString &title, const QString &message);
};

} // namespace fleetcron
