#include "ReportController.h"

#include "ApiQuery.h"
#include "ApiResponses.h"
#include "DeferredResponder.h"
#include "i18n/Translations.h"
#include "service/Services.h"
#include "store/ThreadPriority.h"

#include <QCoreApplication>
#include <QFuture>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QTemporaryFile>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>

namespace fleetcron {

ReportController::ReportController(Services &services, QThreadPool &pool)
    : m_services(services)
    , m_pool(pool) {}

void ReportController::executionsCsv(const QHttpServerRequest &req,
                                     QHttpServerResponder &&responder, QObject *context) {
    const QUrlQuery q = req.query();
    ExecutionRepository::Filter filter;
    if (FieldError bad = ApiQuery::executionFilter(m_services, q, filter); bad.isError()) {
        ApiResponses::fieldError(bad).write(std::move(responder));
        return;
    }
    const QString output = q.queryItemValue(QStringLiteral("output"));
    const bool withOutput = output != QStringLiteral("0") && output != QStringLiteral("false");
    // Created and opened here, so the file belongs to this thread, where the responder reads
    // it; the pool thread only writes to it.
    auto file = std::make_shared<std::unique_ptr<QTemporaryFile>>(new QTemporaryFile);
    if (!(*file)->open()) {
        ApiResponses::error(
            ApiResponses::Status::InternalServerError,
            QCoreApplication::translate("ReportController", "cannot create a temporary file"))
            .write(std::move(responder));
        return;
    }
    auto reply = std::make_shared<DeferredResponder>(std::move(responder));
    // The pool thread writes its error in the request's language too.
    QtConcurrent::run(&m_pool, [&reports = m_services.reports, device = file->get(), filter,
                                withOutput, language = Translations::current()] {
        const LanguageScope scope(language);
        // As the connection tests: an export can take seconds of CPU.
        ThreadPriority::lowerCurrentThread();
        return reports.writeCsv(filter, withOutput, *device);
    }).then(context, [file, reply](const ReportService::Outcome &outcome) {
        if (!outcome.error.isEmpty()) {
            reply->send(ApiResponses::storeError(StoreError::make(outcome.kind, outcome.error)));
            return;
        }
        (*file)->seek(0);
        // The responder owns the file from here and sends it in chunks.
        reply->send(file->release(), "text/csv; charset=utf-8");
    });
}

} // namespace fleetcron
