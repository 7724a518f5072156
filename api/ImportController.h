#pragma once

#include "service/Actor.h"
#include "service/import/ImportService.h"

#include <QHttpServerResponse>

class QHttpServerRequest;

namespace fleetcron {

class Services;

// POST /v1/api/import/{crontab,ssh-config,ansible}: {"text": "...", "dry_run": true,
// "servers": ["web1"], "tags": ["cron"], "prefix": "old-"} → the plan (ImportPlan::toJson);
// 200 for a dry run, 201 once imported. A plan with problems saves nothing and answers 400
// (409 when a name is taken) with every problem and the plan. Include lines of an ssh_config
// are reported, not followed: the daemon does not read files a request names.
class ImportController {
public:
    ImportController(Services &services, const Actor &actor);

    QHttpServerResponse crontab(const QHttpServerRequest &req);
    QHttpServerResponse sshConfig(const QHttpServerRequest &req);
    QHttpServerResponse ansible(const QHttpServerRequest &req);

private:
    QHttpServerResponse import(ImportService::Kind kind, const QHttpServerRequest &req);

    Services &m_services;
    const Actor &m_actor; // the requesting token's, set by ApiServer for each request
};

} // namespace fleetcron
