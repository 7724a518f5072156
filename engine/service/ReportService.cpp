#include "ReportService.h"

#include "report/ExecutionReportWriter.h"
#include "store/ExecutionReportQuery.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace fleetcron {

ReportService::ReportService(Database &db)
    : m_db(db) {}

ReportService::Outcome ReportService::writeCsv(const ExecutionRepository::Filter &filter,
                                               bool withOutput, QIODevice &device,
                                               Progress *progress) {
    Outcome outcome;
    ExecutionReportWriter writer(&device, withOutput ? ExecutionReportWriter::Output::Included
                                                     : ExecutionReportWriter::Output::Omitted);
    auto rows =
        ExecutionReportQuery(m_db).forEach(filter, withOutput, [&](const ExecutionReportRow &row) {
            if (progress && progress->cancel.load(std::memory_order_relaxed)) {
                outcome.cancelled = true;
                return false;
            }
            writer.writeRow(row);
            if (progress)
                progress->rowsWritten.store(writer.rowsWritten(), std::memory_order_relaxed);
            return !writer.hasError();
        });
    outcome.rows = writer.rowsWritten();
    if (outcome.cancelled)
        return outcome;
    if (!rows) {
        outcome.error = rows.error().toString();
        outcome.kind = rows.error().kind;
        return outcome;
    }
    if (!writer.finish()) {
        outcome.error = writer.errorString();
        outcome.kind = StoreError::Kind::Internal;
    }
    return outcome;
}

ReportService::Outcome ReportService::exportToFile(const ExecutionRepository::Filter &filter,
                                                   bool withOutput, const QString &path,
                                                   Progress *progress) {
    if (progress)
        if (auto total = ExecutionRepository(m_db).count(filter))
            progress->total = total.value();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        Outcome failed;
        failed.error = QCoreApplication::translate("ReportService", "cannot write '%1': %2")
                           .arg(path, file.errorString());
        failed.kind = StoreError::Kind::Unavailable;
        return failed;
    }
    Outcome outcome = writeCsv(filter, withOutput, file, progress);
    if (outcome.cancelled || !outcome.error.isEmpty()) {
        file.cancelWriting();
        return outcome;
    }
    if (!file.commit()) {
        outcome.error = QCoreApplication::translate("ReportService", "cannot write '%1': %2")
                            .arg(path, file.errorString());
        outcome.kind = StoreError::Kind::Unavailable;
    }
    return outcome;
}

} // namespace fleetcron
