#include "OutputDiffService.h"

#include "store/ExecutionRepository.h"
#include "store/RunRepository.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace fleetcron {
namespace {

// It ran to an end. Unreachable, auth failure, host key and pending never ran the command, so
// their (empty) output says nothing about what it prints.
bool hasRun(const Execution &e) {
    switch (e.status) {
    case ExecutionStatus::Succeeded:
    case ExecutionStatus::Failed:
    case ExecutionStatus::TimedOut:
    case ExecutionStatus::Cancelled:
    case ExecutionStatus::Interrupted:
        return e.startedAt.isValid();
    case ExecutionStatus::Pending:
    case ExecutionStatus::Running:
    case ExecutionStatus::Unreachable:
    case ExecutionStatus::AuthFailed:
    case ExecutionStatus::HostKeyRejected:
        break;
    }
    return false;
}

QString kindName(DiffLine::Kind kind) {
    switch (kind) {
    case DiffLine::Kind::Same:
        return QStringLiteral("same");
    case DiffLine::Kind::Removed:
        return QStringLiteral("removed");
    case DiffLine::Kind::Added:
        break;
    }
    return QStringLiteral("added");
}

QJsonObject streamJson(const LineDiff::Result &diff) {
    QJsonArray lines;
    for (const DiffLine &l : diff.lines)
        lines.append(QJsonObject{{QStringLiteral("kind"), kindName(l.kind)},
                                 {QStringLiteral("text"), l.text},
                                 {QStringLiteral("old_line"), l.oldNumber},
                                 {QStringLiteral("new_line"), l.newNumber}});
    return {{QStringLiteral("identical"), diff.identical()},
            {QStringLiteral("gave_up"), diff.gaveUp},
            {QStringLiteral("lines"), lines}};
}

} // namespace

std::optional<OutputDiffService::Streams> OutputDiffService::streams(const QString &name) {
    if (name == QStringLiteral("both"))
        return Streams{true, true};
    if (name == QStringLiteral("stdout"))
        return Streams{true, false};
    if (name == QStringLiteral("stderr"))
        return Streams{false, true};
    return std::nullopt;
}

bool OutputDiffService::differ(const Comparison &c, Streams streams) {
    return (streams.out && !c.stdoutDiff.identical()) || (streams.err && !c.stderrDiff.identical());
}

QJsonObject OutputDiffService::json(const Comparison &c, Streams streams) {
    QJsonObject doc{{QStringLiteral("execution_id"), c.current.id},
                    {QStringLiteral("task_id"), c.taskId},
                    {QStringLiteral("previous_execution_id"),
                     c.previous ? QJsonValue(c.previous->id) : QJsonValue::Null},
                    {QStringLiteral("identical"), !differ(c, streams)}};
    if (streams.out)
        doc.insert(QStringLiteral("stdout"), streamJson(c.stdoutDiff));
    if (streams.err)
        doc.insert(QStringLiteral("stderr"), streamJson(c.stderrDiff));
    return doc;
}

OutputDiffService::OutputDiffService(Database &db)
    : m_db(db) {}

StoreResult<OutputDiffService::Comparison>
OutputDiffService::compare(qint64 executionId, std::optional<qint64> againstId) {
    ExecutionRepository executions(m_db);
    auto current = executions.find(executionId);
    if (!current)
        return current.error();
    if (!current->startedAt.isValid())
        return StoreError::invalid(
            QCoreApplication::translate("OutputDiffService",
                                        "execution %1 has not run yet (%2): nothing to compare")
                .arg(executionId)
                .arg(toString(current->status)),
            QStringLiteral("execution"));
    auto run = RunRepository(m_db).find(current->runId);
    if (!run)
        return run.error();
    Comparison c;
    c.current = current.value();
    c.taskId = run->taskId;
    if (againstId) {
        auto other = executions.find(*againstId);
        if (!other)
            return other.error();
        c.previous = other.value();
    } else {
        auto previous = previousOf(c.current, c.taskId);
        if (!previous)
            return previous.error();
        c.previous = previous.value();
    }
    const Execution before = c.previous.value_or(Execution{});
    c.stdoutDiff = LineDiff::compare(LineDiff::lines(before.stdoutData),
                                     LineDiff::lines(c.current.stdoutData));
    c.stderrDiff = LineDiff::compare(LineDiff::lines(before.stderrData),
                                     LineDiff::lines(c.current.stderrData));
    return c;
}

StoreResult<std::optional<Execution>> OutputDiffService::previousOf(const Execution &current,
                                                                    qint64 taskId) {
    ExecutionRepository executions(m_db);
    ExecutionRepository::Filter filter;
    filter.taskId = taskId;
    filter.serverId = current.serverId;
    filter.to = current.startedAt; // started before it; newest first
    filter.limit = 50;
    auto earlier = executions.list(filter);
    if (!earlier)
        return earlier.error();
    for (const Execution &e : earlier.value()) {
        // Another run's, and one that ran to an end: its last attempt comes first.
        if (e.runId == current.runId || e.id == current.id || !hasRun(e))
            continue;
        auto whole = executions.find(e.id);
        if (!whole)
            return whole.error();
        return std::optional<Execution>(whole.value());
    }
    return std::optional<Execution>();
}

} // namespace fleetcron
