#pragma once

#include "AuditService.h"
#include "MetricsService.h"
#include "NotificationService.h"
#include "OutputDiffService.h"
#include "ReportService.h"
#include "RunService.h"
#include "SearchService.h"
#include "ServerService.h"
#include "SettingsService.h"
#include "TaskService.h"
#include "TokenService.h"
#include "import/ImportService.h"

namespace fleetcron {

class Database;
class EngineMetrics;
class RunLauncher;
class SecretStore;
class SshPool;

// The one door per action: every face (console, CLI, API) changes servers, tasks, settings and
// runs only through these, so each rule is said once. Built by the Runtime in a fixed order;
// `pool`, `launcher` and `metrics` are null in a process without an engine (most CLI verbs).
// The services keep no state of their own beyond these references: any thread may call them,
// except that secret-store work (ServerService) stays on the thread that owns the store.
class Services {
public:
    Services(Database &db, SecretStore *secrets, SshPool *pool, RunLauncher *launcher,
             EngineMetrics *metrics = nullptr);
    Services(const Services &) = delete;
    Services &operator=(const Services &) = delete;

    AuditService audit;
    SettingsService settings;
    ServerService servers;
    TaskService tasks;
    RunService runs;
    ReportService reports;
    MetricsService metrics;
    ImportService imports;
    NotificationService notifications;
    OutputDiffService diffs;
    TokenService tokens;
    SearchService search;
};

} // namespace fleetcron
