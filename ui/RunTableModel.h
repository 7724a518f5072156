#pragma once

#include "RowListModel.h"
#include "service/RunService.h"
#include "store/RunListRow.h"

namespace fleetcron {

class EngineHost;

// The Runs view: runs newest first, loaded a page at a time as the view scrolls
// (canFetchMore/fetchMore through RunService on the reader thread), filtered in the query so
// a million runs never come into memory. poll() asks the database, not the engine, what is new
// or changed, so runs of a daemon sharing the database show up as well as the console's own.
// Rows stay ordered by id, newest first; new runs are inserted at the top.
class RunTableModel : public RowListModel<RunListRow> {
    Q_OBJECT
public:
    enum Column {
        Id,
        Task,
        Status,
        Trigger,
        Scheduled,
        Started,
        Duration,
        Executions,
        Engine,
        Parent, // the run whose end started this one (task chaining)
        Reason, // why a run ended without running (skipped), in the console's language
        ColumnCount
    };

    explicit RunTableModel(EngineHost &engine, QObject *parent = nullptr);

    static constexpr int pageSize = 200;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    const RunService::PageFilter &filter() const { return m_filter; }
    // Drops what is loaded and starts again from the newest run matching the filter.
    void setFilter(const RunService::PageFilter &filter);
    void reload();
    // New runs and the current state of the active ones; cheap enough to call every second.
    void poll();
    bool isLoading() const { return m_fetching; }
    int rowOfRun(qint64 runId) const;

signals:
    void pageLoaded(int rows);
    // Runs seen to end failed (they were active, or appeared already failed, since the
    // first page): what the tray reports.
    void runsFailed(const QList<fleetcron::RunListRow> &runs);
    // Rows that changed in a poll (status, counts); the console refreshes what it shows of them.
    void runsUpdated(const QList<qint64> &runIds);
    void loadFailed(const QString &message);

protected:
    qint64 idOf(const RunListRow &row) const override { return row.run.id; }

private:
    struct PollResult;
    void applyPoll(PollResult result);

    EngineHost &m_engine;
    RunService::PageFilter m_filter;
    quint64 m_generation = 0;
    bool m_fetching = false;
    bool m_polling = false;
    bool m_exhausted = false;
    bool m_loadedOnce = false;
};

} // namespace fleetcron
