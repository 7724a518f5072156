#pragma once

#include <QString>

#include <optional>

namespace fleetcron {

// The words below are stored in the database, printed by the CLI and returned by the API, so
// they are spelled once here and nowhere else.

enum class ExecutionStatus {
    Pending,
    Running,
    Succeeded,
    Failed,
    TimedOut,
    Unreachable,
    AuthFailed,
    HostKeyRejected,
    Cancelled,
    Interrupted,
};

enum class RunStatus {
    Pending,
    Running,
    Succeeded,
    Failed,
    Partial,
    Skipped,
    Cancelled,
    Interrupted,
};

enum class RunTrigger { Schedule, Manual, Retry, Api, CatchUp };
enum class AuthMethod { Password, Key, Agent };
enum class HostKeyPolicy { AcceptNew, Strict };
enum class TaskKind { Command, Script };
enum class TargetMode { All, One };
enum class OverlapPolicy { Skip, Queue, Parallel };
enum class MisfirePolicy { Skip, RunOnce };
// When a chained task starts after its parent's run (task_links.condition).
enum class ChainCondition { Success, Failure, Always };

QString toString(ExecutionStatus s);
QString toString(RunStatus s);
QString toString(RunTrigger t);
QString toString(AuthMethod a);
QString toString(HostKeyPolicy p);
QString toString(TaskKind k);
QString toString(TargetMode t);
QString toString(OverlapPolicy p);
QString toString(MisfirePolicy p);
QString toString(ChainCondition c);

// Parsers return nothing for an unknown word; callers turn that into a message naming the field.
template <typename E> std::optional<E> enumFromString(const QString &text);

// True once an execution can no longer change.
bool isFinal(ExecutionStatus s);

// A run's status sums its executions: all succeeded, all failed, or a mix.
RunStatus summarize(const QList<ExecutionStatus> &executions);

// Whether a parent run that ended with `status` starts the children linked on `condition`:
// success on `succeeded`; failure on `failed` and `partial` (some server did not succeed);
// always on any of the three. A skipped, cancelled or interrupted run starts nothing: it did
// not run to its end (the operator stopped it, or its engine died).
bool chainFollows(ChainCondition condition, RunStatus status);

} // namespace fleetcron
