#include "RoundRobinPicker.h"

#include "store/RoundRobinCursor.h"

#include <QLoggingCategory>

#include <algorithm>

namespace fleetcron {
namespace {

Q_LOGGING_CATEGORY(lcTurn, "fleetcron.exec.roundrobin")

// Compare-and-set rounds before giving up on the shared turn (then the pick stands anyway).
constexpr int maxTurnRounds = 8;

} // namespace

RoundRobinPicker::RoundRobinPicker(Database &db, QString engineId)
    : m_db(db)
    , m_engineId(std::move(engineId)) {}

QList<Server> RoundRobinPicker::turnOrder(QList<Server> targets, qint64 lastServerId) {
    std::sort(targets.begin(), targets.end(),
              [](const Server &a, const Server &b) { return a.id < b.id; });
    // The first server after the last one used; a removed last server leaves its place.
    const auto after = std::find_if(targets.begin(), targets.end(),
                                    [&](const Server &s) { return s.id > lastServerId; });
    std::rotate(targets.begin(), after, targets.end());
    return targets;
}

RoundRobinPicker::Pick RoundRobinPicker::pick(qint64 taskId, const QList<Server> &targets,
                                              const Judge &judge) {
    RoundRobinCursor cursor(m_db);
    auto others = cursor.loadOfOtherEngines(taskId, m_engineId);
    if (!others)
        qCWarning(lcTurn).noquote() << others.error().toString();
    const QHash<qint64, RoundRobinCursor::Load> load =
        others ? others.value() : QHash<qint64, RoundRobinCursor::Load>();
    auto free = [&](const Server &s) {
        const RoundRobinCursor::Load elsewhere = load.value(s.id);
        const bool busyWithTask = judge.ownOfTask(s.id, taskId) + elsewhere.ofTask > 0;
        const bool full = judge.ownTotal(s.id) + elsewhere.total >= std::max(1, s.maxParallel);
        return !busyWithTask && !full;
    };

    Pick pick;
    for (int round = 0; round < maxTurnRounds; ++round) {
        auto last = cursor.read(taskId);
        if (!last)
            qCWarning(lcTurn).noquote() << last.error().toString();
        const qint64 lastId = last ? last.value() : 0;
        QList<Server> order = turnOrder(targets, lastId);
        // Free and reachable first; then merely reachable (it will wait for room); then the
        // next in turn, whose failure is recorded.
        auto chosen = std::find_if(order.begin(), order.end(), [&](const Server &s) {
            return judge.isReachable(s.id) && free(s);
        });
        if (chosen == order.end())
            chosen = std::find_if(order.begin(), order.end(),
                                  [&](const Server &s) { return judge.isReachable(s.id); });
        if (chosen == order.end())
            chosen = order.begin();
        pick.chosen = *chosen;
        order.erase(chosen);
        pick.fallbacks = order;
        if (!last)
            break;
        auto moved = cursor.advance(taskId, lastId, pick.chosen.id);
        if (!moved) {
            qCWarning(lcTurn).noquote() << moved.error().toString();
            break;
        }
        if (moved.value())
            break;
        // Another engine took a turn since the read: pick again from where it left the turn.
    }
    return pick;
}

void RoundRobinPicker::moveOn(qint64 taskId, qint64 from, qint64 to) {
    if (auto moved = RoundRobinCursor(m_db).advance(taskId, from, to); !moved)
        qCWarning(lcTurn).noquote() << moved.error().toString();
}

} // namespace fleetcron
