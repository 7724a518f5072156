#pragma once

#include "service/Actor.h"

#include <QHash>
#include <QHttpServerResponse>
#include <QString>

class QHttpServerRequest;
class QUrlQuery;

namespace fleetcron {

class Services;

// Runs started and cancelled by hand (RunService, audited) and what the API reads about them:
// a task's runs with their executions, its latest completed output, the executions listing.
class RunsController {
public:
    RunsController(Services &services, const Actor &actor);

    QHttpServerResponse start(qint64 taskId);
    QHttpServerResponse cancel(qint64 runId);
    // One run with its executions (output left out: GET /executions?run= pages it).
    QHttpServerResponse get(qint64 runId);
    QHttpServerResponse taskRuns(qint64 taskId, const QHttpServerRequest &req);
    QHttpServerResponse latestOutput(qint64 taskId);
    QHttpServerResponse executions(const QHttpServerRequest &req);
    // GET /executions?q=TEXT: full-text search over stored output (SearchService).
    QHttpServerResponse search(const QUrlQuery &q);
    // GET /executions/{id}/diff[?against=ID&stream=stdout|stderr|both] (OutputDiffService).
    QHttpServerResponse diff(qint64 executionId, const QHttpServerRequest &req);

private:
    // GET /executions counts its total up to this many rows past the requested page.
    static constexpr qint64 totalLookahead = 10000;
    // Listings name each execution's server; a fleet has few, so they are remembered.
    QString serverName(qint64 id);

    Services &m_services;
    const Actor &m_actor; // the requesting token's, set by ApiServer for each request
    QHash<qint64, QString> m_serverNames;
};

} // namespace fleetcron
