#pragma once

#include "Actor.h"
#include "model/Notification.h"
#include "store/StoreResult.h"

#include <optional>

namespace fleetcron {

class AuditService;
class Database;
class SecretStore;
class TaskService;

// The notification rules as every face changes them (issue 13), each rule said once: a known
// channel; an http(s) URL for a webhook or a ping, none for the tray; only known events, and for
// a ping only those a ping URL can say; a format and a secret for a webhook only; a slow factor
// above 1. A refused rule saves nothing. The HMAC secret goes to the secret store, never the
// database (both saved or neither). Secret-store work stays on the thread that owns the store.
class NotificationService {
public:
    // A rule as a face has it: words as the user typed them, checked here.
    struct Input {
        QString name;
        QString task;       // a task's name or id; empty: every task
        QStringList events; // empty: the channel's defaults
        QString channel;
        QString url;
        QString format;     // empty: plain
        QString slowFactor; // empty: 3
        std::optional<QString> secret;
    };
    struct TestOutcome {
        bool delivered = false;
        int httpStatus = 0;
        QString error;
        QString url;
    };

    NotificationService(Database &db, SecretStore *secrets, AuditService &audit,
                        TaskService &tasks);

    StoreResult<QList<NotificationRule>> list();
    // By name, or by id when `ref` is a number that names no rule.
    StoreResult<NotificationRule> resolve(const QString &ref);
    StoreResult<NotificationRule> add(const Input &input, const Actor &actor);
    StoreResult<void> remove(const QString &ref, const Actor &actor);
    // Newest first; only the rule's when `ruleRef` is given.
    StoreResult<QList<NotificationDelivery>> deliveries(const QString &ruleRef, int limit);
    // Sends one made-up "failure" event through the rule now, once, waiting for the answer
    // (at most `timeoutMs`), and records the attempt. Blocks: not on a GUI or engine thread.
    StoreResult<TestOutcome> test(const QString &ref, const Actor &actor, int timeoutMs = 10'000);

    static QStringList defaultEvents(const QString &channel);

private:
    StoreResult<NotificationRule> validate(const Input &input);

    Database &m_db;
    SecretStore *m_secrets;
    AuditService &m_audit;
    TaskService &m_tasks;
};

} // namespace fleetcron
