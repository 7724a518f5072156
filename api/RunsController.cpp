#include "RunsController.h"

#include "ApiQuery.h"
#include "ApiResponses.h"
#include "model/ModelJson.h"
#include "service/Services.h"

#include <QCoreApplication>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonObject>

#include <climits>

namespace fleetcron {
namespace {

using Response = QHttpServerResponse;
using Status = QHttpServerResponse::StatusCode;

bool truthy(const QString &v) {
    return v == QStringLiteral("1") || v == QStringLiteral("true");
}

} // namespace

RunsController::RunsController(Services &services, const Actor &actor)
    : m_services(services)
    , m_actor(actor) {}

QString RunsController::serverName(qint64 id) {
    auto it = m_serverNames.constFind(id);
    if (it != m_serverNames.cend())
        return it.value();
    auto s = m_services.servers.find(id, true);
    const QString name = s ? s->name : QStringLiteral("#%1").arg(id);
    if (m_serverNames.size() > 10000)
        m_serverNames.clear();
    m_serverNames.insert(id, name);
    return name;
}

Response RunsController::start(qint64 taskId) {
    auto run = m_services.runs.start(taskId, RunTrigger::Api, m_actor);
    if (!run)
        return ApiResponses::storeError(run.error());
    return Response(ModelJson::run(run.value()), Status::Accepted);
}

Response RunsController::cancel(qint64 runId) {
    auto run = m_services.runs.cancel(runId, m_actor);
    if (!run)
        return ApiResponses::storeError(run.error());
    return Response(QJsonObject{{QStringLiteral("cancelled"), true},
                                {QStringLiteral("run"), ModelJson::run(run.value())}},
                    Status::Accepted);
}

Response RunsController::get(qint64 runId) {
    auto run = m_services.runs.find(runId);
    if (!run)
        return ApiResponses::storeError(run.error());
    auto executions = m_services.runs.executionsOf(runId);
    if (!executions)
        return ApiResponses::storeError(executions.error());
    QJsonObject o = ModelJson::run(run.value());
    QJsonArray list;
    for (const Execution &e : executions.value())
        list.append(ModelJson::execution(e, false, serverName(e.serverId)));
    o.insert(QStringLiteral("executions"), list);
    return Response(o);
}

Response RunsController::taskRuns(qint64 taskId, const QHttpServerRequest &req) {
    if (auto found = m_services.tasks.find(taskId); !found)
        return ApiResponses::storeError(found.error());
    FieldError e;
    const QUrlQuery q = req.query();
    const auto limit = ApiQuery::integer(q, QStringLiteral("limit"), 20, 1, 500, e);
    const auto offset = ApiQuery::integer(q, QStringLiteral("offset"), 0, 0, INT_MAX, e);
    const auto before = ApiQuery::integer(q, QStringLiteral("before"), 0, 1, LLONG_MAX, e);
    if (e.isError())
        return ApiResponses::fieldError(e);
    RunRepository::Filter filter;
    filter.taskId = taskId;
    filter.limit = int(*limit);
    filter.offset = int(*offset);
    filter.afterRunId = *before;
    auto runs = m_services.runs.list(filter);
    if (!runs)
        return ApiResponses::storeError(runs.error());
    auto executions = m_services.runs.executionsOfRuns(runs.value());
    if (!executions)
        return ApiResponses::storeError(executions.error());
    QJsonArray array;
    for (const Run &r : runs.value()) {
        QJsonObject run = ModelJson::run(r);
        QJsonArray items;
        for (const Execution &x : executions->value(r.id))
            items.append(ModelJson::execution(x, true, serverName(x.serverId)));
        run.insert(QStringLiteral("executions"), items);
        array.append(run);
    }
    const bool full = runs->size() == *limit;
    return Response(QJsonObject{
        {QStringLiteral("task_id"), taskId},
        {QStringLiteral("limit"), *limit},
        {QStringLiteral("offset"), *offset},
        {QStringLiteral("next_before"), full ? QJsonValue(runs->last().id) : QJsonValue()},
        {QStringLiteral("runs"), array}});
}

Response RunsController::latestOutput(qint64 taskId) {
    auto latest = m_services.runs.latestOutput(taskId);
    if (!latest)
        return ApiResponses::storeError(latest.error());
    QJsonObject json{{QStringLiteral("task_id"), taskId}};
    QJsonArray outputs;
    if (!latest->run) {
        json.insert(QStringLiteral("run_id"), QJsonValue::Null);
        json.insert(QStringLiteral("completion_time"), QJsonValue::Null);
        json.insert(QStringLiteral("outputs"), outputs);
        return Response(json);
    }
    const Run &run = *latest->run;
    for (const Execution &x : latest->executions) {
        QJsonObject out{
            {QStringLiteral("server_id"), x.serverId},
            {QStringLiteral("server"), serverName(x.serverId)},
            {QStringLiteral("exit_code"), x.exitCode ? QJsonValue(*x.exitCode) : QJsonValue()},
            {QStringLiteral("status"), toString(x.status)},
        };
        // The seed projects' shape: empty streams are left out.
        if (!x.stdoutData.isEmpty())
            out.insert(QStringLiteral("stdout"), QString::fromUtf8(x.stdoutData));
        if (!x.stderrData.isEmpty())
            out.insert(QStringLiteral("stderr"), QString::fromUtf8(x.stderrData));
        if (!x.error.isEmpty())
            out.insert(QStringLiteral("error"), x.error);
        outputs.append(out);
    }
    json.insert(QStringLiteral("run_id"), run.id);
    json.insert(QStringLiteral("run_status"), toString(run.status));
    json.insert(QStringLiteral("completion_time"), ModelJson::time(run.finishedAt));
    json.insert(QStringLiteral("outputs"), outputs);
    return Response(json);
}

Response RunsController::executions(const QHttpServerRequest &req) {
    const QUrlQuery q = req.query();
    if (q.hasQueryItem(QStringLiteral("q")))
        return search(q);
    ExecutionRepository::Filter filter;
    FieldError e;
    const auto limit = ApiQuery::integer(q, QStringLiteral("limit"), 100, 1, 1000, e);
    const auto offset = ApiQuery::integer(q, QStringLiteral("offset"), 0, 0, INT_MAX, e);
    const auto before = ApiQuery::integer(q, QStringLiteral("before"), 0, 1, LLONG_MAX, e);
    if (e.isError())
        return ApiResponses::fieldError(e);
    if (FieldError bad = ApiQuery::executionFilter(m_services, q, filter); bad.isError())
        return ApiResponses::fieldError(bad);
    filter.limit = int(*limit);
    filter.offset = int(*offset);
    filter.beforeId = *before;
    filter.withOutput = truthy(q.queryItemValue(QStringLiteral("output")));
    auto list = m_services.runs.executions(filter);
    if (!list)
        return ApiResponses::storeError(list.error());
    // The total is counted up to totalLookahead rows past the page: exact for any listing a
    // person pages through, and never a count of all 10 million rows for one page of them.
    const qint64 countedUpTo = *offset + *limit + totalLookahead;
    auto total = m_services.runs.countExecutions(filter, countedUpTo + 1);
    if (!total)
        return ApiResponses::storeError(total.error());
    QJsonArray array;
    for (const Execution &x : list.value())
        array.append(ModelJson::execution(x, filter.withOutput, serverName(x.serverId)));
    const bool full = list->size() == *limit;
    return Response(QJsonObject{
        {QStringLiteral("total"), total.value()},
        {QStringLiteral("total_exact"), total.value() <= countedUpTo},
        {QStringLiteral("limit"), *limit},
        {QStringLiteral("offset"), *offset},
        {QStringLiteral("next_before"), full ? QJsonValue(list->last().id) : QJsonValue()},
        {QStringLiteral("executions"), array}});
}

Response RunsController::diff(qint64 executionId, const QHttpServerRequest &req) {
    const QUrlQuery q = req.query();
    FieldError e;
    std::optional<qint64> against;
    if (q.hasQueryItem(QStringLiteral("against")))
        against = ApiQuery::integer(q, QStringLiteral("against"), 0, 1, LLONG_MAX, e);
    if (e.isError())
        return ApiResponses::fieldError(e);
    const QString stream = q.hasQueryItem(QStringLiteral("stream"))
                               ? q.queryItemValue(QStringLiteral("stream"))
                               : QStringLiteral("both");
    const auto streams = OutputDiffService::streams(stream);
    if (!streams)
        return ApiResponses::fieldError(
            {QStringLiteral("stream"),
             QCoreApplication::translate("RunsController", "'%1' is not stdout, stderr or both")
                 .arg(stream)});
    auto compared = m_services.diffs.compare(executionId, against);
    if (!compared)
        return ApiResponses::storeError(compared.error());
    return Response(OutputDiffService::json(compared.value(), *streams));
}

Response RunsController::search(const QUrlQuery &q) {
    SearchService::Filter filter;
    FieldError e;
    const auto limit = ApiQuery::integer(q, QStringLiteral("limit"), SearchService::defaultLimit, 1,
                                         SearchService::maxLimit, e);
    const auto before = ApiQuery::integer(q, QStringLiteral("before"), 0, 1, LLONG_MAX, e);
    if (e.isError())
        return ApiResponses::fieldError(e);
    if (FieldError bad = ApiQuery::executionFilter(m_services, q, filter); bad.isError())
        return ApiResponses::fieldError(bad);
    const QString text = q.queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded);
    auto page = m_services.search.search(text, filter, *before, int(*limit));
    if (!page)
        return ApiResponses::storeError(page.error());
    QJsonArray hits;
    for (const SearchService::Hit &h : page->hits)
        hits.append(SearchService::hitJson(h));
    return Response(
        QJsonObject{{QStringLiteral("q"), SearchService::literal(text)},
                    {QStringLiteral("limit"), *limit},
                    {QStringLiteral("next_before"),
                     page->nextBefore > 0 ? QJsonValue(page->nextBefore) : QJsonValue()},
                    {QStringLiteral("executions"), hits}});
}

} // namespace fleetcron
