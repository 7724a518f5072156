#pragma once

#include "NotificationInbox.h"
#include "NotificationOutbox.h"
#include "model/Execution.h"
#include "model/Notification.h"
#include "model/Statuses.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace fleetcron {

class Database;
class EngineEvents;
class SecretStore;

// Turns the engine's events into notifications by the rules (issue 13): a run's start (pings),
// its end (success, failure, recovered), a run still going after slowFactor × its task's median
// successful duration (slow), and the runs failover took from a dead engine (engine-lost).
// Lives on a thread of its own (NotificationThread); the engine's threads only append to its
// NotificationInbox (a mutex and a set lookup: runs of tasks no rule names stay behind), so no
// receiver, however slow or hung, can hold up a run or the scheduler, and a burst of runs cannot
// bury the dispatcher's own network replies (it takes the inbox in slices). The rules are read
// again every rulesRefreshMs, so a rule added by the CLI or another engine takes effect without
// a restart.
class NotificationDispatcher : public QObject {
    Q_OBJECT
public:
    struct Options {
        NotificationOutbox::Options outbox;
        int rulesRefreshMs = 2000;
        // Fewer successful runs than this give no median worth judging a run by.
        int minSamplesForSlow = 3;
        int samplesForSlow = 20;
        // Events waiting past this are dropped and counted (a log line, and the count in
        // droppedEvents()), so a dispatcher that cannot keep up costs memory no further.
        int inboxCapacity = 20'000;
        // Events handled before the dispatcher lets its replies and timers run.
        int sliceSize = 64;
    };

    NotificationDispatcher(Database &db, SecretStore *secrets, const QString &engineId,
                           const Options &options, QObject *parent = nullptr);
    ~NotificationDispatcher() override;

    // Connects the engine's events; call before moving this object to its thread.
    void watch(EngineEvents &events);
    NotificationOutbox &outbox() { return *m_outbox; }
    // Events the full inbox had to drop since the start (read on the dispatcher's thread).
    qint64 droppedEvents() const { return m_droppedEvents; }

private:
    struct RunState {
        qint64 taskId = 0;
        QDateTime startedAt;
        QString trigger;
        QList<Execution> executions;
        QList<QPointer<QTimer>> slowTimers;
    };

    void drain();
    void refreshRules();
    void onRunStarted(qint64 runId, qint64 taskId);
    void onExecutionFinished(const fleetcron::Execution &execution);
    void onRunFinished(qint64 runId, qint64 taskId, fleetcron::RunStatus status);
    void onEnginesLost(const QStringList &engineIds, const QList<qint64> &runIds);

    // The enabled rules that apply to the task (its own and the global ones).
    QList<NotificationRule> rulesFor(qint64 taskId);
    void armSlowTimers(qint64 runId, RunState &state, const QList<NotificationRule> &rules);
    NotificationEvent eventFor(const QString &what, qint64 runId, qint64 taskId);
    void send(const QList<NotificationRule> &rules, const NotificationEvent &event);
    bool recoveredNow(qint64 taskId, qint64 runId, RunStatus status);
    QString taskName(qint64 taskId);

    Database &m_db;
    QString m_engineId;
    Options m_options;
    NotificationOutbox *m_outbox;
    QList<NotificationRule> m_rules;
    QElapsedTimer m_rulesAge;
    QHash<qint64, RunState> m_runs;
    // Task and server names, read once a minute: no store read per event at 100 fires/s.
    QHash<qint64, QString> m_taskNames;
    QHash<qint64, QString> m_serverNames;
    QElapsedTimer m_namesAge;
    // How each task's last run ended, as seen here; the store answers for the others.
    QHash<qint64, RunStatus> m_lastOutcome;
    // Shared with the engine's connections, which may still run while this object goes.
    std::shared_ptr<NotificationInbox> m_inbox;
    QList<QMetaObject::Connection> m_connections;
    QTimer m_refreshTimer;
    qint64 m_droppedEvents = 0;
};

} // namespace fleetcron
