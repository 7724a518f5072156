#include "ProcessHardening.h"

#include <cstdlib>
#include <cstring>
#include <sys/prctl.h>
#include <sys/resource.h>

namespace fleetcron {

void keepSecretsOutOfDumps() {
    const char *allow = std::getenv("FLEETCRON_ALLOW_CORE_DUMPS");
    if (allow && std::strcmp(allow, "1") == 0)
        return;
    const rlimit none{0, 0};
    ::setrlimit(RLIMIT_CORE, &none);
    ::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
}

} // namespace fleetcron
