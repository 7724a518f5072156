#include "Face.h"

#include <array>
#include <cstring>

namespace fleetcron {

Face chooseFace(int argc, const char *const *argv) {
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--daemon") == 0)
            return Face::Daemon;
    }
    if (argc < 2)
        return Face::Console;
    const char *first = argv[1];
    // A verb ("server", "schedule", …) or a request for help/version needs no display.
    if (first[0] != '-')
        return Face::Cli;
    constexpr std::array<const char *, 6> displayless{"--help",     "-h",        "-?",
                                                      "--help-all", "--version", "-v"};
    for (int i = 1; i < argc; ++i) {
        for (const char *flag : displayless) {
            if (std::strcmp(argv[i], flag) == 0)
                return Face::Cli;
        }
    }
    return Face::Console;
}

} // namespace fleetcron
