#pragma once

#include "StoreResult.h"
#include "model/Statuses.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QTimeZone>

#include <optional>

namespace fleetcron {

class Database;

// A task's ended runs over the last days, for the console's charts: when each run started,
// how long it took and how it ended, plus the same runs counted per calendar day.
class TaskRunHistoryQuery {
public:
    struct RunPoint {
        qint64 runId = 0;
        QDateTime startedAt;
        std::optional<qint64> durationMs; // unset when the run has no start or end
        RunStatus status = RunStatus::Succeeded;

        bool isFailure() const;
    };
    struct DayCount {
        QDate day;
        int succeeded = 0;
        int failed = 0; // failed, partial, cancelled or interrupted
    };

    explicit TaskRunHistoryQuery(Database &db);

    // Ended runs of the task started at or after `since`, oldest first; skipped runs (overlap)
    // never ran and are left out.
    StoreResult<QList<RunPoint>> runs(qint64 taskId, const QDateTime &since);

    // One entry per day from `first` for `days` days (empty days included), days taken in
    // `zone`, so a bar means a day on the operator's calendar.
    static QList<DayCount> perDay(const QList<RunPoint> &runs, const QDate &first, int days,
                                  const QTimeZone &zone);

private:
    Database &m_db;
};

} // namespace fleetcron
