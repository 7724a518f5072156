#pragma once

#include "StoreResult.h"
#include "model/Run.h"

#include <QDateTime>
#include <QList>
#include <QSet>

#include <optional>

namespace fleetcron {

class Database;

// The scheduler's side of the tasks table: when the next fire is, and the conditional claim
// that lets only one engine fire a given time. Usable from any thread.
class TaskClaims {
public:
    explicit TaskClaims(Database &db);

    // The earliest next fire of any enabled task (after `after`, when given); invalid when
    // nothing is scheduled.
    StoreResult<QDateTime> earliestNextFire(const QDateTime &after = {});

    // Claim-then-run: moves next_fire_at from `expected` to `next` only if it still is
    // `expected` (and the task is enabled). True when this caller won; false when another
    // engine (or an edit) got there first, in which case nothing changed. `nextDelayMs`: the
    // part of `next` that is a drawn start delay (tasks.next_fire_delay_ms).
    StoreResult<bool> claimFire(qint64 taskId, const QDateTime &expected, const QDateTime &next,
                                qint64 nextDelayMs = 0);
    // The same claim and the run's row in one transaction: a claimed fire always has its run.
    // Returns the stored run when this caller won, nothing when it lost.
    StoreResult<std::optional<Run>> claimFireAndCreateRun(qint64 taskId, const QDateTime &expected,
                                                          const QDateTime &next, const Run &run,
                                                          qint64 nextDelayMs = 0);

    // claimFire() for several tasks in one statement (a claim pass): each claim holds or not
    // on its own, exactly as when made alone. Returns the ids of the tasks this caller won.
    struct Claim {
        qint64 taskId = 0;
        QDateTime expected; // valid: due() only returns tasks with a next fire
        QDateTime next;
        qint64 nextDelayMs = 0;
    };
    StoreResult<QSet<qint64>> claimMany(const QList<Claim> &claims);

private:
    Database &m_db;
};

} // namespace fleetcron
