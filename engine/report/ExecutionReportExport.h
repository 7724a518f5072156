#pragma once

#include "store/ExecutionRepository.h"

#include <QString>

#include <atomic>

namespace fleetcron {

class Database;

// Writes the execution report for a filter to a file, all or nothing: rows stream from
// ExecutionReportQuery through ExecutionReportWriter into a QSaveFile that only replaces the
// target when everything was written. Blocking: run it on a reader thread. Another thread may
// watch `rowsWritten` for progress and set `cancel` to stop; a cancelled export leaves no file.
class ExecutionReportExport {
public:
    struct Progress {
        std::atomic<qint64> total{-1}; // rows that match, once counted
        std::atomic<qint64> rowsWritten{0};
        std::atomic<bool> cancel{false};
    };
    struct Outcome {
        qint64 rows = 0;
        bool cancelled = false;
        QString error; // empty when the file was written
    };

    static Outcome run(Database &db, const ExecutionRepository::Filter &filter, bool withOutput,
                       const QString &path, Progress &progress);
};

} // namespace fleetcron
