#include "RetentionPruner.h"

#include "store/AuditRepository.h"
#include "store/Database.h"
#include "store/RunRepository.h"
#include "store/SettingKeys.h"
#include "store/SettingsRepository.h"
#include "store/Transaction.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QScopeGuard>

#include <algorithm>

namespace fleetcron {
namespace {

Q_LOGGING_CATEGORY(lcRetention, "fleetcron.retention")

// One prune statement in a transaction of its own. On SQLite a Transaction queues this
// process's writers on the file's write gate (store/SqliteWriteGate): a bare autocommit DELETE
// skipped that queue, so a claim that met it fell into SQLite's busy handler and slept in
// growing steps (up to 100 ms a try) while batch after batch took the lock back. Measured with
// bench/prune_bench on a quiet machine: claim lateness p99 7 ms before the prune, 526 ms during.
// `heldNs` grows by the time it held the gate, not the time it waited for it.
StoreResult<int> inTransaction(Database &db, qint64 &heldNs,
                               const std::function<StoreResult<int>()> &prune) {
    Transaction tx(db);
    QElapsedTimer held;
    held.start();
    const auto addHeld = qScopeGuard([&] { heldNs += held.nsecsElapsed(); });
    if (!tx.ok())
        return tx.error();
    auto n = prune();
    if (!n)
        return n;
    if (auto done = tx.commit(); !done)
        return done.error();
    return n;
}

} // namespace

RetentionPruner::RetentionPruner(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db) {
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &RetentionPruner::pruneStep);
}

void RetentionPruner::start(int firstDelayMs, int intervalMs) {
    m_intervalMs = intervalMs;
    m_timer.start(firstDelayMs);
}

void RetentionPruner::stop() {
    m_timer.stop();
}

int RetentionPruner::pruneOneBatch(int size, bool &more, qint64 &heldNs) {
    SettingsRepository settings(m_db);
    const int days = int(settings.number(SettingKeys::retentionDays()));
    const int perTask = int(settings.number(SettingKeys::retentionRunsPerTask()));
    RunRepository runs(m_db);
    int deleted = 0;
    if (days > 0) {
        const QDateTime now = m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
        auto n = inTransaction(m_db, heldNs,
                               [&] { return runs.pruneEndedBefore(now.addDays(-days), size); });
        if (!n)
            qCWarning(lcRetention).noquote() << n.error().toString();
        else
            deleted += n.value();
        // The audit log is kept as long as the runs it explains.
        auto audit = inTransaction(m_db, heldNs, [&] {
            return AuditRepository(m_db).pruneBefore(now.addDays(-days), size);
        });
        if (!audit)
            qCWarning(lcRetention).noquote() << audit.error().toString();
        else if (audit.value() >= size)
            deleted += audit.value(); // another batch is due
    }
    if (perTask > 0 && deleted < size) {
        auto n = inTransaction(m_db, heldNs,
                               [&] { return runs.pruneBeyondNewest(perTask, size - deleted); });
        if (!n)
            qCWarning(lcRetention).noquote() << n.error().toString();
        else
            deleted += n.value();
    }
    more = deleted >= size;
    return deleted;
}

int RetentionPruner::pace(int deleted, qint64 heldNs) {
    const double heldMs = double(heldNs) / 1e6;
    if (deleted > 0 && heldMs > 0) {
        // Halfway from this size to the one that would have held the target, so one slow
        // commit (a checkpoint, an index merge) does not shrink the next batch to the floor.
        const double fits = holdTargetMs * deleted / heldMs;
        m_paced = std::clamp(int((m_paced + fits) / 2), minBatch, std::max(minBatch, m_batch));
    }
    // Hand the database over for as long as we held it: the pruner takes at most about half.
    return std::clamp(int(heldMs + 0.5), 1, 50);
}

void RetentionPruner::pruneStep() {
    bool more = false;
    qint64 heldNs = 0;
    // Only SQLite has one write lock for the whole file: on PostgreSQL a batch locks its own
    // rows, and full batches with no pause keep the prune's rate.
    const bool shared = m_db.dialect().backend() == SqlDialect::Backend::SQLite;
    const int deleted = pruneOneBatch(shared ? m_paced : m_batch, more, heldNs);
    const int pauseMs = shared ? pace(deleted, heldNs) : 0;
    m_prunedThisPass += deleted;
    if (more) {
        // The scheduler, the executor and the writer take their turns in the pause.
        m_timer.start(pauseMs);
        return;
    }
    if (m_prunedThisPass > 0) {
        qCInfo(lcRetention).noquote()
            << QStringLiteral("pruned %1 runs past the retention settings").arg(m_prunedThisPass);
        emit pruned(m_prunedThisPass);
    }
    m_prunedThisPass = 0;
    m_timer.start(m_intervalMs);
}

int RetentionPruner::pruneNow() {
    int total = 0;
    bool more = true;
    qint64 heldNs = 0;
    while (more)
        total += pruneOneBatch(m_batch, more, heldNs);
    if (total > 0)
        emit pruned(total);
    return total;
}

} // namespace fleetcron
