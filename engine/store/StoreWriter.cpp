#include "StoreWriter.h"

#include "WalWriteback.h"

#include "SearchIndexWorker.h"

#include "ChangeNotifier.h"
#include "Database.h"
#include "SqlDialect.h"
#include "Transaction.h"
#include "WriterStatements.h"

#include <QMutexLocker>
#include <QSqlQuery>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <iterator>

namespace fleetcron {

namespace {

constexpr int maxRetryDelayMs = 5000;
// Consecutive whole-row inserts are handed to the statements this many at a time.
constexpr qsizetype insertRun = 256;
// How often the writer copies the SQLite WAL back into the database file.
constexpr int checkpointEveryMs = 1000;
// What shutdown spends on indexing what waits; the rest is indexed by the next writer.
constexpr int indexAtShutdownMs = 2000;

} // namespace

StoreWriter::StoreWriter(Database &db, const Options &options, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_options(options)
    , m_timer(new QTimer(this)) {
    m_options.batchSize = qMax(1, m_options.batchSize);
    m_options.maxTransaction = qMax(m_options.batchSize, m_options.maxTransaction);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &StoreWriter::drain);
    // Its first count takes up what a previous writer left unindexed (a crash, a shutdown
    // cut short).
    if (m_options.indexOutput)
        m_index = std::make_unique<SearchIndexThread>(db, m_options.sqliteApi);
}

StoreWriter::~StoreWriter() = default;

quint64 StoreWriter::enqueue(Job job) {
    QMutexLocker lock(&m_mutex);
    // Output sequence numbers are given here, in arrival order, so a batch that has to be
    // retried writes the same numbers again.
    if (auto *append = std::get_if<AppendOutput>(&job))
        append->chunk.seq = m_nextSeq[append->chunk.executionId]++;
    else if (const auto *finish = std::get_if<FinishExecution>(&job))
        m_nextSeq.remove(finish->execution.id);
    const quint64 ticket = ++m_nextTicket;
    m_queue.append({ticket, std::move(job)});
    const qsizetype size = m_queue.size();
    lock.unlock();
    // Wake the writer only when it matters: the first write starts the flush timer, a full
    // batch is written at once. Anything in between just waits in the queue.
    if (size == 1 || size == m_options.batchSize)
        QMetaObject::invokeMethod(this, &StoreWriter::onWork, Qt::QueuedConnection);
    return ticket;
}

quint64 StoreWriter::insertExecution(const Execution &execution) {
    return enqueue(InsertExecution{execution});
}

quint64 StoreWriter::startExecution(qint64 executionId, const QDateTime &startedAt) {
    return enqueue(StartExecution{executionId, startedAt});
}

quint64 StoreWriter::setRemoteProcessGroup(qint64 executionId, qint64 pgid) {
    return enqueue(RemoteProcessGroup{executionId, pgid});
}

quint64 StoreWriter::appendOutput(qint64 executionId, ExecutionOutputChunk::Stream stream,
                                  const QDateTime &at, const QByteArray &bytes) {
    ExecutionOutputChunk chunk;
    chunk.executionId = executionId;
    chunk.stream = stream;
    chunk.at = at;
    chunk.bytes = bytes;
    return enqueue(AppendOutput{chunk});
}

quint64 StoreWriter::finishExecution(const Execution &execution) {
    return enqueue(FinishExecution{execution});
}

quint64 StoreWriter::finishRun(qint64 runId, RunStatus status, const QDateTime &finishedAt) {
    return enqueue(FinishRun{runId, status, finishedAt});
}

quint64 StoreWriter::startRun(qint64 runId, const QDateTime &startedAt) {
    return enqueue(StartRun{runId, startedAt});
}

qsizetype StoreWriter::queued() const {
    QMutexLocker lock(&m_mutex);
    return m_queue.size();
}

quint64 StoreWriter::doneTicket() const {
    QMutexLocker lock(&m_mutex);
    return m_doneTicket;
}

bool StoreWriter::flush(int timeoutMs) {
    if (QThread::currentThread() == thread()) {
        {
            QMutexLocker lock(&m_mutex);
            m_flushRequested = true;
        }
        drain();
        return queued() == 0;
    }
    QMutexLocker lock(&m_mutex);
    const quint64 target = m_nextTicket;
    if (m_doneTicket >= target)
        return true;
    m_flushRequested = true;
    QMetaObject::invokeMethod(this, &StoreWriter::onWork, Qt::QueuedConnection);
    QDeadlineTimer deadline(timeoutMs < 0 ? QDeadlineTimer::Forever : QDeadlineTimer(timeoutMs));
    while (m_doneTicket < target) {
        if (!m_doneChanged.wait(&m_mutex, deadline))
            return m_doneTicket >= target;
    }
    return true;
}

void StoreWriter::waitForRoom(qsizetype maxQueued) {
    QMutexLocker lock(&m_mutex);
    while (m_queue.size() > maxQueued)
        m_roomChanged.wait(&m_mutex);
}

void StoreWriter::onWork() {
    bool now = false;
    {
        QMutexLocker lock(&m_mutex);
        if (m_queue.isEmpty() || m_retryPending)
            return;
        now = m_flushRequested || m_queue.size() >= m_options.batchSize;
    }
    if (now)
        drain();
    else if (!m_timer->isActive())
        m_timer->start(m_options.flushIntervalMs);
}

void StoreWriter::drain() {
    m_timer->stop();
    for (;;) {
        QList<Ticketed> batch;
        {
            QMutexLocker lock(&m_mutex);
            m_retryPending = false;
            if (m_queue.isEmpty()) {
                m_flushRequested = false;
                return;
            }
            const qsizetype n = qMin<qsizetype>(m_queue.size(), m_options.maxTransaction);
            if (n == m_queue.size()) {
                batch.swap(m_queue);
            } else {
                batch.reserve(n);
                std::move(m_queue.begin(), m_queue.begin() + n, std::back_inserter(batch));
                m_queue.remove(0, n);
            }
            m_roomChanged.wakeAll();
        }
        const StoreError error = writeBatch(batch);
        if (!error.isError()) {
            m_retryDelayMs = 0;
            if (m_storageTrouble) {
                m_storageTrouble = false;
                qInfo("fleetcron: results are written again");
                emit storageStateChanged(QString());
            }
            markDone(batch.constLast().ticket, int(batch.size()), true);
            checkpointIfDue();
        } else if (error.kind == StoreError::Kind::Busy ||
                   error.kind == StoreError::Kind::Unavailable) {
            // The database is locked or away: keep every write, in order, and try again later
            // rather than dropping finished results.
            QMutexLocker lock(&m_mutex);
            batch.append(m_queue);
            m_queue.swap(batch);
            lock.unlock();
            scheduleRetry(error);
            return;
        } else {
            // One bad write (say, for a run deleted meanwhile) must not sink the batch: write
            // them one by one, report the ones that fail, keep the rest.
            for (qsizetype i = 0; i < batch.size(); ++i) {
                const Ticketed &job = batch.at(i);
                const StoreError one = writeBatch({job});
                if (one.kind == StoreError::Kind::Busy ||
                    one.kind == StoreError::Kind::Unavailable) {
                    // The database went away meanwhile: this write is not bad, keep it and
                    // the rest for the retry instead of reporting them as failed.
                    QMutexLocker lock(&m_mutex);
                    QList<Ticketed> rest(batch.begin() + i, batch.end());
                    rest.append(m_queue);
                    m_queue.swap(rest);
                    lock.unlock();
                    scheduleRetry(one);
                    return;
                }
                if (one.isError())
                    emit writeFailed(job.ticket, one.toString());
                markDone(job.ticket, one.isError() ? 0 : 1, !one.isError());
            }
        }
    }
}

void StoreWriter::scheduleRetry(const StoreError &error) {
    {
        QMutexLocker lock(&m_mutex);
        m_retryPending = true;
        m_retryDelayMs = qBound(50, m_retryDelayMs * 2, maxRetryDelayMs);
    }
    qWarning("fleetcron: results not written yet, retrying in %d ms: %s", m_retryDelayMs,
             qPrintable(error.toString()));
    if (!m_storageTrouble) {
        m_storageTrouble = true;
        emit storageStateChanged(error.toString());
    }
    QTimer::singleShot(m_retryDelayMs, this, [this] {
        {
            QMutexLocker lock(&m_mutex);
            m_retryPending = false;
        }
        drain();
    });
}

void StoreWriter::checkpointIfDue() {
    if (!m_commitCheckpointsOff)
        return;
    if (!m_walWriteback)
        m_walWriteback = std::make_unique<WalWriteback>(m_db.location().sqlitePath());
    const bool checkpointDue =
        !m_sinceCheckpoint.isValid() || m_sinceCheckpoint.elapsed() >= checkpointEveryMs;
    // The WAL a little at a time, and all of it just before the checkpoint syncs it (see
    // WalWriteback): no commit then waits long for the WAL's last block.
    if (m_walWriteback)
        m_walWriteback->startIfDue(checkpointDue);
    if (!checkpointDue)
        return;
    m_sinceCheckpoint.start();
    auto conn = m_db.connection();
    if (!conn)
        return;
    // Outside any transaction, so outside the write gate: a passive checkpoint copies what no
    // reader still needs and lets writers, the scheduler's claims among them, commit meanwhile.
    QSqlQuery(conn.value()).exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
}

void StoreWriter::markDone(quint64 ticket, int writes, bool committed) {
    // Announce first, then release flush(): whoever flushed has seen every signal by then.
    if (committed && writes > 0)
        emit batchCommitted(ticket, writes);
    QMutexLocker lock(&m_mutex);
    m_doneTicket = qMax(m_doneTicket, ticket);
    m_doneChanged.wakeAll();
}

StoreError StoreWriter::writeBatch(const QList<Ticketed> &jobs) {
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    // Made before the transaction begins: the SQLite path sets the connection up (temp_store)
    // in a way that only a later transaction sees. Prepared for this batch and released with
    // it, so the writer holds nothing of the connection between batches (it is removed when
    // the thread ends).
    if (!m_commitCheckpointsOff && m_db.dialect().backend() == SqlDialect::Backend::SQLite) {
        // A commit that crosses SQLite's WAL threshold runs the checkpoint itself: tens of ms
        // of copying and fsync while this thread still holds the process's write gate, which
        // the scheduler's claims queue on. The writer checkpoints between batches instead.
        QSqlQuery(conn.value()).exec(QStringLiteral("PRAGMA wal_autocheckpoint=0"));
        m_commitCheckpointsOff = true;
    }
    const auto st = WriterStatements::create(m_db, conn.value(), m_options.sqliteApi);
    Transaction tx(conn.value(), m_db.dialect());
    if (!tx.ok())
        return tx.error();
    m_queuedForIndex = 0;
    {
        const Execution *rows[insertRun];
        const qsizetype n = jobs.size();
        for (qsizetype i = 0; i < n;) {
            qsizetype k = 0;
            while (i + k < n && k < insertRun) {
                const auto *insert = std::get_if<InsertExecution>(&jobs.at(i + k).job);
                if (!insert)
                    break;
                rows[k++] = &insert->execution;
            }
            if (k > 0) {
                QList<qint64> ids;
                if (const StoreError error = st->insertExecutions(
                        {rows, size_t(k)}, m_options.indexOutput ? &ids : nullptr);
                    error.isError())
                    return error;
                for (qsizetype j = 0; j < ids.size() && j < k; ++j) {
                    if (const StoreError error = queueIndex(*st, *rows[j], ids.at(j));
                        error.isError())
                        return error;
                }
                i += k;
                continue;
            }
            if (const StoreError error = writeOne(*st, jobs.at(i).job); error.isError())
                return error;
            ++i;
        }
    }
    // One notice per batch (results, output, finished runs) for consoles elsewhere.
    ChangeNotifier::notify(m_db, ChangeNotifier::runsChannel());
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    if (m_queuedForIndex > 0)
        m_index->worker()->queued(m_queuedForIndex);
    return {};
}

StoreError StoreWriter::writeOne(WriterStatements &st, const Job &job) {
    if (const auto *start = std::get_if<StartExecution>(&job))
        return st.startExecution(start->executionId, start->startedAt);
    if (const auto *group = std::get_if<RemoteProcessGroup>(&job))
        return st.setRemoteProcessGroup(group->executionId, group->pgid);
    if (const auto *append = std::get_if<AppendOutput>(&job))
        return st.appendOutput(append->chunk);
    if (const auto *finish = std::get_if<FinishExecution>(&job)) {
        if (const StoreError error = st.finishExecution(finish->execution); error.isError())
            return error;
        return queueIndex(st, finish->execution, finish->execution.id);
    }
    if (const auto *close = std::get_if<FinishRun>(&job))
        return st.finishRun(close->runId, close->status, close->finishedAt);
    if (const auto *began = std::get_if<StartRun>(&job))
        return st.startRun(began->runId, began->startedAt);
    const auto &insert = std::get<InsertExecution>(job);
    const Execution *row = &insert.execution;
    QList<qint64> ids;
    if (const StoreError error = st.insertExecutions({&row, 1}, &ids); error.isError())
        return error;
    return ids.isEmpty() ? StoreError() : queueIndex(st, insert.execution, ids.constFirst());
}

void StoreWriter::shutdown() {
    {
        QMutexLocker lock(&m_mutex);
        m_flushRequested = true;
        m_retryPending = false;
    }
    drain();
    m_timer->stop();
    if (m_index)
        m_index->stop(indexAtShutdownMs);
}

} // namespace fleetcron
