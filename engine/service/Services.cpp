#include "Services.h"

namespace fleetcron {

Services::Services(Database &db, SecretStore *secrets, SshPool *pool, RunLauncher *launcher,
                   EngineMetrics *metrics)
    : audit(db)
    , settings(db, audit)
    , servers(db, secrets, audit, pool)
    , tasks(db, audit, settings)
    , runs(db, audit, launcher)
    , reports(db)
    , metrics(db, metrics)
    , imports(db, secrets, servers, tasks)
    , notifications(db, secrets, audit, tasks)
    , diffs(db)
    , tokens(db, audit, tasks, servers, runs)
    , search(db) {}

} // namespace fleetcron
