#include "SearchIndexWorker.h"

#include "ThreadPriority.h"

#include <QElapsedTimer>
#include <QMutexLocker>
#include <QTimer>

namespace fleetcron {
namespace {

// After a failed step (the database locked or away), the next try.
constexpr int retryMs = 1000;
// While idle, how often to look for what others queued (deletions, other processes).
constexpr int idlePollMs = 2000;
// The longest pause after a step of removals (see work()).
constexpr qint64 maxPauseMs = 500;
// How often the index file's WAL is copied back while the indexer works.
constexpr qint64 checkpointEveryMs = 1000;

} // namespace

SearchIndexWorker::SearchIndexWorker(Database &db, bool allowNative)
    : m_db(db)
    , m_indexer(db, allowNative)
    , m_idlePoll(new QTimer(this))
    , m_wake(new QTimer(this)) {
    m_wake->setSingleShot(true);
    connect(m_wake, &QTimer::timeout, this, [this] {
        m_retryPending = false;
        post();
    });
    m_idlePoll->setInterval(idlePollMs);
    connect(m_idlePoll, &QTimer::timeout, this, [this] {
        if (backlog() == 0 && !m_retryPending)
            recount();
    });
}

void SearchIndexWorker::queued(qint64 count) {
    if (count <= 0)
        return;
    {
        QMutexLocker lock(&m_mutex);
        if (m_backlog >= 0)
            m_backlog += count;
        m_addedInStep += count;
    }
    post();
}

qint64 SearchIndexWorker::backlog() const {
    QMutexLocker lock(&m_mutex);
    return m_backlog;
}

void SearchIndexWorker::recount() {
    {
        QMutexLocker lock(&m_mutex);
        m_recountAsked = true;
        m_backlog = -1;
    }
    post();
}

bool SearchIndexWorker::waitUntilIndexed(QDeadlineTimer deadline) {
    recount(); // deletions are queued by others, not told to this worker
    QMutexLocker lock(&m_mutex);
    while (m_backlog != 0) {
        if (!m_changed.wait(&m_mutex, deadline))
            return m_backlog == 0;
    }
    return true;
}

void SearchIndexWorker::post() {
    {
        QMutexLocker lock(&m_mutex);
        if (m_posted)
            return;
        m_posted = true;
    }
    QMetaObject::invokeMethod(this, &SearchIndexWorker::work, Qt::QueuedConnection);
}

StoreResult<SearchIndexer::Step> SearchIndexWorker::indexChunk() {
    if (backlog() < 0) {
        {
            QMutexLocker lock(&m_mutex);
            m_recountAsked = false;
            m_addedInStep = 0;
        }
        auto counted = m_indexer.backlog();
        if (!counted)
            return counted.error();
        // What the writer told meanwhile may be missing from the count: counted twice at
        // worst, which costs one step that finds less.
        QMutexLocker lock(&m_mutex);
        if (!m_recountAsked)
            m_backlog = counted.value() + m_addedInStep;
        m_changed.wakeAll();
    }
    if (backlog() == 0)
        return SearchIndexer::Step{};
    {
        QMutexLocker lock(&m_mutex);
        m_addedInStep = 0;
    }
    auto step = m_indexer.step(chunk);
    if (!step)
        return step.error();
    QMutexLocker lock(&m_mutex);
    // A step that found less than a chunk emptied both queues as they were when it read them;
    // what the writer queued since is still to do, and a recount asked meanwhile is kept.
    if (m_recountAsked)
        m_backlog = -1;
    else
        m_backlog = step->more ? qMax<qint64>(1, m_backlog - step->indexed) : m_addedInStep;
    m_changed.wakeAll();
    return step;
}

void SearchIndexWorker::work() {
    {
        QMutexLocker lock(&m_mutex);
        m_posted = false;
    }
    if (!m_idlePoll->isActive())
        m_idlePoll->start();
    if (m_retryPending)
        return;
    if (!m_pause.hasExpired()) {
        // Paced (below): the rest of the pause first, whoever asked for more.
        m_retryPending = true;
        m_wake->start(int(m_pause.remainingTime()));
        return;
    }
    QElapsedTimer took;
    took.start();
    auto done = indexChunk();
    if (!done) {
        // Locked or away: results come first, and the next try is a second away. A streak is
        // said once: a full disk or a read-only index file must not go unnoticed.
        if (!m_failing)
            qWarning("fleetcron: the search index is not written, retrying every %d ms (search "
                     "still finds every stored output): %s",
                     retryMs, qPrintable(done.error().toString()));
        else
            qDebug("fleetcron: search index not written yet: %s",
                   qPrintable(done.error().toString()));
        m_failing = true;
        m_retryPending = true;
        m_wake->start(retryMs);
        return;
    }
    if (m_failing) {
        m_failing = false;
        qInfo("fleetcron: the search index is written again");
    }
    // Removals come in bulk from retention's prunes, and nobody waits for them: they take at
    // most half of the time, so their FTS5 deletes and merges leave the daemon's core to the
    // scheduler and the executions as the prune's own pacing does (RetentionPruner).
    if (done->removed > 0)
        m_pause = QDeadlineTimer(qMin<qint64>(took.elapsed(), maxPauseMs));
    if (!m_sinceCheckpoint.isValid() || m_sinceCheckpoint.elapsed() >= checkpointEveryMs) {
        (void)m_indexer.checkpoint(); // a failure leaves the WAL for the next one
        m_sinceCheckpoint.start();
    }
    if (backlog() != 0)
        post();
}

void SearchIndexWorker::finish(int budgetMs) {
    // Stopped on this thread: the worker is deleted on another once this one ends.
    m_idlePoll->stop();
    m_wake->stop();
    m_retryPending = false;
    const QDeadlineTimer deadline(budgetMs);
    while (!deadline.hasExpired() && backlog() != 0) {
        if (!indexChunk())
            break;
    }
    (void)m_indexer.checkpoint();
}

SearchIndexThread::SearchIndexThread(Database &db, bool allowNative)
    : m_worker(new SearchIndexWorker(db, allowNative)) {
    m_thread.setObjectName(QStringLiteral("fleetcron-search-index"));
    m_worker->moveToThread(&m_thread);
    m_thread.start();
    // Bulk work: below the writer, the scheduler and the engine's thread (ThreadPriority).
    // Then the first count: what a previous process left waiting is taken up.
    QMetaObject::invokeMethod(
        m_worker, [] { ThreadPriority::lowerCurrentThread(); }, Qt::QueuedConnection);
    m_worker->recount();
}

SearchIndexThread::~SearchIndexThread() {
    stop(0);
    delete m_worker;
}

void SearchIndexThread::stop(int budgetMs) {
    if (!m_thread.isRunning())
        return;
    // On the worker's thread (its connections live there); ending the thread removes them.
    QMetaObject::invokeMethod(
        m_worker, [this, budgetMs] { m_worker->finish(budgetMs); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

} // namespace fleetcron
