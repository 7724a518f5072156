#include "ConsoleFace.h"

#include <cstdio>

namespace fleetcron {

// The console of a headless build (FLEETCRON_CONSOLE=OFF): the daemon and the CLI are all there
// is, and the program says so instead of failing to find a display.
int runConsole(int &, char **) {
    std::fputs("fleetcron: this build has no desktop console; run `fleetcron --daemon` or a "
               "command (`fleetcron --help`)\n",
               stderr);
    return 2;
}

} // namespace fleetcron
