#include "NotificationDispatcher.h"

#include "core/EngineEvents.h"
#include "store/NotificationRepository.h"
#include "store/RunRepository.h"
#include "store/ServerRepository.h"
#include "store/TaskRepository.h"

#include <QLoggingCategory>

#include <algorithm>

namespace fleetcron {
namespace {

Q_LOGGING_CATEGORY(lcDispatch, "fleetcron.notify")

constexpr qint64 namesRefreshMs = 60'000;

bool isFailure(RunStatus s) {
    return s == RunStatus::Failed || s == RunStatus::Partial || s == RunStatus::Interrupted;
}

// Skipped and cancelled runs say nothing about whether the task works.
bool saysSomething(RunStatus s) {
    return s == RunStatus::Succeeded || isFailure(s);
}

qint64 median(QList<qint64> values) {
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

} // namespace

NotificationDispatcher::NotificationDispatcher(Database &db, SecretStore *secrets,
                                               const QString &engineId, const Options &options,
                                               QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_engineId(engineId)
    , m_options(options)
    , m_outbox(new NotificationOutbox(db, secrets, options.outbox, this))
    , m_inbox(std::make_shared<NotificationInbox>(options.inboxCapacity))
    , m_refreshTimer(this) {
    // Posts only; runs on whichever engine thread pushed, under the inbox's lock.
    m_inbox->setWake([this] {
        QMetaObject::invokeMethod(
            this, [this] { drain(); }, Qt::QueuedConnection);
    });
    // The first read on the dispatcher's thread (this posted call moves there with the object).
    QMetaObject::invokeMethod(
        this, [this] { refreshRules(); }, Qt::QueuedConnection);
    // Read on a timer too, not only when events come: the inbox lets in only the runs of tasks
    // the rules known here name, so a new rule must be seen without waiting for one of them.
    if (m_options.rulesRefreshMs > 0) {
        m_refreshTimer.setInterval(m_options.rulesRefreshMs);
        connect(&m_refreshTimer, &QTimer::timeout, this, &NotificationDispatcher::refreshRules);
        m_refreshTimer.start();
    }
}

NotificationDispatcher::~NotificationDispatcher() {
    for (const QMetaObject::Connection &c : std::as_const(m_connections))
        QObject::disconnect(c);
    m_inbox->close();
}

void NotificationDispatcher::watch(EngineEvents &events) {
    // Direct: these run on the emitting engine thread and only append to the inbox (see
    // NotificationInbox for why not queued signals). They hold the inbox, not this object.
    const std::shared_ptr<NotificationInbox> inbox = m_inbox;
    m_connections << connect(
        &events, &EngineEvents::runStarted, &events,
        [inbox](qint64 runId, qint64 taskId) {
            InboxEvent e;
            e.kind = InboxEvent::RunStarted;
            e.runId = runId;
            e.taskId = taskId;
            inbox->push(std::move(e));
        },
        Qt::DirectConnection);
    m_connections << connect(
        &events, &EngineEvents::executionFinished, &events,
        [inbox](const Execution &execution) {
            InboxEvent e;
            e.kind = InboxEvent::ExecutionFinished;
            e.runId = execution.runId;
            e.execution = execution;
            inbox->push(std::move(e));
        },
        Qt::DirectConnection);
    m_connections << connect(
        &events, &EngineEvents::runFinished, &events,
        [inbox](qint64 runId, qint64 taskId, RunStatus status) {
            InboxEvent e;
            e.kind = InboxEvent::RunFinished;
            e.runId = runId;
            e.taskId = taskId;
            e.status = status;
            inbox->push(std::move(e));
        },
        Qt::DirectConnection);
    m_connections << connect(
        &events, &EngineEvents::enginesLost, &events,
        [inbox](const QStringList &engineIds, const QList<qint64> &runIds) {
            InboxEvent e;
            e.kind = InboxEvent::EnginesLost;
            e.engineIds = engineIds;
            e.runIds = runIds;
            inbox->push(std::move(e));
        },
        Qt::DirectConnection);
}

void NotificationDispatcher::drain() {
    bool more = false;
    const QList<InboxEvent> slice = m_inbox->take(qMax(1, m_options.sliceSize), &more);
    for (const InboxEvent &e : slice) {
        switch (e.kind) {
        case InboxEvent::RunStarted:
            onRunStarted(e.runId, e.taskId);
            break;
        case InboxEvent::ExecutionFinished:
            onExecutionFinished(e.execution);
            break;
        case InboxEvent::RunFinished:
            onRunFinished(e.runId, e.taskId, e.status);
            break;
        case InboxEvent::EnginesLost:
            onEnginesLost(e.engineIds, e.runIds);
            break;
        }
    }
    if (const qint64 dropped = m_inbox->takeDropped()) {
        m_droppedEvents += dropped;
        qCWarning(lcDispatch).noquote()
            << tr("%1 run events dropped: the notification queue was full (%2 dropped since the "
                  "start)")
                   .arg(dropped)
                   .arg(m_droppedEvents);
    }
    // Behind the replies and timers already waiting: they run before the next slice.
    if (more)
        QMetaObject::invokeMethod(
            this, [this] { drain(); }, Qt::QueuedConnection);
}

void NotificationDispatcher::refreshRules() {
    m_rulesAge.start();
    // Names are read once a minute at most: re-reading every task's every 2 s cost the 100
    // fires/s bench ~500 store reads a second on this thread (a rename shows within a minute).
    if (!m_namesAge.isValid() || m_namesAge.elapsed() >= namesRefreshMs) {
        m_namesAge.start();
        m_taskNames.clear();
        m_serverNames.clear();
    }
    auto all = NotificationRepository(m_db).list();
    if (!all) { // keep the rules known so far; the store may be back next time
        qCWarning(lcDispatch).noquote() << all.error().toString();
        return;
    }
    m_rules = all.value();
    if (m_options.rulesRefreshMs <= 0)
        return; // read at every event: the inbox lets every event in
    bool everyTask = false;
    QSet<qint64> tasks;
    for (const NotificationRule &r : std::as_const(m_rules)) {
        if (!r.enabled)
            continue;
        everyTask = everyTask || r.isGlobal();
        tasks.insert(r.taskId);
    }
    m_inbox->setInterest(everyTask, tasks);
}

QList<NotificationRule> NotificationDispatcher::rulesFor(qint64 taskId) {
    if (!m_rulesAge.isValid() || m_rulesAge.elapsed() >= m_options.rulesRefreshMs)
        refreshRules();
    QList<NotificationRule> out;
    for (const NotificationRule &r : std::as_const(m_rules)) {
        if (r.enabled && (r.isGlobal() || r.taskId == taskId))
            out << r;
    }
    return out;
}

void NotificationDispatcher::onRunStarted(qint64 runId, qint64 taskId) {
    const QList<NotificationRule> rules = rulesFor(taskId);
    if (rules.isEmpty())
        return;
    RunState &state = m_runs[runId];
    state.taskId = taskId;
    state.startedAt = QDateTime::currentDateTimeUtc();
    // Read once here, so the events of this run need no store read of it.
    if (auto run = RunRepository(m_db).find(runId)) {
        state.trigger = toString(run->trigger);
        if (run->startedAt.isValid())
            state.startedAt = run->startedAt;
    }
    QList<NotificationRule> pings;
    for (const NotificationRule &r : rules) {
        if (r.wants(QStringLiteral("start")))
            pings << r;
    }
    if (!pings.isEmpty())
        send(pings, eventFor(QStringLiteral("start"), runId, taskId));
    armSlowTimers(runId, state, rules);
}

void NotificationDispatcher::armSlowTimers(qint64 runId, RunState &state,
                                           const QList<NotificationRule> &rules) {
    QList<NotificationRule> slow;
    for (const NotificationRule &r : rules) {
        if (r.wants(QStringLiteral("slow")))
            slow << r;
    }
    if (slow.isEmpty())
        return;
    auto durations =
        NotificationRepository(m_db).recentSuccessDurations(state.taskId, m_options.samplesForSlow);
    if (!durations || durations->size() < m_options.minSamplesForSlow)
        return;
    const qint64 typical = qMax<qint64>(1, median(durations.value()));
    for (const NotificationRule &r : slow) {
        auto *timer = new QTimer(this);
        timer->setSingleShot(true);
        connect(timer, &QTimer::timeout, this, [this, timer, runId, r, typical] {
            timer->deleteLater();
            const auto it = m_runs.constFind(runId);
            if (it == m_runs.constEnd())
                return;
            NotificationEvent e = eventFor(QStringLiteral("slow"), runId, it->taskId);
            e.medianMs = typical;
            e.slowFactor = r.slowFactor;
            send({r}, e);
        });
        timer->start(int(qMin<double>(double(typical) * r.slowFactor, 24.0 * 3600 * 1000)));
        state.slowTimers << timer;
    }
}

void NotificationDispatcher::onExecutionFinished(const Execution &execution) {
    auto it = m_runs.find(execution.runId);
    if (it == m_runs.end())
        return;
    // A retried server ends more than once: its last attempt is what the run came to.
    for (Execution &known : it->executions) {
        if (known.serverId == execution.serverId) {
            known = execution;
            return;
        }
    }
    it->executions << execution;
}

bool NotificationDispatcher::recoveredNow(qint64 taskId, qint64 runId, RunStatus status) {
    std::optional<RunStatus> before;
    if (m_lastOutcome.contains(taskId))
        before = m_lastOutcome.value(taskId);
    else if (auto stored = NotificationRepository(m_db).previousOutcome(taskId, runId))
        before = stored.value();
    return status == RunStatus::Succeeded && before && isFailure(*before);
}

void NotificationDispatcher::onRunFinished(qint64 runId, qint64 taskId, RunStatus status) {
    const QList<NotificationRule> rules = rulesFor(taskId);
    if (rules.isEmpty()) {
        m_runs.remove(runId);
        if (saysSomething(status))
            m_lastOutcome.insert(taskId, status);
        return;
    }
    QStringList events;
    if (status == RunStatus::Succeeded)
        events << QStringLiteral("success");
    if (isFailure(status))
        events << QStringLiteral("failure");
    const bool anyWantsRecovered = std::any_of(rules.cbegin(), rules.cend(), [](const auto &r) {
        return r.wants(QStringLiteral("recovered"));
    });
    if (anyWantsRecovered && recoveredNow(taskId, runId, status))
        events << QStringLiteral("recovered");
    if (saysSomething(status))
        m_lastOutcome.insert(taskId, status);
    for (const QString &what : std::as_const(events)) {
        QList<NotificationRule> wanting;
        for (const NotificationRule &r : rules) {
            if (r.wants(what))
                wanting << r;
        }
        if (wanting.isEmpty())
            continue;
        NotificationEvent e = eventFor(what, runId, taskId);
        e.runStatus = toString(status);
        e.finishedAt = QDateTime::currentDateTimeUtc();
        send(wanting, e);
    }
    const RunState state = m_runs.take(runId);
    for (const QPointer<QTimer> &t : state.slowTimers) {
        if (t)
            t->deleteLater();
    }
}

void NotificationDispatcher::onEnginesLost(const QStringList &engineIds,
                                           const QList<qint64> &runIds) {
    auto lost = [&](qint64 runId, qint64 taskId) {
        QList<NotificationRule> wanting;
        for (const NotificationRule &r : rulesFor(taskId)) {
            // A rule for one task hears of its runs only; a global one of every loss.
            if (r.wants(QStringLiteral("engine-lost")) && (taskId != 0 || r.isGlobal()))
                wanting << r;
        }
        if (wanting.isEmpty())
            return;
        NotificationEvent e = eventFor(QStringLiteral("engine-lost"), runId, taskId);
        e.lostEngines = engineIds;
        e.runStatus = runId ? toString(RunStatus::Interrupted) : QString();
        send(wanting, e);
    };
    if (runIds.isEmpty()) {
        lost(0, 0);
        return;
    }
    for (const qint64 runId : runIds) {
        auto task = NotificationRepository(m_db).taskOfRun(runId);
        lost(runId, task ? task.value() : 0);
    }
}

NotificationEvent NotificationDispatcher::eventFor(const QString &what, qint64 runId,
                                                   qint64 taskId) {
    NotificationEvent e;
    e.event = what;
    e.engineId = m_engineId;
    e.at = QDateTime::currentDateTimeUtc();
    e.taskId = taskId;
    e.runId = runId;
    e.taskName = taskName(taskId);
    const auto state = m_runs.constFind(runId);
    if (state == m_runs.constEnd()) {
        // A run this engine did not see start (failover's): the store has it.
        if (runId != 0) {
            if (auto run = RunRepository(m_db).find(runId)) {
                e.trigger = toString(run->trigger);
                e.startedAt = run->startedAt;
                e.runStatus = toString(run->status);
            }
        }
        return e;
    }
    e.trigger = state->trigger;
    e.startedAt = state->startedAt;
    e.runStatus = toString(RunStatus::Running);
    for (const Execution &x : state->executions) {
        NotificationEvent::ServerResult s;
        s.serverId = x.serverId;
        if (!m_serverNames.contains(x.serverId)) {
            auto server = ServerRepository(m_db).find(x.serverId, true);
            m_serverNames.insert(x.serverId, server ? server->name : QString());
        }
        s.server = m_serverNames.value(x.serverId);
        s.status = toString(x.status);
        s.exitCode = x.exitCode;
        s.exitSignal = x.exitSignal;
        s.error = x.error;
        s.stderrHead = x.stderrData.left(NotificationPayload::stderrHeadBytes);
        s.stderrCut = x.stderrTruncated || x.stderrData.size() > s.stderrHead.size();
        e.servers << s;
    }
    return e;
}

QString NotificationDispatcher::taskName(qint64 taskId) {
    if (taskId == 0)
        return {};
    auto known = m_taskNames.constFind(taskId);
    if (known != m_taskNames.constEnd())
        return *known;
    auto task = TaskRepository(m_db).find(taskId);
    const QString name = task ? task->name : QString();
    m_taskNames.insert(taskId, name);
    return name;
}

void NotificationDispatcher::send(const QList<NotificationRule> &rules,
                                  const NotificationEvent &event) {
    for (const NotificationRule &r : rules)
        m_outbox->enqueue(r, event);
}

} // namespace fleetcron
