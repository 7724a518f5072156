#include "ConsoleFace.h"

#include <dlfcn.h>

#include <cstdio>
#include <filesystem>
#include <string>
#include <system_error>

namespace fleetcron {

namespace {

constexpr const char *moduleName = "fleetcron-console.so";
constexpr const char *entryName = "fleetcron_run_console";

// Where the module is: beside the program in the build tree, and in the package's private
// library folder once installed (/usr/bin/fleetcron -> /usr/lib/fleetcron/).
std::filesystem::path findModule() {
    std::error_code error;
    const std::filesystem::path program = std::filesystem::read_symlink("/proc/self/exe", error);
    if (error)
        return {};
    const std::filesystem::path folder = program.parent_path();
    for (const std::filesystem::path &candidate :
         {folder / moduleName, folder / ".." / "lib" / "fleetcron" / moduleName}) {
        if (std::filesystem::exists(candidate, error))
            return candidate;
    }
    return {};
}

} // namespace

int runConsole(int &argc, char **argv) {
    const std::filesystem::path module = findModule();
    if (module.empty()) {
        std::fprintf(stderr,
                     "fleetcron: this build has no desktop console (%s not found); run "
                     "`fleetcron --daemon` or a command (`fleetcron --help`)\n",
                     moduleName);
        return 2;
    }
    // Never closed: the console's objects live until exit, and their code with them.
    void *handle = dlopen(module.c_str(), RTLD_NOW | RTLD_LOCAL);
    if (!handle) {
        std::fprintf(stderr, "fleetcron: cannot load the desktop console: %s\n", dlerror());
        return 2;
    }
    using Entry = int (*)(int *, char **);
    const auto entry = reinterpret_cast<Entry>(dlsym(handle, entryName));
    if (!entry) {
        std::fprintf(stderr, "fleetcron: %s has no %s: %s\n", module.c_str(), entryName, dlerror());
        return 2;
    }
    return entry(&argc, argv);
}

} // namespace fleetcron
