#pragma once

#include "store/ExecutionRepository.h"
#include "store/StoreResult.h"

#include <QString>

#include <atomic>

class QIODevice;

namespace fleetcron {

class Database;

// The execution report (CSV, RFC 4180) for every face, written once: rows stream from the store
// into any QIODevice (a file, standard output, an HTTP body), so a report of a million rows
// needs the memory of one. Blocking: the console and the API run it off their main threads.
class ReportService {
public:
    // Which executions a report holds, named here so a face need not name the repository.
    using Filter = ExecutionRepository::Filter;

    // Another thread may watch `rowsWritten` for progress and set `cancel` to stop.
    struct Progress {
        std::atomic<qint64> total{-1}; // rows that match, once counted (exportToFile)
        std::atomic<qint64> rowsWritten{0};
        std::atomic<bool> cancel{false};
    };
    struct Outcome {
        qint64 rows = 0;
        bool cancelled = false;
        QString error; // empty when everything was written
        StoreError::Kind kind = StoreError::Kind::None;
    };

    explicit ReportService(Database &db);

    // Writes the header and every matching execution (the filter's limit and offset are
    // ignored: a report has every row). Cancelling stops between rows.
    Outcome writeCsv(const ExecutionRepository::Filter &filter, bool withOutput, QIODevice &device,
                     Progress *progress = nullptr);
    // The same into `path`, all or nothing: the file appears only when everything was written,
    // a cancelled or failed export leaves no file.
    Outcome exportToFile(const ExecutionRepository::Filter &filter, bool withOutput,
                         const QString &path, Progress *progress = nullptr);

private:
    Database &m_db;
};

} // namespace fleetcron
