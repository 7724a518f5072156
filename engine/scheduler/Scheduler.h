#pragma once

#include "FireRelease.h"
#include "StartHandoff.h"
#include "model/Run.h"
#include "model/RunStart.h"
#include "model/Server.h"
#include "model/Task.h"
#include "store/StoreResult.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMultiMap>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace fleetcron {

class RunHost;

// Fires tasks on time. One precise timer is armed to the earliest next_fire_at in the store;
// a light check each second notices tasks changed by other processes (the CLI, a console, another
// daemon), a wall clock that jumped, and a machine that slept. No busy loop.
//
// Claim-then-run: a fire happens only by moving the task's next_fire_at from the value read to
// the next one in the same transaction that records the run, so two engines on one database
// never fire the same time twice.
//
// Overlap (a fire while an earlier run of the task is still active, on any engine):
//   skip      the fire is recorded as a `skipped` run;
//   queue     it waits and starts when the active run ends (this engine's runs);
//   parallel  it starts at once.
// Chaining: when a run of this engine ends, the tasks linked to its task on that outcome start
// (parent_run_id set), each admitted by its own overlap rule as a fire would be.
// Blackout windows (Blackouts): a fire inside one is recorded as a `skipped` run whose reason
// names the window, and not run. A start delay (jitter) is part of next_fire_at: the fire is
// claimed at its time plus the delay drawn for it, lateness counted from that instant.
// Misfire (more than one fire time passed unseen, e.g. the daemon was down):
//   skip      the missed times are dropped, the task waits for its next time;
//   run-once  one `catch-up` run for all of them, never a burst.
//
// Lives on a thread of its own in the faces (SchedulerThread), so claims are on time however busy
// the engine's thread is with SSH and output; its store work uses that thread's own connection
// and the runs it claims start on the engine's thread. Tests may keep it on the engine's thread.
class Scheduler : public QObject {
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;

    struct Options {
        int pollIntervalMs = 1000; // how soon changes by other processes are seen
        int maxTimerMs = 60'000;   // re-check at least this often even when idle
        int batchSize = 200;       // due tasks handled per pass
        int leaseMs = 15'000;      // an engine silent this long is dead (recovery)
        // With several engines on one database, how long a just-due fire is left to the
        // engine whose share it is before any engine takes it (FireShare).
        int shareGraceMs = 250;
        // Fires are claimed up to this long before their time, several to a transaction, and
        // started at their time by a thread that touches no store (FireRelease): a claim that
        // waits for the write lock then delays no start. 0: each fire is claimed when due. Needs
        // the system clock (ignored with an injected one).
        int claimAheadMs = 0;
        Clock clock; // tests inject one; default: the system clock (UTC)
    };

    Scheduler(RunHost &engine, const Options &options, QObject *parent = nullptr);
    explicit Scheduler(RunHost &engine, QObject *parent = nullptr);

    // Recovers work of dead engines, then starts firing.
    void start();
    // Stops claiming new fires; queued runs that have not started are closed as cancelled.
    // Active runs are the executor's business.
    void stop();
    bool isRunning() const { return m_running; }

    // Handles every due fire now (also called by the timers).
    void fireDue();

    // When the scheduler will next look, for status bars; invalid when nothing is scheduled.
    // Safe to call from any thread.
    QDateTime nextFireAt() const;

signals:
    // A fire was claimed by this engine; `lateMs` is how long after its due time it was claimed,
    // or, for one claimed ahead that starts, released to start (emitted on FireRelease's thread).
    void fired(qint64 taskId, qint64 runId, const QDateTime &scheduledFor, qint64 lateMs);
    void skipped(qint64 taskId, const QDateTime &scheduledFor, const QString &why);

private:
    // Claims the due fires (ClaimPass), in one transaction or each in its own, then reports,
    // queues and starts them; false when the one transaction failed and nothing was claimed.
    bool firePass(const QList<Task> &due, const QDateTime &now, bool oneTransaction);
    // Starts claimed runs on their current targets, handed to the engine's thread together
    // (StartHandoff).
    void startAll(QList<RunStart> starts);
    // The same for runs claimed ahead: each starts at its due time (FireRelease).
    void startAt(QList<RunStart> starts, const QList<qint64> &dueMs);
    // Sets each run's targets from the enabled servers; false, with the runs closed as failed,
    // when the servers cannot be read.
    bool withTargets(QList<RunStart> &starts);
    // The overlap rule for one task: whether `run` of `task` starts at `at`, waits (queue) or is
    // skipped.
    void admit(const Task &task, Run &run, const QDateTime &at);
    // Task chaining: starts the tasks linked to a run of this engine that just ended, each
    // admitted as a fire is (ChainStarter records them once, with parent_run_id).
    void startChain(qint64 parentRunId, qint64 taskId, RunStatus status);
    void startOrQueue(const Task &task, const Run &run);
    // A fire claimed ahead while an earlier run of its task was active (overlap skip): at its
    // time it starts if that run has ended, else it is recorded skipped (ClaimPass::Claimed).
    void deferOverlap(const Task &task, const Run &run, const QDateTime &due);
    // Decides every deferred fire whose time has come, together: one read of the active runs,
    // the skips written in the background, then re-arms m_deferTimer.
    void decideOverlaps();
    // Runs `f` on the engine's thread: at once when this is it, else queued.
    template <typename F> void onEngineThread(F &&f);
    void onRunFinished(qint64 runId, qint64 taskId);
    void rearm();
    // Arms the claim timer for a fire at `fireAt`, to wake at `wakeAt` (earlier when claiming
    // ahead).
    void armAt(const QDateTime &fireAt, const QDateTime &wakeAt);
    // How long before a fire the claim pass wakes: half the claim-ahead window, so each pass
    // claims about half a window of fires, each at least half a window before its time.
    qint64 wakeLeadMs() const { return m_release ? m_options.claimAheadMs / 2 : 0; }
    // Live, enabled servers, read at most once per poll: a fire picks its targets from these.
    StoreResult<QList<Server>> enabledServers();
    // Where this engine stands among those with a fresh heartbeat (FireShare), read at most
    // once per poll.
    struct Standing {
        int rank = 0;
        int engines = 1;
    };
    Standing standing();
    // The global blackout windows (Blackouts), read at most once per poll.
    QStringList globalBlackouts();
    // `knownDead`: engines of this host whose process is gone (see start()).
    void recover(const QStringList &knownDead = {});
    void checkpointIfNothingElseDoes();
    QDateTime now() const;

    RunHost &m_engine;
    Options m_options;
    QTimer m_fireTimer;
    QTimer m_pollTimer;
    StartHandoff m_starts;
    std::unique_ptr<FireRelease> m_release; // while running, when claiming ahead
    QDateTime m_armedFor;
    std::atomic<qint64> m_armedForMs{-1}; // m_armedFor for other threads, ms since epoch
    bool m_running = false;
    int m_polls = 0;
    QHash<qint64, QList<Run>> m_queued; // by task id, oldest first
    struct Deferred {
        Task task;
        Run run;
        QDateTime due;
    };
    QMultiMap<qint64, Deferred> m_deferred;       // by due time, ms since the epoch (deferOverlap)
    QTimer m_deferTimer;                          // to the earliest of m_deferred
    std::optional<QList<Server>> m_servers;       // cleared by each poll
    std::optional<Standing> m_standing;           // cleared by each poll
    std::optional<QStringList> m_globalBlackouts; // cleared by each poll
    // Fires due by `dueBy` that were left to other engines, to be looked at again then.
    struct LeftToOthers {
        QDateTime dueBy;
        QDateTime lookAgainAt;
    } m_left;
};

} // namespace fleetcron
