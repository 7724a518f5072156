#pragma once

namespace fleetcron {

// Keeps secrets held in memory (server passwords, key passphrases, the API token, the
// PostgreSQL password of the URL) out of core dumps and away from other processes of the same
// user: no core file (RLIMIT_CORE 0) and not dumpable (PR_SET_DUMPABLE 0, which also refuses
// ptrace attach by the same user and makes /proc/PID/mem, environ and maps root-only). Called
// first thing in main, for every face. FLEETCRON_ALLOW_CORE_DUMPS=1 skips it for debugging.
void keepSecretsOutOfDumps();

} // namespace fleetcron
