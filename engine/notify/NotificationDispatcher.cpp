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
    , m_outbox(new NotificationOutbox(db, secrets, options.outbox, this)) {}

void NotificationDispatcher::watch(EngineEvents &events) {
    connect(&events, &EngineEvents::runStarted, this, &NotificationDispatcher::onRunStarted);
    connect(&events, &EngineEvents::executionFinished, this,
            &NotificationDispatcher::onExecutionFinished);
    connect(&events, &EngineEvents::runFinished, this, &NotificationDispatcher::onRunFinished);
    connect(&events, &EngineEvents::enginesLost, this, &NotificationDispatcher::onEnginesLost);
}

QList<NotificationRule> NotificationDispatcher::rulesFor(qint64 taskId) {
    if (!m_rulesAge.isValid() || m_rulesAge.elapsed() >= m_options.rulesRefreshMs) {
        m_rulesAge.start();
        m_taskNames.clear();
        if (auto all = NotificationRepository(m_db).list())
            m_rules = all.value();
        else // keep the rules known so far; the store may be back next time
            qCWarning(lcDispatch).noquote() << all.error().toString();
    }
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
    QHash<qint64, QString> names;
    for (const Execution &x : state->executions) {
        NotificationEvent::ServerResult s;
        s.serverId = x.serverId;
        if (!names.contains(x.serverId)) {
            auto server = ServerRepository(m_db).find(x.serverId, true);
            names.insert(x.serverId, server ? server->name : QString());
        }
        s.server = names.value(x.serverId);
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
