#pragma once

#include "store/ExecutionOutputChunk.h"

#include <QList>
#include <QMutex>
#include <QObject>
#include <QTimer>

namespace fleetcron {

// Collects live output from any number of worker threads and hands it on in batches from its
// own thread, at most once per interval. 200 chatty executions then cost the receiver (the
// console's GUI thread) twenty signals a second instead of thousands. Adjacent chunks of the
// same execution and stream are merged.
class OutputBatcher : public QObject {
    Q_OBJECT
public:
    explicit OutputBatcher(int intervalMs = 50, QObject *parent = nullptr);

    // Thread-safe; never blocks on the receiver.
    void append(ExecutionOutputChunk chunk);
    // Emits whatever is pending now (used before an execution's end is announced, so the
    // last output never arrives after "finished").
    void flush();

signals:
    void batchReady(const QList<fleetcron::ExecutionOutputChunk> &chunks);

private:
    QMutex m_mutex;
    QList<ExecutionOutputChunk> m_pending;
    QTimer m_timer;
    bool m_armed = false;
};

} // namespace fleetcron
