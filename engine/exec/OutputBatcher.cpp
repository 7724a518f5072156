#include "OutputBatcher.h"

#include <QMutexLocker>

namespace fleetcron {

OutputBatcher::OutputBatcher(int intervalMs, QObject *parent)
    : QObject(parent) {
    m_timer.setSingleShot(true);
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &OutputBatcher::flush);
}

void OutputBatcher::append(ExecutionOutputChunk chunk) {
    bool arm = false;
    {
        QMutexLocker lock(&m_mutex);
        if (!m_pending.isEmpty()) {
            ExecutionOutputChunk &last = m_pending.last();
            if (last.executionId == chunk.executionId && last.stream == chunk.stream) {
                last.bytes.append(chunk.bytes);
                return;
            }
        }
        m_pending.append(std::move(chunk));
        arm = !m_armed;
        m_armed = true;
    }
    // The timer lives on this object's thread; start it there.
    if (arm)
        QMetaObject::invokeMethod(&m_timer, qOverload<>(&QTimer::start), Qt::QueuedConnection);
}

void OutputBatcher::flush() {
    QList<ExecutionOutputChunk> batch;
    {
        QMutexLocker lock(&m_mutex);
        batch.swap(m_pending);
        m_armed = false;
    }
    if (!batch.isEmpty())
        emit batchReady(batch);
}

} // namespace fleetcron
