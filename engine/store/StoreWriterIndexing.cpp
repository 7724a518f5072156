// StoreWriter's search indexing: outputs are marked in the result's transaction and indexed
// behind the results (docs/SEARCH.md, "Indexed behind the store writer").
#include "StoreWriter.h"

#include "SearchIndexer.h"
#include "WriterStatements.h"

#include <QMutexLocker>
#include <QThread>
#include <QTimer>

namespace fleetcron {

namespace {

// After a failed index step (the database locked or away), the next try.
constexpr int indexRetryMs = 1000;

} // namespace

bool StoreWriter::flushIndex(int timeoutMs) {
    QDeadlineTimer deadline(timeoutMs < 0 ? QDeadlineTimer::Forever : QDeadlineTimer(timeoutMs));
    if (!flush(timeoutMs))
        return false;
    if (QThread::currentThread() == thread()) {
        // A failed step waits for its retry timer, which this loop would never let run.
        while (indexBacklog() != 0 && !deadline.hasExpired() && !m_indexRetryPending)
            indexBehind();
        return indexBacklog() == 0;
    }
    QMutexLocker lock(&m_mutex);
    while (m_indexBacklog != 0) {
        QMetaObject::invokeMethod(this, &StoreWriter::scheduleIndexing, Qt::QueuedConnection);
        if (!m_doneChanged.wait(&m_mutex, deadline))
            return m_indexBacklog == 0;
    }
    return true;
}

qint64 StoreWriter::indexBacklog() const {
    QMutexLocker lock(&m_mutex);
    return m_indexBacklog;
}

StoreError StoreWriter::queueIndex(WriterStatements &st, const Execution &execution, qint64 id) {
    if (!m_options.indexOutput ||
        (execution.stdoutData.isEmpty() && execution.stderrData.isEmpty()))
        return {};
    ++m_queuedForIndex;
    return st.queueIndex(id);
}

void StoreWriter::scheduleIndexing() {
    if (!m_options.indexOutput || m_indexingPosted || m_indexRetryPending || indexBacklog() == 0)
        return;
    m_indexingPosted = true;
    QMetaObject::invokeMethod(this, &StoreWriter::indexBehind, Qt::QueuedConnection);
}

void StoreWriter::indexBehind() {
    m_indexingPosted = false;
    if (!m_options.indexOutput)
        return;
    SearchIndexer indexer(m_db, m_options.sqliteApi);
    if (indexBacklog() < 0) {
        auto counted = indexer.backlog();
        if (counted)
            setIndexBacklog(counted.value());
    }
    if (indexBacklog() == 0)
        return;
    auto step = indexer.step(indexChunk);
    if (!step) {
        // Locked or away: the results come first, and the next try is a second away.
        qDebug("fleetcron: search index not written yet, retrying in %d ms: %s", indexRetryMs,
               qPrintable(step.error().toString()));
        m_indexRetryPending = true;
        QTimer::singleShot(indexRetryMs, this, [this] {
            m_indexRetryPending = false;
            scheduleIndexing();
        });
        return;
    }
    setIndexBacklog(step->more ? qMax<qint64>(1, indexBacklog() - step->indexed) : 0);
    if (queued() == 0)
        scheduleIndexing();
}

void StoreWriter::setIndexBacklog(qint64 backlog) {
    QMutexLocker lock(&m_mutex);
    m_indexBacklog = backlog;
    m_doneChanged.wakeAll();
}

} // namespace fleetcron
