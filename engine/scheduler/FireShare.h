#pragma once

#include "model/Task.h"

#include <QDateTime>
#include <QList>

namespace fleetcron {

// Which of the due fires an engine claims now, when several engines share one database.
//
// Every engine wakes at the same due times; the first awake would otherwise claim the whole
// pass, and an engine on a busier machine would get almost nothing. So each fire has an owner:
// one of the live engines, picked by a hash of the task and its due time, the same in every
// engine (they rank themselves by id). An engine claims its own fires at once and leaves the
// others' for a short grace; a fire still unclaimed after the grace is claimed by whoever looks
// next. An engine that is slow or has died delays its fires by the grace at most, and never
// stops them; the claim itself stays the guarantee that no fire runs twice.
class FireShare {
public:
    struct Split {
        QList<Task> claimNow;
        // When to look again for the fires left to others; invalid when none were left.
        QDateTime lookAgainAt;
    };

    // `due` are the due tasks (next_fire_at <= now); this engine is `rank` of `engines` live
    // ones (0-based). With one engine, or a rank outside the count, everything is claimed.
    static Split split(QList<Task> due, int rank, int engines, const QDateTime &now, int graceMs);

    // The rank of the engine that owns the fire of `taskId` due at `scheduled`.
    static int ownerOf(qint64 taskId, const QDateTime &scheduled, int engines);
};

} // namespace fleetcron
