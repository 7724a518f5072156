#include "StoreWriter.h"

#include "Database.h"
#include "SqlValues.h"
#include "Transaction.h"

#include <QHash>
#include <QMutexLocker>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <iterator>
#include <memory>

namespace fleetcron {

// The prepared statements of one batch: prepared on first use and reused, bound by position,
// for every row of the batch. They are dropped after the batch so the writer holds nothing
// of the connection between batches (the connection is removed when the thread ends).
class StoreWriter::Statements {
public:
    explicit Statements(const QSqlDatabase &db)
        : m_db(db) {}

    QSqlQuery *get(int which, const QString &sql, QSqlError *error) {
        auto &slot = m_queries[which];
        if (!slot) {
            slot = std::make_unique<QSqlQuery>(m_db);
            slot->setForwardOnly(true);
            if (!slot->prepare(sql)) {
                *error = slot->lastError();
                slot.reset();
                return nullptr;
            }
        }
        return slot.get();
    }

private:
    QSqlDatabase m_db;
    std::unique_ptr<QSqlQuery> m_queries[7];
};

namespace {

enum Statement { Insert, Start, Append, Finish, DropOutput, CloseRun, InsertMany };

const QString insertSql = QStringLiteral(
    "INSERT INTO executions (run_id, server_id, attempt, started_at, ended_at, status, exit_code, "
    "exit_signal, error, stdout, stderr, stdout_truncated, stderr_truncated) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
const QString startSql =
    QStringLiteral("UPDATE executions SET status = 'running', started_at = ? WHERE id = ?");
const QString appendSql = QStringLiteral(
    "INSERT INTO execution_output (execution_id, seq, stream, at, bytes) VALUES (?, ?, ?, ?, ?)");
const QString finishSql = QStringLiteral(
    "UPDATE executions SET attempt = ?, started_at = ?, ended_at = ?, status = ?, exit_code = ?, "
    "exit_signal = ?, error = ?, stdout = ?, stderr = ?, stdout_truncated = ?, "
    "stderr_truncated = ? WHERE id = ?");
const QString dropOutputSql = QStringLiteral("DELETE FROM execution_output WHERE execution_id = ?");
const QString closeRunSql =
    QStringLiteral("UPDATE runs SET status = ?, finished_at = ? WHERE id = ?");

constexpr int maxRetryDelayMs = 5000;

// Result rows are inserted this many per statement: one statement step instead of 32 halves
// the per-row cost in the driver, and stays far below SQLite's limit on bound values.
constexpr int rowsPerInsert = 32;
constexpr int insertColumns = 13;

QString insertManySql() {
    const QString row = QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    QStringList rows;
    for (int i = 0; i < rowsPerInsert; ++i)
        rows << row;
    return insertSql.left(insertSql.indexOf(QStringLiteral("VALUES")) + 7) +
           rows.join(QStringLiteral(", "));
}

// The status words as ready-made values, so a million rows do not build a million strings.
const QVariant &statusValue(ExecutionStatus s) {
    static const QList<QVariant> words = [] {
        QList<QVariant> list;
        for (int i = 0; i <= int(ExecutionStatus::Interrupted); ++i)
            list << QVariant(toString(ExecutionStatus(i)));
        return list;
    }();
    return words.at(int(s));
}

void bindExecution(QSqlQuery *q, int offset, const Execution &e) {
    q->bindValue(offset + 0, e.runId);
    q->bindValue(offset + 1, e.serverId);
    q->bindValue(offset + 2, e.attempt);
    q->bindValue(offset + 3, SqlValues::time(e.startedAt));
    q->bindValue(offset + 4, SqlValues::time(e.endedAt));
    q->bindValue(offset + 5, statusValue(e.status));
    q->bindValue(offset + 6, SqlValues::optionalInt(e.exitCode));
    q->bindValue(offset + 7, SqlValues::text(e.exitSignal));
    q->bindValue(offset + 8, SqlValues::text(e.error));
    q->bindValue(offset + 9, SqlValues::bytes(e.stdoutData));
    q->bindValue(offset + 10, SqlValues::bytes(e.stderrData));
    q->bindValue(offset + 11, SqlValues::flag(e.stdoutTruncated));
    q->bindValue(offset + 12, SqlValues::flag(e.stderrTruncated));
}

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
            markDone(batch.constLast().ticket, int(batch.size()), true);
        } else if (error.kind == StoreError::Kind::Busy ||
                   error.kind == StoreError::Kind::Unavailable) {
            // The database is locked or away: keep every write, in order, and try again later
            // rather than dropping finished results.
            QMutexLocker lock(&m_mutex);
            batch.append(m_queue);
            m_queue.swap(batch);
            m_retryPending = true;
            m_retryDelayMs = qBound(50, m_retryDelayMs * 2, maxRetryDelayMs);
            lock.unlock();
            qWarning("fleetcron: results not written yet, retrying in %d ms: %s", m_retryDelayMs,
                     qPrintable(error.toString()));
            QTimer::singleShot(m_retryDelayMs, this, [this] {
                {
                    QMutexLocker lock(&m_mutex);
                    m_retryPending = false;
                }
                drain();
            });
            return;
        } else {
            // One bad write (say, for a run deleted meanwhile) must not sink the batch: write
            // them one by one, report the ones that fail, keep the rest.
            for (const Ticketed &job : std::as_const(batch)) {
                const StoreError one = writeBatch({job});
                if (one.isError())
                    emit writeFailed(job.ticket, one.toString());
                markDone(job.ticket, one.isError() ? 0 : 1, !one.isError());
            }
        }
    }
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
    Transaction tx(conn.value(), m_db.dialect());
    if (!tx.ok())
        return tx.error();
    {
        Statements st(conn.value());
        const qsizetype n = jobs.size();
        for (qsizetype i = 0; i < n;) {
            // A run of rowsPerInsert whole-row inserts goes in one multi-row statement.
            if (i + rowsPerInsert <= n) {
                bool allInserts = true;
                for (qsizetype k = i; k < i + rowsPerInsert && allInserts; ++k)
                    allInserts = std::holds_alternative<InsertExecution>(jobs.at(k).job);
                if (allInserts) {
                    static const QString manySql = insertManySql();
                    QSqlError prepareError;
                    QSqlQuery *q = st.get(InsertMany, manySql, &prepareError);
                    if (!q)
                        return m_db.failure(prepareError, QStringLiteral("record executions"));
                    for (int k = 0; k < rowsPerInsert; ++k)
                        bindExecution(q, k * insertColumns,
                                      std::get<InsertExecution>(jobs.at(i + k).job).execution);
                    if (!q->exec())
                        return m_db.failure(q->lastError(), QStringLiteral("record executions"));
                    i += rowsPerInsert;
                    continue;
                }
            }
            const StoreError error = writeOne(st, jobs.at(i));
            if (error.isError())
                return error;
            ++i;
        }
    }
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return {};
}

StoreError StoreWriter::writeOne(Statements &st, const Ticketed &ticketed) {
    QSqlError prepareError;
    auto failed = [&](QSqlQuery *q, const QString &doing) {
        return m_db.failure(q ? q->lastError() : prepareError, doing);
    };
    const Job &job = ticketed.job;
    if (const auto *insert = std::get_if<InsertExecution>(&job)) {
        const Execution &e = insert->execution;
        QSqlQuery *q = st.get(Insert, insertSql, &prepareError);
        if (!q || (bindExecution(q, 0, e), !q->exec()))
            return failed(q, QStringLiteral("record an execution of run %1").arg(e.runId));
        return {};
    }
    if (const auto *start = std::get_if<StartExecution>(&job)) {
        QSqlQuery *q = st.get(Start, startSql, &prepareError);
        const QString doing = QStringLiteral("start execution %1").arg(start->executionId);
        if (!q)
            return failed(q, doing);
        q->bindValue(0, SqlValues::time(start->startedAt));
        q->bindValue(1, start->executionId);
        if (!q->exec())
            return failed(q, doing);
        return {};
    }
    if (const auto *append = std::get_if<AppendOutput>(&job)) {
        const ExecutionOutputChunk &c = append->chunk;
        QSqlQuery *q = st.get(Append, appendSql, &prepareError);
        const QString doing = QStringLiteral("store output of execution %1").arg(c.executionId);
        if (!q)
            return failed(q, doing);
        q->bindValue(0, c.executionId);
        q->bindValue(1, c.seq);
        q->bindValue(2, ExecutionOutputChunk::streamName(c.stream));
        q->bindValue(3, SqlValues::time(c.at.isValid() ? c.at : QDateTime::currentDateTimeUtc()));
        q->bindValue(4, SqlValues::bytes(c.bytes));
        if (!q->exec())
            return failed(q, doing);
        return {};
    }
    if (const auto *finish = std::get_if<FinishExecution>(&job)) {
        const Execution &e = finish->execution;
        QSqlQuery *q = st.get(Finish, finishSql, &prepareError);
        const QString doing = QStringLiteral("save the result of execution %1").arg(e.id);
        if (!q)
            return failed(q, doing);
        q->bindValue(0, e.attempt);
        q->bindValue(1, SqlValues::time(e.startedAt));
        q->bindValue(2, SqlValues::time(e.endedAt));
        q->bindValue(3, toString(e.status));
        q->bindValue(4, SqlValues::optionalInt(e.exitCode));
        q->bindValue(5, SqlValues::text(e.exitSignal));
        q->bindValue(6, SqlValues::text(e.error));
        q->bindValue(7, SqlValues::bytes(e.stdoutData));
        q->bindValue(8, SqlValues::bytes(e.stderrData));
        q->bindValue(9, SqlValues::flag(e.stdoutTruncated));
        q->bindValue(10, SqlValues::flag(e.stderrTruncated));
        q->bindValue(11, e.id);
        if (!q->exec())
            return failed(q, doing);
        if (q->numRowsAffected() == 0)
            return StoreError::make(StoreError::Kind::NotFound,
                                    QStringLiteral("cannot save the result of execution %1: it "
                                                   "no longer exists")
                                        .arg(e.id));
        QSqlQuery *drop = st.get(DropOutput, dropOutputSql, &prepareError);
        if (!drop)
            return failed(drop, doing);
        drop->bindValue(0, e.id);
        if (!drop->exec())
            return failed(drop, doing);
        return {};
    }
    const auto &close = std::get<FinishRun>(job);
    QSqlQuery *q = st.get(CloseRun, closeRunSql, &prepareError);
    const QString doing = QStringLiteral("finish run %1").arg(close.runId);
    if (!q)
        return failed(q, doing);
    q->bindValue(0, toString(close.status));
    q->bindValue(1, SqlValues::time(close.finishedAt));
    q->bindValue(2, close.runId);
    if (!q->exec())
        return failed(q, doing);
    return {};
}

void StoreWriter::shutdown() {
    {
        QMutexLocker lock(&m_mutex);
        m_flushRequested = true;
        m_retryPending = false;
    }
    drain();
    m_timer->stop();
}

} // namespace fleetcron
