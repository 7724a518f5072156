#include "Scheduler.h"

#include "Blackouts.h"
#include "ClaimPass.h"
#include "FailoverRecovery.h"
#include "FireShare.h"
#include "StartHandoff.h"
#include "core/EngineEvents.h"
#include "core/RunHost.h"
#include "model/RunStart.h"
#include "store/Database.h"
#include "store/EngineRepository.h"
#include "store/LocalProcess.h"
#include "store/RunRepository.h"
#include "store/ServerRepository.h"
#include "store/TaskRepository.h"

#include <QCoreApplication>
#include <QHostInfo>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QThread>

namespace fleetcron {
namespace {

Q_LOGGING_CATEGORY(lcScheduler, "fleetcron.scheduler")

// Recovery looks for dead engines every this many polls.
constexpr int recoveryEveryPolls = 5;
// This connection does not checkpoint on commit (see start()); in case nothing else in the
// process writes (every fire skipped, say), it copies the WAL back now and then, between fires.
constexpr int walCheckpointEveryPolls = 60;

} // namespace

Scheduler::Scheduler(RunHost &engine, QObject *parent)
    : Scheduler(engine, Options(), parent) {}

Scheduler::Scheduler(RunHost &engine, const Options &options, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_options(options)
    , m_fireTimer(this) // children, so moveToThread() takes them along
    , m_pollTimer(this)
    , m_starts(engine)
    , m_deferTimer(this) {
    m_fireTimer.setSingleShot(true);
    m_fireTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_fireTimer, &QTimer::timeout, this, &Scheduler::fireDue);
    m_deferTimer.setSingleShot(true);
    m_deferTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_deferTimer, &QTimer::timeout, this, &Scheduler::decideOverlaps);
    m_pollTimer.setInterval(m_options.pollIntervalMs);
    connect(&m_pollTimer, &QTimer::timeout, this, [this] {
        if (++m_polls % recoveryEveryPolls == 0)
            recover();
        m_servers.reset(); // servers changed by others are seen within a poll
        m_standing.reset();
        m_globalBlackouts.reset();
        if (m_polls % walCheckpointEveryPolls == 0)
            checkpointIfNothingElseDoes();
        fireDue();
    });
    connect(&m_engine.events(), &EngineEvents::runFinished, this,
            [this](qint64 runId, qint64 taskId, RunStatus status) {
                onRunFinished(runId, taskId);
                startChain(runId, taskId, status);
            });
}

QDateTime Scheduler::nextFireAt() const {
    // m_armedForMs counts the fires claimed ahead that wait for their time as well (armAt).
    const qint64 ms = m_armedForMs.load(std::memory_order_relaxed);
    return ms < 0 ? QDateTime() : QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

template <typename F> void Scheduler::onEngineThread(F &&f) {
    if (QThread::currentThread() == m_engine.events().thread())
        f();
    else
        QMetaObject::invokeMethod(&m_engine.events(), std::forward<F>(f), Qt::QueuedConnection);
}

QDateTime Scheduler::now() const {
    return m_options.clock ? m_options.clock() : QDateTime::currentDateTimeUtc();
}

void Scheduler::start() {
    if (m_running)
        return;
    m_running = true;
    // A commit that crosses the WAL's checkpoint threshold runs the checkpoint itself: I/O that
    // made an occasional claim 100+ ms late. The writer, which writes most, checkpoints instead.
    if (m_engine.database().dialect().backend() == SqlDialect::Backend::SQLite) {
        if (auto conn = m_engine.database().connection())
            QSqlQuery(conn.value()).exec(QStringLiteral("PRAGMA wal_autocheckpoint=0"));
    }
    // Engines of this host whose process is gone died without saying so (kill -9, crash):
    // they need not wait out the lease to have their work recovered. A pid that runs again
    // with another start time is another program's now.
    QStringList gone;
    if (auto list = EngineRepository(m_engine.database()).list()) {
        const QString host = QHostInfo::localHostName();
        for (const EngineRecord &e : list.value()) {
            if (e.id != m_engine.engineId() && e.host == host &&
                LocalProcess::isGone(e.pid, e.processStarted)) {
                qCInfo(lcScheduler).noquote()
                    << "engine" << e.id << "is gone (pid" << e.pid << "no longer runs)";
                gone << e.id;
            }
        }
    }
    recover(gone);
    if (m_options.claimAheadMs > 0 && !m_options.clock) {
        m_release =
            std::make_unique<FireRelease>([this](QList<RunStart> starts, QList<qint64> lateMs) {
                for (qsizetype i = 0; i < starts.size(); ++i) {
                    RunStart &s = starts[i];
                    // Its claim wrote its due time as its start; a late release says when it was.
                    if (lateMs.at(i) > 0) {
                        s.run.startedAt = s.run.startedAt.addMSecs(lateMs.at(i));
                        s.startedLate = true;
                    }
                    emit fired(s.run.taskId, s.run.id, s.run.scheduledFor, lateMs.at(i));
                }
                m_starts.hand(std::move(starts));
            });
    }
    m_pollTimer.start();
    fireDue();
}

void Scheduler::stop() {
    m_running = false;
    m_fireTimer.stop();
    m_pollTimer.stop();
    // Queued fires, and fires claimed ahead whose time has not come, will not start now; close
    // them so none stays pending or running forever.
    const QDateTime t = QDateTime::currentDateTimeUtc();
    if (m_release) {
        for (const RunStart &s : m_release->takeAll())
            m_engine.closeRun(s.run.id, RunStatus::Cancelled, t);
        m_release.reset();
    }
    for (const QList<Run> &runs : std::as_const(m_queued)) {
        for (const Run &run : runs)
            m_engine.closeRun(run.id, RunStatus::Cancelled, t);
    }
    m_queued.clear();
    for (const Deferred &d : std::as_const(m_deferred))
        m_engine.closeRun(d.run.id, RunStatus::Cancelled, t);
    m_deferred.clear();
    m_deferTimer.stop();
}

void Scheduler::checkpointIfNothingElseDoes() {
    if (m_engine.database().dialect().backend() != SqlDialect::Backend::SQLite)
        return;
    if (auto conn = m_engine.database().connection())
        QSqlQuery(conn.value()).exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
}

void Scheduler::recover(const QStringList &knownDead) {
    // Failover (stop the dead engines' remote commands, interrupt their work, retry what may be
    // retried) lives apart, and on the engine's thread: its retries start runs there.
    onEngineThread([engine = &m_engine, leaseMs = m_options.leaseMs, knownDead] {
        FailoverRecovery::recoverOnce(*engine, leaseMs, knownDead);
    });
}

void Scheduler::fireDue() {
    if (!m_running)
        return;
    const QDateTime t = now();
    // Claiming ahead: every fire due within the window is claimed now (FireRelease starts it).
    const QDateTime horizon = m_release ? t.addMSecs(m_options.claimAheadMs) : t;
    TaskRepository tasks(m_engine.database());
    auto due = tasks.due(horizon, m_options.batchSize);
    if (!due) {
        qCWarning(lcScheduler).noquote() << due.error().toString();
    } else if (!due->isEmpty()) {
        // A pass that takes a full batch is a burst: every engine claims what it can, as fast
        // as it can. Otherwise each takes its share now and leaves the rest a moment.
        const bool burst = due->size() == m_options.batchSize;
        const Standing me = burst ? Standing() : standing();
        const FireShare::Split share =
            FireShare::split(due.value(), me.rank, me.engines, t, m_options.shareGraceMs);
        m_left = {horizon, share.lookAgainAt};
        // One transaction for the whole pass: one wait for the write lock and one commit, however
        // many fires are due. Should the pass fail as a whole (one task's claim failing dooms
        // it), nothing of it was claimed, and each fire is tried again on its own.
        if (!share.claimNow.isEmpty() && !firePass(share.claimNow, t, true))
            firePass(share.claimNow, t, false);
        if (burst) {
            // More are due than one pass takes; continue right after other events.
            QTimer::singleShot(0, this, &Scheduler::fireDue);
        }
    }
    rearm();
}

bool Scheduler::firePass(const QList<Task> &due, const QDateTime &t, bool oneTransaction) {
    if (!oneTransaction) {
        // Each fire in a transaction of its own: one that fails fails alone (logged).
        for (const Task &task : due)
            firePass({task}, t, true);
        return true;
    }
    ClaimPass pass({m_engine, m_options.leaseMs, [this] { return now(); },
                    [this](qint64 taskId) { return !m_queued.value(taskId).isEmpty(); },
                    globalBlackouts()});
    auto claimed = pass.claim(due, t);
    if (!claimed)
        return false;
    // Only now are the claims real: report, queue and start them.
    for (const ClaimPass::Missed &m : std::as_const(claimed->missed)) {
        qCInfo(lcScheduler).noquote()
            << QCoreApplication::translate("Scheduler",
                                           "task=%1 missed fires since %2 skipped (misfire skip)")
                   .arg(m.task.name, m.since.toString(Qt::ISODateWithMs));
        emit skipped(m.task.id, m.since, QStringLiteral("misfire"));
    }
    QList<RunStart> starts;
    QList<RunStart> later;
    QList<qint64> laterDueMs;
    const qint64 wallNowMs = QDateTime::currentMSecsSinceEpoch();
    for (const ClaimPass::Claimed &c : std::as_const(claimed->claimed)) {
        const Run &run = c.run;
        if (c.decideAtDue) {
            deferOverlap(c.task, run, c.due); // reported at its time
            continue;
        }
        const bool ahead =
            m_release && run.status == RunStatus::Running && c.due.toMSecsSinceEpoch() > wallNowMs;
        if (ahead) {
            // Reported when it is released, with that lateness.
            later.append({run, c.task, {}});
            laterDueMs.append(c.due.toMSecsSinceEpoch());
            continue;
        }
        // Late against the delayed time: a drawn delay is not lateness. A fire claimed ahead
        // and skipped or queued was decided before its time: not late.
        emit fired(c.task.id, run.id, run.scheduledFor,
                   qMax<qint64>(0, c.due.msecsTo(c.claimedAt)));
        if (!run.reason.isEmpty()) {
            qCInfo(lcScheduler).noquote()
                << QCoreApplication::translate("Scheduler", "task=%1 fire at %2 skipped: %3")
                       .arg(c.task.name, run.scheduledFor.toString(Qt::ISODateWithMs), run.reason);
            emit skipped(c.task.id, run.scheduledFor, QStringLiteral("blackout"));
        } else if (run.status == RunStatus::Skipped) {
            qCInfo(lcScheduler).noquote()
                << QStringLiteral("task=%1 fire at %2 skipped: the previous run is still active")
                       .arg(c.task.name, run.scheduledFor.toString(Qt::ISODateWithMs));
            emit skipped(c.task.id, run.scheduledFor, QStringLiteral("overlap"));
        } else if (run.status == RunStatus::Pending) {
            m_queued[c.task.id].append(run);
        } else {
            starts.append({run, c.task, {}});
        }
    }
    startAll(starts);
    startAt(later, laterDueMs);
    return true;
}

bool Scheduler::withTargets(QList<RunStart> &starts) {
    auto servers = enabledServers();
    if (!servers) {
        qCWarning(lcScheduler).noquote() << servers.error().toString();
        // Claimed but cannot start (the database went away): close them, never leave them
        // running.
        for (const RunStart &s : std::as_const(starts))
            m_engine.closeRun(s.run.id, RunStatus::Failed, QDateTime::currentDateTimeUtc());
        return false;
    }
    for (RunStart &s : starts)
        s.targets = TaskRepository::selectTargets(s.task, servers.value());
    return true;
}

void Scheduler::startAll(QList<RunStart> starts) {
    if (!starts.isEmpty() && withTargets(starts))
        m_starts.hand(std::move(starts));
}

void Scheduler::startAt(QList<RunStart> starts, const QList<qint64> &dueMs) {
    if (starts.isEmpty() || !withTargets(starts))
        return;
    QList<FireRelease::Fire> fires;
    fires.reserve(starts.size());
    for (qsizetype i = 0; i < starts.size(); ++i)
        fires.append({std::move(starts[i]), dueMs.at(i)});
    m_release->add(std::move(fires));
}

StoreResult<QList<Server>> Scheduler::enabledServers() {
    if (!m_servers) {
        auto list = ServerRepository(m_engine.database()).list({QString(), QString(), true, false});
        if (!list)
            return list.error();
        m_servers = list.value();
    }
    return *m_servers;
}

QStringList Scheduler::globalBlackouts() {
    if (!m_globalBlackouts)
        m_globalBlackouts = Blackouts::global(m_engine.database());
    return *m_globalBlackouts;
}

Scheduler::Standing Scheduler::standing() {
    if (!m_standing) {
        const QDateTime staleBefore = QDateTime::currentDateTimeUtc().addMSecs(-m_options.leaseMs);
        auto ids = EngineRepository(m_engine.database()).liveIds(staleBefore);
        // Unknown, or not among them (its own heartbeat late): alone, claim everything rather
        // than leave fires waiting.
        const qsizetype rank = ids ? ids->indexOf(m_engine.engineId()) : -1;
        m_standing = rank < 0 ? Standing() : Standing{int(rank), int(ids->size())};
    }
    return *m_standing;
}

void Scheduler::rearm() {
    if (!m_running)
        return;
    TaskRepository tasks(m_engine.database());
    if (m_left.lookAgainAt.isValid() && m_left.lookAgainAt > now()) {
        // Fires left to other engines are due already: wake for them only at the end of their
        // grace, or sooner for a fire that falls due after them.
        auto later = tasks.earliestNextFire(m_left.dueBy);
        if (!later) {
            qCWarning(lcScheduler).noquote() << later.error().toString();
            return;
        }
        // The fires left are looked at again at the end of their grace exactly, not ahead.
        if (later->isValid() && later->addMSecs(-wakeLeadMs()) < m_left.lookAgainAt)
            armAt(later.value(), later->addMSecs(-wakeLeadMs()));
        else
            armAt(m_left.lookAgainAt, m_left.lookAgainAt);
        return;
    }
    m_left = {};
    auto earliest = tasks.earliestNextFire();
    if (!earliest) {
        qCWarning(lcScheduler).noquote() << earliest.error().toString();
        return;
    }
    const QDateTime at = earliest.value();
    armAt(at, at.isValid() ? at.addMSecs(-wakeLeadMs()) : at);
}

void Scheduler::armAt(const QDateTime &fireAt, const QDateTime &wakeAt) {
    m_armedFor = wakeAt;
    qint64 nextMs = fireAt.isValid() ? fireAt.toMSecsSinceEpoch() : -1;
    if (const qint64 waiting = m_release ? m_release->earliestMs() : -1; waiting >= 0)
        nextMs = nextMs < 0 ? waiting : qMin(nextMs, waiting);
    m_armedForMs.store(nextMs, std::memory_order_relaxed);
    if (!m_armedFor.isValid()) {
        m_fireTimer.stop();
        return;
    }
    const qint64 ms = std::clamp<qint64>(now().msecsTo(m_armedFor), 0, m_options.maxTimerMs);
    m_fireTimer.start(int(ms));
}

} // namespace fleetcron
