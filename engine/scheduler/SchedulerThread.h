#pragma once

#include "Scheduler.h"

#include <QThread>

#include <memory>

namespace fleetcron {

class RunHost;

// Runs the Scheduler on a thread of its own (DESIGN, Engine flow). On the engine's thread a claim
// would wait behind SSH events, output batches and execution rows; at 100 fires a second that
// made fires hundreds of milliseconds late. Here the thread does nothing but claim, so a fire is
// claimed within milliseconds of its time; the runs it claims start on the engine's thread.
//
// Create, start and stop it on the engine's thread.
class SchedulerThread {
public:
    explicit SchedulerThread(RunHost &engine, const Scheduler::Options &options = {});
    ~SchedulerThread();
    SchedulerThread(const SchedulerThread &) = delete;
    SchedulerThread &operator=(const SchedulerThread &) = delete;

    void start();
    // Stops claiming and waits for the scheduler to stop on its thread. Runs it claimed before
    // have started when this returns, so a caller counting active runs sees them.
    void stop();

    // For connections (they are queued: the scheduler lives on another thread) and nextFireAt().
    Scheduler &scheduler() { return *m_scheduler; }

private:
    RunHost &m_engine;
    QThread m_thread;
    // Lives on m_thread; deleted here once that thread has finished (its timers are stopped).
    std::unique_ptr<Scheduler> m_scheduler;
};

} // namespace fleetcron
