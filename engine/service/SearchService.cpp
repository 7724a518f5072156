#include "SearchService.h"

#include "model/ModelJson.h"
#include "store/SearchText.h"

#include <QCoreApplication>

namespace fleetcron {

SearchService::SearchService(Database &db)
    : m_db(db) {}

QString SearchService::literal(const QString &text) {
    QString t = text.trimmed();
    if (t.size() >= 2 && t.startsWith(QLatin1Char('"')) && t.endsWith(QLatin1Char('"')))
        t = t.mid(1, t.size() - 2).trimmed();
    return t;
}

StoreResult<SearchService::Page> SearchService::search(const QString &text, const Filter &filter,
                                                       qint64 beforeId, int limit) {
    const QString q = literal(text);
    if (q.isEmpty())
        return StoreError::invalid(
            QCoreApplication::translate("SearchService", "q: the search text is empty"),
            QStringLiteral("q"));
    if (q.size() > maxTextLength)
        return StoreError::invalid(
            QCoreApplication::translate("SearchService",
                                        "q: the search text is longer than %1 characters")
                .arg(maxTextLength),
            QStringLiteral("q"));
    if (SearchText::words(q).isEmpty())
        return StoreError::invalid(
            QCoreApplication::translate("SearchService",
                                        "q: the search text needs at least one letter or digit"),
            QStringLiteral("q"));
    if (limit < 1 || limit > maxLimit)
        return StoreError::invalid(
            QCoreApplication::translate("SearchService", "limit: must be from 1 to %1")
                .arg(maxLimit),
            QStringLiteral("limit"));
    if (beforeId < 0)
        return StoreError::invalid(
            QCoreApplication::translate("SearchService", "before: must be an execution id"),
            QStringLiteral("before"));
    if (filter.from.isValid() && filter.to.isValid() && filter.from >= filter.to)
        return StoreError::invalid(
            QCoreApplication::translate("SearchService", "until: must be later than since"),
            QStringLiteral("until"));
    return OutputSearchQuery(m_db).search(q, filter, beforeId, limit);
}

QJsonObject SearchService::hitJson(const Hit &hit) {
    return QJsonObject{
        {QStringLiteral("id"), hit.executionId},
        {QStringLiteral("run_id"), hit.runId},
        {QStringLiteral("task_id"), hit.taskId},
        {QStringLiteral("task"), hit.taskName},
        {QStringLiteral("server_id"), hit.serverId},
        {QStringLiteral("server"), hit.serverName},
        {QStringLiteral("status"), toString(hit.status)},
        {QStringLiteral("started_at"), ModelJson::time(hit.startedAt)},
        {QStringLiteral("ended_at"), ModelJson::time(hit.endedAt)},
        {QStringLiteral("stream"), hit.stream},
        {QStringLiteral("match_offset"), qint64(hit.matchOffset)},
        {QStringLiteral("match_length"), qint64(hit.matchLength)},
        {QStringLiteral("snippet"), hit.snippet},
        {QStringLiteral("snippet_match_start"), qint64(hit.snippetMatchStart)},
    };
}

} // namespace fleetcron
