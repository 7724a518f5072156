#include "ChainStarter.h"

#include "store/RunRepository.h"
#include "store/TaskRepository.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSet>

namespace fleetcron {
namespace {

Q_LOGGING_CATEGORY(lcChain, "fleetcron.scheduler")

} // namespace

ChainStarter::ChainStarter(Database &db)
    : m_db(db) {}

StoreResult<QList<Task>> ChainStarter::children(qint64 taskId, RunStatus status) {
    TaskRepository tasks(m_db);
    auto parent = tasks.find(taskId);
    if (!parent) {
        if (parent.error().kind == StoreError::Kind::NotFound)
            return QList<Task>(); // deleted while its run ended: nothing to follow
        return parent.error();
    }
    QList<Task> out;
    QSet<qint64> seen;
    for (const TaskLink &l : std::as_const(parent->links)) {
        if (!chainFollows(l.condition, status) || seen.contains(l.taskId))
            continue;
        seen.insert(l.taskId);
        auto child = tasks.find(l.taskId);
        if (!child) {
            if (child.error().kind != StoreError::Kind::NotFound)
                return child.error();
            continue;
        }
        if (!child->enabled) {
            qCInfo(lcChain).noquote()
                << QCoreApplication::translate("ChainStarter",
                                               "task=%1 not chained from task=%2: it is disabled")
                       .arg(child->name, parent->name);
            continue;
        }
        out << child.value();
    }
    return out;
}

QString ChainStarter::reason(qint64 parentRunId, RunStatus parentStatus) {
    const ChainCondition met =
        parentStatus == RunStatus::Succeeded ? ChainCondition::Success : ChainCondition::Failure;
    return QStringLiteral("chained from run %1 (%2)").arg(parentRunId).arg(toString(met));
}

std::optional<std::optional<Run>> ChainStarter::record(const Task &child, const Run &run,
                                                       const QString &reason) {
    const bool skipped = run.status == RunStatus::Skipped;
    auto stored = insert(run, skipped ? reason + QStringLiteral(", skipped: its previous run is "
                                                                "still active")
                                      : reason);
    if (!stored) {
        qCWarning(lcChain).noquote()
            << QStringLiteral("task=") + child.name << stored.error().toString();
        return std::nullopt;
    }
    if (stored->has_value())
        qCInfo(lcChain).noquote() << QStringLiteral("task=%1 run=%2 %3%4")
                                         .arg(child.name)
                                         .arg((*stored)->id)
                                         .arg(reason, skipped
                                                          ? QStringLiteral(": skipped (overlap)")
                                                          : QString());
    return stored.value();
}

StoreResult<std::optional<Run>> ChainStarter::insert(const Run &run, const QString &reason) {
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    RunRepository runs(m_db);
    auto created = runs.create(run);
    if (!created) {
        if (created.error().kind != StoreError::Kind::Duplicate)
            return created.error();
        tx.rollback();
        return std::optional<Run>();
    }
    if (auto noted = runs.setReason(created->id, reason); !noted)
        return noted.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return std::optional<Run>(created.value());
}

} // namespace fleetcron
