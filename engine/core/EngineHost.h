#pragma once

#include "EngineStatus.h"

#include <QObject>
#include <QThread>

namespace fleetcron {

class EngineWorker;

// Hosts the engine and the scheduler on a thread of their own, so the thread that owns this
// object (the console's GUI thread) never waits on SQL or SSH. Talks to the worker only through
// queued signals; destruction is an ordered, awaited shutdown: the scheduler stops, the engine
// ends its work and drains its writer, then the thread quits.
class EngineHost : public QObject {
    Q_OBJECT
public:
    // `database` is the --db value (empty: FLEETCRON_DB, then the default file).
    explicit EngineHost(const QString &database, QObject *parent = nullptr);
    ~EngineHost() override;

    void start();

signals:
    void statusChanged(const fleetcron::EngineStatus &status);

private:
    QThread m_thread;
    EngineWorker *m_worker = nullptr;
};

} // namespace fleetcron
