#include "AuditController.h"

#include "ApiQuery.h"
#include "ApiResponses.h"
#include "model/ModelJson.h"
#include "service/Services.h"

#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <limits>

namespace fleetcron {
AuditController::AuditController(Services &services)
    : m_services(services) {}

QHttpServerResponse AuditController::list(const QHttpServerRequest &req) {
    const QUrlQuery q = req.query();
    FieldError e;
    AuditRepository::Filter filter;
    filter.since = ApiQuery::time(q, QStringLiteral("since"), e);
    const auto limit = ApiQuery::integer(q, QStringLiteral("limit"), 100, 1, 1000, e);
    const auto beforeId = ApiQuery::integer(q, QStringLiteral("before_id"), 0, 0,
                                            std::numeric_limits<qint64>::max(), e);
    if (e.isError())
        return ApiResponses::fieldError(e);
    filter.limit = int(*limit);
    filter.beforeId = *beforeId;
    filter.targetKind = q.queryItemValue(QStringLiteral("kind"));
    auto entries = m_services.audit.list(filter);
    if (!entries)
        return ApiResponses::storeError(entries.error());
    QJsonArray array;
    for (const AuditEntry &entry : entries.value())
        array.append(ModelJson::audit(entry));
    return QHttpServerResponse(
        QJsonObject{{QStringLiteral("limit"), *limit}, {QStringLiteral("entries"), array}});
}

} // namespace fleetcron
