#include "StartHandoff.h"

#include "core/EngineEvents.h"
#include "core/RunHost.h"

#include <QThread>

namespace fleetcron {

StartHandoff::StartHandoff(RunHost &engine)
    : m_engine(engine) {}

void StartHandoff::hand(QList<RunStart> starts) {
    if (starts.isEmpty())
        return;
    if (QThread::currentThread() == m_engine.events().thread()) {
        m_engine.startRuns(starts);
        return;
    }
    {
        QMutexLocker lock(&m_pending->mutex);
        m_pending->runs += std::move(starts);
        if (m_pending->queued)
            return; // the call already queued takes these too
        m_pending->queued = true;
    }
    QMetaObject::invokeMethod(
        &m_engine.events(),
        [engine = &m_engine, pending = m_pending] {
            QList<RunStart> runs;
            {
                QMutexLocker lock(&pending->mutex);
                runs.swap(pending->runs);
                pending->queued = false;
            }
            engine->startRuns(runs);
        },
        Qt::QueuedConnection);
}

} // namespace fleetcron
