#include "ApiQuery.h"

#include "model/Statuses.h"
#include "service/Services.h"

#include <QCoreApplication>

namespace fleetcron {
namespace {

QString value(const QUrlQuery &q, const QString &key) {
    return q.queryItemValue(key, QUrl::FullyDecoded);
}

// A server named in a filter: by name, else by id, including removed servers whose executions
// are still listed.
std::optional<qint64> serverRef(Services &services, const QString &ref) {
    if (auto live = services.servers.resolve(ref))
        return live->id;
    bool isId = false;
    const qint64 id = ref.trimmed().toLongLong(&isId);
    if (isId)
        if (auto removed = services.servers.find(id, true))
            return removed->id;
    return std::nullopt;
}

} // namespace

std::optional<qint64> ApiQuery::integer(const QUrlQuery &q, const QString &key, qint64 fallback,
                                        qint64 min, qint64 max, FieldError &error) {
    if (!q.hasQueryItem(key))
        return fallback;
    bool ok = false;
    const qint64 v = value(q, key).toLongLong(&ok);
    if (!ok || v < min || v > max) {
        if (!error.isError())
            error = FieldError{key, QCoreApplication::translate(
                                        "ApiQuery", "%1: must be a whole number from %2 to %3")
                                        .arg(key)
                                        .arg(min)
                                        .arg(max)};
        return std::nullopt;
    }
    return v;
}

QDateTime ApiQuery::time(const QUrlQuery &q, const QString &key, FieldError &error) {
    if (!q.hasQueryItem(key))
        return {};
    const QString v = value(q, key);
    const QDateTime t = QDateTime::fromString(v, Qt::ISODateWithMs);
    if (!t.isValid() && !error.isError())
        error = FieldError{key, QCoreApplication::translate(
                                    "ApiQuery", "%1: '%2' is not an ISO 8601 date and time")
                                    .arg(key, v)};
    return t;
}

FieldError ApiQuery::executionFilter(Services &services, const QUrlQuery &q,
                                     ExecutionRepository::Filter &filter) {
    if (q.hasQueryItem(QStringLiteral("task"))) {
        const QString v = value(q, QStringLiteral("task"));
        auto t = services.tasks.resolve(v);
        if (!t)
            return {QStringLiteral("task"),
                    QCoreApplication::translate("ApiQuery", "task: unknown task '%1'").arg(v)};
        filter.taskId = t->id;
    }
    if (q.hasQueryItem(QStringLiteral("server"))) {
        const QString v = value(q, QStringLiteral("server"));
        const std::optional<qint64> id = serverRef(services, v);
        if (!id)
            return {QStringLiteral("server"),
                    QCoreApplication::translate("ApiQuery", "server: unknown server '%1'").arg(v)};
        filter.serverId = *id;
    }
    if (q.hasQueryItem(QStringLiteral("status"))) {
        const QString v = value(q, QStringLiteral("status"));
        const auto status = enumFromString<ExecutionStatus>(v);
        if (!status)
            return {
                QStringLiteral("status"),
                QCoreApplication::translate("ApiQuery", "status: '%1' is not an execution status")
                    .arg(v)};
        filter.status = *status;
    }
    FieldError error;
    filter.from = time(q, QStringLiteral("since"), error);
    filter.to = time(q, QStringLiteral("until"), error);
    return error;
}

} // namespace fleetcron
