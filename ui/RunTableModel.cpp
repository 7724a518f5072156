#include "RunTableModel.h"

#include "DisplayFormat.h"
#include "StatusStyle.h"
#include "model/RunReason.h"
#include "runtime/EngineHost.h"
#include "service/Services.h"

#include <algorithm>

namespace fleetcron {

// How many new runs a poll takes in; beyond that the list is reloaded from the top instead.
static constexpr int pollLimit = 500;

struct RunTableModel::PollResult {
    StoreResult<QList<RunListRow>> newer;
    StoreResult<QList<RunListRow>> current;
};

RunTableModel::RunTableModel(EngineHost &engine, QObject *parent)
    : RowListModel<RunListRow>(parent)
    , m_engine(engine) {
    qRegisterMetaType<QList<fleetcron::RunListRow>>();
}

int RunTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunTableModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RunListRow &row = m_rows.at(index.row());
    const Run &r = row.run;
    if (role == IdRole)
        return r.id;
    if (role == SortRole) {
        switch (index.column()) {
        case Id:
            return r.id;
        case Scheduled:
            return r.scheduledFor.toMSecsSinceEpoch();
        case Started:
            return r.startedAt.isValid() ? r.startedAt.toMSecsSinceEpoch() : qint64(0);
        case Duration:
            return DisplayFormat::durationMs(r.startedAt, r.finishedAt);
        case Executions:
            return row.executions;
        case Parent:
            return r.parentRunId;
        default:
            break;
        }
    }
    if (role == Qt::DisplayRole || role == SortRole) {
        switch (index.column()) {
        case Id:
            return r.id;
        case Task:
            return row.taskName;
        case Status:
            return StatusStyle::label(r.status);
        case Trigger:
            return StatusStyle::label(r.trigger);
        case Scheduled:
            return DisplayFormat::time(r.scheduledFor);
        case Started:
            return DisplayFormat::time(r.startedAt);
        case Duration:
            return DisplayFormat::duration(r.startedAt, r.finishedAt);
        case Executions:
            if (row.active > 0)
                return tr("%1 (%2 running)").arg(row.executions).arg(row.active);
            if (row.unsuccessful > 0)
                return tr("%1 (%2 not ok)").arg(row.executions).arg(row.unsuccessful);
            return row.executions;
        case Engine:
            return r.engineId;
        case Parent:
            return r.parentRunId > 0 ? QVariant(r.parentRunId) : QVariant();
        case Reason:
            return runReasonText(r.reason);
        }
    }
    // The status says "skipped"; hovering it says why.
    if (role == Qt::ToolTipRole && index.column() == Status && !r.reason.isEmpty())
        return runReasonText(r.reason);
    if (role == Qt::DecorationRole && index.column() == Status)
        return StatusStyle::icon(r.status);
    if (role == Qt::ForegroundRole && index.column() == Status)
        return StatusStyle::colour(r.status);
    if (role == Qt::TextAlignmentRole &&
        (index.column() == Id || index.column() == Duration || index.column() == Parent))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant RunTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Id:
        return tr("Run");
    case Task:
        return tr("Task");
    case Status:
        return tr("Status");
    case Trigger:
        return tr("Trigger");
    case Scheduled:
        return tr("Scheduled");
    case Started:
        return tr("Started");
    case Duration:
        return tr("Duration");
    case Executions:
        return tr("Servers");
    case Engine:
        return tr("Engine");
    case Parent:
        return tr("Started by run");
    case Reason:
        return tr("Reason");
    }
    return {};
}

bool RunTableModel::canFetchMore(const QModelIndex &parent) const {
    return !parent.isValid() && !m_exhausted;
}

void RunTableModel::fetchMore(const QModelIndex &parent) {
    if (parent.isValid() || m_exhausted || m_fetching)
        return;
    m_fetching = true;
    const qint64 before = m_rows.isEmpty() ? 0 : m_rows.last().run.id;
    m_engine.read(
        this,
        [filter = m_filter, before](Services &services) {
            // One more than a page: whether there is more is known without an empty fetch.
            return services.runs.page(filter, before, pageSize + 1);
        },
        [this, generation = m_generation](StoreResult<QList<RunListRow>> page) {
            if (generation != m_generation)
                return; // the filter changed meanwhile
            if (!page) {
                m_fetching = false;
                m_exhausted = true;
                emit loadFailed(page.error().toString());
                return;
            }
            m_loadedOnce = true;
            QList<RunListRow> rows = std::move(page).value();
            // A poll may have inserted rows meanwhile only at the top, so the page still
            // continues the list; drop anything not older than the current last row.
            const qint64 last =
                m_rows.isEmpty() ? std::numeric_limits<qint64>::max() : m_rows.last().run.id;
            rows.erase(std::remove_if(rows.begin(), rows.end(),
                                      [last](const RunListRow &r) { return r.run.id >= last; }),
                       rows.end());
            if (rows.size() > pageSize)
                rows.resize(pageSize);
            else
                m_exhausted = true;
            if (!rows.isEmpty()) {
                beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size()) - 1);
                m_rows.append(rows);
                endInsertRows();
            }
            // Only now: a view reacting to the inserted rows may ask for the next page, which
            // must start after them.
            m_fetching = false;
            emit pageLoaded(int(rows.size()));
        });
}

void RunTableModel::setFilter(const RunService::PageFilter &filter) {
    if (filter == m_filter && m_loadedOnce)
        return;
    m_filter = filter;
    reload();
}

void RunTableModel::reload() {
    ++m_generation;
    beginResetModel();
    m_rows.clear();
    m_exhausted = false;
    m_fetching = false;
    m_polling = false;
    m_loadedOnce = false;
    endResetModel();
    fetchMore({});
}

int RunTableModel::rowOfRun(qint64 runId) const {
    // Rows are ordered by id, newest first: a binary search, whatever has been loaded.
    auto it = std::lower_bound(m_rows.cbegin(), m_rows.cend(), runId,
                               [](const RunListRow &row, qint64 id) { return row.run.id > id; });
    return it != m_rows.cend() && it->run.id == runId ? int(it - m_rows.cbegin()) : -1;
}

void RunTableModel::poll() {
    if (m_polling || !m_loadedOnce)
        return;
    m_polling = true;
    const qint64 newest = m_rows.isEmpty() ? 0 : m_rows.first().run.id;
    QList<qint64> active;
    for (const RunListRow &row : std::as_const(m_rows)) {
        if (StatusStyle::isActive(row.run.status) || row.active > 0)
            active << row.run.id;
    }
    m_engine.read(
        this,
        [filter = m_filter, newest, active](Services &services) {
            return PollResult{services.runs.newerThan(filter, newest, pollLimit),
                              services.runs.byIds(active)};
        },
        [this, generation = m_generation](PollResult result) {
            if (generation != m_generation)
                return;
            m_polling = false;
            applyPoll(std::move(result));
        });
}

void RunTableModel::applyPoll(PollResult result) {
    if (!result.newer || !result.current) {
        emit loadFailed(!result.newer ? result.newer.error().toString()
                                      : result.current.error().toString());
        return;
    }
    QList<RunListRow> failed;
    QList<qint64> updated;
    const QList<RunListRow> &newer = result.newer.value();
    if (newer.size() >= pollLimit) {
        reload(); // far behind: start again from the top
        return;
    }
    if (!newer.isEmpty()) {
        // Only rows newer than the current first row, in case a page and a poll overlapped.
        QList<RunListRow> fresh;
        const qint64 first = m_rows.isEmpty() ? 0 : m_rows.first().run.id;
        for (const RunListRow &row : newer) {
            if (row.run.id > first) {
                fresh << row;
                if (StatusStyle::isFailure(row.run.status))
                    failed << row;
            }
        }
        if (!fresh.isEmpty()) {
            beginInsertRows({}, 0, int(fresh.size()) - 1);
            m_rows = fresh + m_rows;
            endInsertRows();
        }
    }
    int firstChanged = -1;
    int lastChanged = -1;
    for (const RunListRow &now : result.current.value()) {
        const int row = rowOfRun(now.run.id);
        if (row < 0)
            continue;
        RunListRow &before = m_rows[row];
        if (StatusStyle::isActive(before.run.status) && StatusStyle::isFailure(now.run.status))
            failed << now;
        before = now;
        updated << now.run.id;
        firstChanged = firstChanged < 0 ? row : qMin(firstChanged, row);
        lastChanged = qMax(lastChanged, row);
    }
    // One signal for every row the poll touched (running durations tick as well).
    if (firstChanged >= 0)
        emit dataChanged(index(firstChanged, 0), index(lastChanged, ColumnCount - 1));
    if (!updated.isEmpty())
        emit runsUpdated(updated);
    if (!failed.isEmpty())
        emit runsFailed(failed);
}

} // namespace fleetcron
