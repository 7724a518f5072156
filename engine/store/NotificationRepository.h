#pragma once

#include "StoreResult.h"
#include "model/Notification.h"
#include "model/Statuses.h"

#include <QList>

#include <optional>

namespace fleetcron {

class Database;

// The notification rules and the record of their deliveries (migration 10), plus the two facts
// about a task's history the dispatcher judges by: how its previous run ended, and its recent
// successful durations. Usable from any thread (each has its own connection).
class NotificationRepository {
public:
    struct DeliveryFilter {
        qint64 ruleId = 0; // only this rule's, when set
        qint64 runId = 0;  // only this run's, when set
        int limit = 100;
    };

    explicit NotificationRepository(Database &db);

    StoreResult<NotificationRule> create(const NotificationRule &rule);
    StoreResult<void> setHasSecret(qint64 id, bool hasSecret);
    StoreResult<void> remove(qint64 id);
    StoreResult<QList<NotificationRule>> list();
    StoreResult<NotificationRule> find(qint64 id);
    StoreResult<NotificationRule> findByName(const QString &name);

    // Many attempts in one transaction: the dispatcher writes in batches, so a burst of
    // deliveries costs one commit, not one per attempt.
    StoreResult<void> record(const QList<NotificationDelivery> &deliveries);
    // Newest first.
    StoreResult<QList<NotificationDelivery>> deliveries(const DeliveryFilter &filter);

    // The status of the task's newest ended run before `runId` that ran (skipped and cancelled
    // runs say nothing about the task's health); unset when there is none.
    StoreResult<std::optional<RunStatus>> previousOutcome(qint64 taskId, qint64 runId);
    // Durations in ms of the task's last `count` successful runs, newest first.
    StoreResult<QList<qint64>> recentSuccessDurations(qint64 taskId, int count);
    // The task a run belongs to, 0 when the run is unknown.
    StoreResult<qint64> taskOfRun(qint64 runId);

private:
    Database &m_db;
};

} // namespace fleetcron
