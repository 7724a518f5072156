#include "ClaimPass.h"

#include "Blackouts.h"
#include "TaskTiming.h"
#include "core/RunHost.h"
#include "store/Database.h"
#include "store/RunRepository.h"
#include "store/TaskClaims.h"
#include "store/Transaction.h"

#include <QLoggingCategory>

namespace fleetcron {
namespace {

Q_LOGGING_CATEGORY(lcClaim, "fleetcron.scheduler")

} // namespace

ClaimPass::ClaimPass(const Context &context)
    : m_context(context) {}

void ClaimPass::admit(const Task &task, Run &run, bool busy, const QDateTime &at) {
    if (busy && task.overlap == OverlapPolicy::Skip) {
        run.status = RunStatus::Skipped;
        run.startedAt = at;
        run.finishedAt = at;
    } else if (busy && task.overlap == OverlapPolicy::Queue) {
        run.status = RunStatus::Pending;
    } else {
        run.status = RunStatus::Running;
        run.startedAt = at;
    }
}

std::optional<ClaimPass::Result> ClaimPass::claim(const QList<Task> &due, const QDateTime &t) {
    Database &db = m_context.engine.database();
    RunHost &engine = m_context.engine;
    const auto failed = [&engine](const StoreError &error) {
        qCWarning(lcClaim).noquote() << error.toString();
        // A store that refuses writes misses every fire: the operator must see it at once.
        if (error.kind == StoreError::Kind::Unavailable)
            engine.noteStorage(StorageHealth::Source::Claims, error.toString());
        return std::optional<Result>();
    };
    // One transaction for the pass: one wait for the write lock and one commit, however many
    // fires are due.
    Transaction tx(db);
    if (!tx.ok())
        return failed(tx.error());
    // The overlap rule's active runs, for every task of the pass at once. A dead engine's runs
    // stop counting once its heartbeat is a lease old, before recovery has closed them: its
    // tasks go on firing within the lease. Heartbeats are wall-clock times, so the cutoff is
    // too (not the injectable schedule clock). Each task is in the pass once, so the runs this
    // pass records change no count it reads.
    QList<qint64> ids;
    ids.reserve(due.size());
    for (const Task &task : due)
        ids << task.id;
    RunRepository runs(db);
    auto active =
        runs.countActiveByTask(ids, QDateTime::currentDateTimeUtc().addMSecs(-m_context.leaseMs));
    if (!active)
        return failed(active.error());

    // Each fire decided on its own (timing, misfire, blackout, overlap), then all claimed in one
    // statement, then the runs of the claims won recorded in one.
    QList<TaskClaims::Claim> claims;
    QList<Claimed> candidates;
    QList<Missed> missed;
    claims.reserve(due.size());
    for (const Task &task : due) {
        // next_fire_at is when the fire is claimed: the time the schedule named plus the start
        // delay drawn for it. The following fire is counted from the named time, so delays
        // never add up, and its own delay is drawn now.
        const QDateTime dueAt = task.nextFireAt;
        const QDateTime scheduled = TaskTiming::nominalFire(task);
        QDateTime following = TaskTiming::nextFireAfter(task, scheduled, scheduled);
        const qint64 followingDelayMs = TaskTiming::drawStartDelayMs(task);
        const auto delayed = [followingDelayMs](const QDateTime &at) {
            return at.isValid() ? at.addMSecs(followingDelayMs) : at;
        };
        Run run;
        run.taskId = task.id;
        run.scheduledFor = scheduled;
        run.startDelayMs = task.nextFireDelayMs;
        run.engineId = m_context.engine.engineId();
        run.trigger = RunTrigger::Schedule;

        if (following.isValid() && delayed(following) <= t) {
            // More than one fire time passed unseen: a misfire, never a burst.
            const QDateTime next = TaskTiming::nextFireAfter(task, t, scheduled);
            if (task.misfire == MisfirePolicy::Skip) {
                claims.append({task.id, dueAt, delayed(next), followingDelayMs});
                missed.append({task, scheduled});
                continue;
            }
            run.trigger = RunTrigger::CatchUp;
            following = next;
        }

        // The claim time, not the pass's start: in a long pass later tasks are claimed later.
        const QDateTime claimedAt = m_context.now();
        // A fire claimed ahead of its time (Scheduler::Options::claimAheadMs) starts, or is
        // skipped, at its time.
        const QDateTime at = qMax(claimedAt, dueAt);
        bool decideAtDue = false;
        // A fire in a blackout window is recorded, not run; the window is the reason.
        run.reason = Blackouts::reasonFor(task, m_context.globalBlackouts, scheduled);
        if (!run.reason.isEmpty()) {
            run.status = RunStatus::Skipped;
            run.startedAt = at;
            run.finishedAt = at;
        } else {
            const bool busy = active->value(task.id) > 0 || m_context.hasQueued(task.id);
            // Skipped for a run that may end before this fire's time: decided at that time.
            decideAtDue = busy && task.overlap == OverlapPolicy::Skip && claimedAt < dueAt;
            admit(task, run, busy && !decideAtDue, at);
            if (decideAtDue)
                run.status = RunStatus::Pending; // started_at: its time, kept for a skip
        }
        claims.append({task.id, dueAt, delayed(following), followingDelayMs});
        candidates.append({task, run, dueAt, claimedAt, decideAtDue});
    }
    auto won = TaskClaims(db).claimMany(claims);
    if (!won)
        return failed(won.error());
    // What another engine claimed first is left to it.
    Result result;
    for (const Missed &m : std::as_const(missed)) {
        if (won->contains(m.task.id))
            result.missed.append(m);
    }
    QList<Run> records;
    for (const Claimed &c : std::as_const(candidates)) {
        if (!won->contains(c.task.id))
            continue;
        result.claimed.append(c);
        records << c.run;
    }
    // The runs of the claims won, in one statement, inside the claims' transaction: a claimed
    // fire always has its run, and a run never outlives a claim rolled back.
    auto stored = runs.createMany(records);
    if (!stored)
        return failed(stored.error());
    for (qsizetype i = 0; i < stored->size(); ++i)
        result.claimed[i].run = stored->at(i);
    if (auto committed = tx.commit(); !committed)
        return failed(committed.error());
    engine.noteStorage(StorageHealth::Source::Claims, {});
    return result;
}

} // namespace fleetcron
