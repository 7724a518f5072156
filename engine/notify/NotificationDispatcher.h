#pragma once

#include "NotificationOutbox.h"
#include "model/Execution.h"
#include "model/Notification.h"
#include "model/Statuses.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>

namespace fleetcron {

class Database;
class EngineEvents;
class SecretStore;

// Turns the engine's events into notifications by the rules (issue 13): a run's start (pings),
// its end (success, failure, recovered), a run still going after slowFactor × its task's median
// successful duration (slow), and the runs failover took from a dead engine (engine-lost).
// Lives on a thread of its own (NotificationThread): the engine only emits signals, so no
// receiver, however slow or hung, can hold up a run or the scheduler. The rules are read again
// at most every rulesRefreshMs, so a rule added by the CLI or another engine takes effect
// without a restart; with no rules, an event costs a hash lookup.
class NotificationDispatcher : public QObject {
    Q_OBJECT
public:
    struct Options {
        NotificationOutbox::Options outbox;
        int rulesRefreshMs = 2000;
        // Fewer successful runs than this give no median worth judging a run by.
        int minSamplesForSlow = 3;
        int samplesForSlow = 20;
    };

    NotificationDispatcher(Database &db, SecretStore *secrets, const QString &engineId,
                           const Options &options, QObject *parent = nullptr);

    // Connects the engine's events; call before moving this object to its thread.
    void watch(EngineEvents &events);
    NotificationOutbox &outbox() { return *m_outbox; }

private:
    struct RunState {
        qint64 taskId = 0;
        QDateTime startedAt;
        QString trigger;
        QList<Execution> executions;
        QList<QPointer<QTimer>> slowTimers;
    };

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
    // Task names, read once per rules refresh: no store read per event at 100 fires/s.
    QHash<qint64, QString> m_taskNames;
    // How each task's last run ended, as seen here; the store answers for the others.
    QHash<qint64, RunStatus> m_lastOutcome;
};

} // namespace fleetcron
