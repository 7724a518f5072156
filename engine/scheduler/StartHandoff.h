#pragma once

#include "model/RunStart.h"

#include <QList>
#include <QMutex>

#include <memory>

namespace fleetcron {

class RunHost;

// Hands claimed runs from the scheduler's thread to the engine's, where runs start. At most one
// call is queued to the engine's thread at any time: runs claimed while it waits join it, and
// it starts all it finds when it runs (RunHost::startRuns: one transaction for their execution
// rows). So however far the engine's thread falls behind in a burst, its queue holds one start
// call, never one per fire, and the completions and a stop queued to it are not held up behind
// thousands of them; the engine takes a bigger batch instead.
class StartHandoff {
public:
    explicit StartHandoff(RunHost &engine);

    // From any thread; on the engine's own thread the runs start at once.
    void hand(QList<RunStart> starts);

private:
    struct Pending {
        QMutex mutex;
        QList<RunStart> runs;
        bool queued = false; // a call to take them is queued to the engine's thread
    };

    RunHost &m_engine;
    // Shared with the queued call, which may run after the scheduler is gone.
    std::shared_ptr<Pending> m_pending = std::make_shared<Pending>();
};

} // namespace fleetcron
