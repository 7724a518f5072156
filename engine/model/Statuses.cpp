#include "Statuses.h"

#include <QList>

#include <array>
#include <utility>

namespace fleetcron {
namespace {

template <typename E, std::size_t N> using Names = std::array<std::pair<E, const char *>, N>;

constexpr Names<ExecutionStatus, 10> executionNames{{
    {ExecutionStatus::Pending, "pending"},
    {ExecutionStatus::Running, "running"},
    {ExecutionStatus::Succeeded, "succeeded"},
    {ExecutionStatus::Failed, "failed"},
    {ExecutionStatus::TimedOut, "timed-out"},
    {ExecutionStatus::Unreachable, "unreachable"},
    {ExecutionStatus::AuthFailed, "auth-failed"},
    {ExecutionStatus::HostKeyRejected, "host-key-rejected"},
    {ExecutionStatus::Cancelled, "cancelled"},
    {ExecutionStatus::Interrupted, "interrupted"},
}};

constexpr Names<RunStatus, 8> runNames{{
    {RunStatus::Pending, "pending"},
    {RunStatus::Running, "running"},
    {RunStatus::Succeeded, "succeeded"},
    {RunStatus::Failed, "failed"},
    {RunStatus::Partial, "partial"},
    {RunStatus::Skipped, "skipped"},
    {RunStatus::Cancelled, "cancelled"},
    {RunStatus::Interrupted, "interrupted"},
}};

constexpr Names<RunTrigger, 5> triggerNames{{
    {RunTrigger::Schedule, "schedule"},
    {RunTrigger::Manual, "manual"},
    {RunTrigger::Retry, "retry"},
    {RunTrigger::Api, "api"},
    {RunTrigger::CatchUp, "catch-up"},
}};

constexpr Names<AuthMethod, 3> authNames{{
    {AuthMethod::Password, "password"},
    {AuthMethod::Key, "key"},
    {AuthMethod::Agent, "agent"},
}};

constexpr Names<HostKeyPolicy, 2> hostKeyNames{{
    {HostKeyPolicy::AcceptNew, "accept-new"},
    {HostKeyPolicy::Strict, "strict"},
}};

constexpr Names<TaskKind, 2> kindNames{{
    {TaskKind::Command, "command"},
    {TaskKind::Script, "script"},
}};

constexpr Names<TargetMode, 2> targetNames{{
    {TargetMode::All, "all"},
    {TargetMode::One, "one"},
}};

constexpr Names<OverlapPolicy, 3> overlapNames{{
    {OverlapPolicy::Skip, "skip"},
    {OverlapPolicy::Queue, "queue"},
    {OverlapPolicy::Parallel, "parallel"},
}};

constexpr Names<MisfirePolicy, 2> misfireNames{{
    {MisfirePolicy::Skip, "skip"},
    {MisfirePolicy::RunOnce, "run-once"},
}};

constexpr Names<ChainCondition, 3> chainNames{{
    {ChainCondition::Success, "success"},
    {ChainCondition::Failure, "failure"},
    {ChainCondition::Always, "always"},
}};

template <typename E, std::size_t N> QString nameOf(const Names<E, N> &names, E value) {
    for (const auto &[v, name] : names) {
        if (v == value)
            return QString::fromLatin1(name);
    }
    return {};
}

template <typename E, std::size_t N>
std::optional<E> valueOf(const Names<E, N> &names, const QString &text) {
    for (const auto &[v, name] : names) {
        if (text == QLatin1String(name))
            return v;
    }
    return std::nullopt;
}

} // namespace

QString toString(ExecutionStatus s) {
    return nameOf(executionNames, s);
}
QString toString(RunStatus s) {
    return nameOf(runNames, s);
}
QString toString(RunTrigger t) {
    return nameOf(triggerNames, t);
}
QString toString(AuthMethod a) {
    return nameOf(authNames, a);
}
QString toString(HostKeyPolicy p) {
    return nameOf(hostKeyNames, p);
}
QString toString(TaskKind k) {
    return nameOf(kindNames, k);
}
QString toString(TargetMode t) {
    return nameOf(targetNames, t);
}
QString toString(OverlapPolicy p) {
    return nameOf(overlapNames, p);
}
QString toString(MisfirePolicy p) {
    return nameOf(misfireNames, p);
}
QString toString(ChainCondition c) {
    return nameOf(chainNames, c);
}

template <> std::optional<ExecutionStatus> enumFromString(const QString &t) {
    return valueOf(executionNames, t);
}
template <> std::optional<RunStatus> enumFromString(const QString &t) {
    return valueOf(runNames, t);
}
template <> std::optional<RunTrigger> enumFromString(const QString &t) {
    return valueOf(triggerNames, t);
}
template <> std::optional<AuthMethod> enumFromString(const QString &t) {
    return valueOf(authNames, t);
}
template <> std::optional<HostKeyPolicy> enumFromString(const QString &t) {
    return valueOf(hostKeyNames, t);
}
template <> std::optional<TaskKind> enumFromString(const QString &t) {
    return valueOf(kindNames, t);
}
template <> std::optional<TargetMode> enumFromString(const QString &t) {
    return valueOf(targetNames, t);
}
template <> std::optional<OverlapPolicy> enumFromString(const QString &t) {
    return valueOf(overlapNames, t);
}
template <> std::optional<MisfirePolicy> enumFromString(const QString &t) {
    return valueOf(misfireNames, t);
}
template <> std::optional<ChainCondition> enumFromString(const QString &t) {
    return valueOf(chainNames, t);
}

bool chainFollows(ChainCondition condition, RunStatus status) {
    const bool success = status == RunStatus::Succeeded;
    const bool failure = status == RunStatus::Failed || status == RunStatus::Partial;
    switch (condition) {
    case ChainCondition::Success:
        return success;
    case ChainCondition::Failure:
        return failure;
    case ChainCondition::Always:
        return success || failure;
    }
    return false;
}

bool isFinal(ExecutionStatus s) {
    return s != ExecutionStatus::Pending && s != ExecutionStatus::Running;
}

RunStatus summarize(const QList<ExecutionStatus> &executions) {
    if (executions.isEmpty())
        return RunStatus::Pending;
    bool anyRunning = false;
    bool anyInterrupted = false;
    bool allCancelled = true;
    int succeeded = 0;
    for (ExecutionStatus s : executions) {
        anyRunning |= !isFinal(s);
        anyInterrupted |= s == ExecutionStatus::Interrupted;
        allCancelled &= s == ExecutionStatus::Cancelled;
        succeeded += s == ExecutionStatus::Succeeded ? 1 : 0;
    }
    if (anyRunning)
        return RunStatus::Running;
    if (succeeded == executions.size())
        return RunStatus::Succeeded;
    if (allCancelled)
        return RunStatus::Cancelled;
    if (anyInterrupted)
        return RunStatus::Interrupted;
    return succeeded == 0 ? RunStatus::Failed : RunStatus::Partial;
}

} // namespace fleetcron
