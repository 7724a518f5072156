#pragma once

#include "model/Server.h"

#include <QList>
#include <QString>

#include <functional>

namespace fleetcron {

class Database;

// Target "one": each run of a task goes to the next server in turn. The turn (the server used
// last) is kept in the database (RoundRobinCursor), so it goes on across CLI invocations and
// engines, and is moved by compare-and-set, so two engines never pick by the same turn.
//
// A server is passed over when it is known to be unreachable, already busy with this task, or
// at its max-parallel; when every server is, the next in turn is taken all the same, so the run
// waits or records the failure instead of silently doing nothing. The servers not chosen come
// back in turn order as fallbacks: when the chosen one cannot be reached, the run moves on to
// them (moveTo()).
class RoundRobinPicker {
public:
    // What the executor knows of a server right now.
    struct Judge {
        std::function<bool(qint64 serverId)> isReachable;
        // Executions of this task, and of any task, this engine has on the server.
        std::function<int(qint64 serverId, qint64 taskId)> ownOfTask;
        std::function<int(qint64 serverId)> ownTotal;
    };
    struct Pick {
        Server chosen;
        QList<Server> fallbacks; // the rest, in turn order
    };

    RoundRobinPicker(Database &db, QString engineId);

    // Chooses the server for a run of `taskId` among `targets` (not empty) and moves the turn
    // to it.
    Pick pick(qint64 taskId, const QList<Server> &targets, const Judge &judge);
    // The run went on from server `from` (unreachable) to `to`: the turn follows it, unless
    // another run took a turn meanwhile (then that one's stands).
    void moveOn(qint64 taskId, qint64 from, qint64 to);

    // `targets` in turn order: by id, starting after `lastServerId` and wrapping around.
    static QList<Server> turnOrder(QList<Server> targets, qint64 lastServerId);

private:
    Database &m_db;
    QString m_engineId;
};

} // namespace fleetcron
