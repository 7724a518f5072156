#pragma once

#include "model/FieldError.h"
#include "service/RunService.h"

#include <QDateTime>
#include <QUrlQuery>

#include <optional>

namespace fleetcron {

class Services;

// Reads the query string of a GET: numbers within a range, ISO 8601 times, and the executions
// filter that /executions and /executions.csv share. The first wrong parameter is named.
class ApiQuery {
public:
    // `fallback` when absent; unset with `error` filled when not a whole number in range.
    static std::optional<qint64> integer(const QUrlQuery &q, const QString &key, qint64 fallback,
                                         qint64 min, qint64 max, FieldError &error);
    // An invalid QDateTime when absent; `error` filled when not ISO 8601.
    static QDateTime time(const QUrlQuery &q, const QString &key, FieldError &error);

    // task (name or id), server (name or id, removed ones too: their history stays), status,
    // since, until.
    static FieldError executionFilter(Services &services, const QUrlQuery &q,
                                      ExecutionRepository::Filter &filter);
};

} // namespace fleetcron
