#pragma once

#include "model/Run.h"
#include "model/Task.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

#include <functional>
#include <optional>

namespace fleetcron {

class RunHost;

// One claim pass of the scheduler: the due fires of a batch claimed in one transaction, with
// the per-fire work batched where the rules allow it. The active runs of all the pass's tasks
// (the overlap rule) are counted in one query, the claims are made by one UPDATE (each row
// moves only if its next_fire_at is still the one read: of two engines exactly one wins each
// fire, TaskClaims::claimMany), and the runs of the claims won are recorded by one multi-row
// INSERT before the commit. Misfire, blackout, start delay and overlap are decided per fire, as
// Scheduler documents them. Nothing here starts a run: what follows a claim is the scheduler's.
class ClaimPass {
public:
    struct Context {
        RunHost &engine;
        int leaseMs = 15'000;
        std::function<QDateTime()> now;               // the scheduler's clock
        std::function<bool(qint64 taskId)> hasQueued; // fires of it wait (overlap "queue")
        QStringList globalBlackouts;
    };
    // A fire this engine claimed, its run as stored (id set; running, pending or skipped).
    struct Claimed {
        Task task;
        Run run;
        QDateTime due;       // the next_fire_at claimed: the named time plus its start delay
        QDateTime claimedAt; // lateness is due -> claimedAt
        // Claimed ahead of its time while an earlier run of its task (overlap skip) was active:
        // recorded pending, and whether it runs or is skipped is decided at its time, when that
        // run may have ended (Scheduler::decideOverlap).
        bool decideAtDue = false;
    };
    // Fire times passed unseen of a task whose misfire rule is skip: dropped, no run.
    struct Missed {
        Task task;
        QDateTime since;
    };
    struct Result {
        QList<Claimed> claimed;
        QList<Missed> missed;
    };

    explicit ClaimPass(const Context &context);

    // Claims what it can of `due` at `now` in one transaction. Nothing when that transaction
    // failed as a whole (logged): then nothing of it was claimed.
    std::optional<Result> claim(const QList<Task> &due, const QDateTime &now);

    // The overlap rule: whether `run` of `task` starts at `at`, waits (queue) or is skipped,
    // `busy` meaning an earlier run of the task is still active or waiting.
    static void admit(const Task &task, Run &run, bool busy, const QDateTime &at);

private:
    Context m_context;
};

} // namespace fleetcron
