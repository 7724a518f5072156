#include "ExecutionReportExport.h"

#include "ExecutionReportWriter.h"
#include "store/ExecutionReportQuery.h"

#include <QSaveFile>

namespace fleetcron {

ExecutionReportExport::Outcome ExecutionReportExport::run(Database &db,
                                                          const ExecutionRepository::Filter &filter,
                                                          bool withOutput, const QString &path,
                                                          Progress &progress) {
    Outcome outcome;
    if (auto total = ExecutionRepository(db).count(filter))
        progress.total = total.value();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        outcome.error = QStringLiteral("cannot write '%1': %2").arg(path, file.errorString());
        return outcome;
    }
    ExecutionReportWriter writer(&file, withOutput ? ExecutionReportWriter::Output::Included
                                                   : ExecutionReportWriter::Output::Omitted);
    auto rows =
        ExecutionReportQuery(db).forEach(filter, withOutput, [&](const ExecutionReportRow &row) {
            if (progress.cancel.load(std::memory_order_relaxed)) {
                outcome.cancelled = true;
                return false;
            }
            writer.writeRow(row);
            progress.rowsWritten.store(writer.rowsWritten(), std::memory_order_relaxed);
            return !writer.hasError();
        });
    outcome.rows = writer.rowsWritten();
    if (outcome.cancelled) {
        file.cancelWriting();
        return outcome;
    }
    if (!rows) {
        file.cancelWriting();
        outcome.error = rows.error().toString();
        return outcome;
    }
    if (!writer.finish() || !file.commit()) {
        outcome.error =
            QStringLiteral("cannot write '%1': %2")
                .arg(path, writer.hasError() ? writer.errorString() : file.errorString());
        return outcome;
    }
    return outcome;
}

} // namespace fleetcron
