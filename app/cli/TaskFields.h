#pragma once

#include "store/StoreError.h"

class QCommandLineParser;

namespace fleetcron {

class ServerService;
struct Task;

// The options `task add` and `task edit` share, and how their text becomes a Task. Only reading
// the words is done here (numbers, policy names, a script file, server names to ids); whether the
// values make a valid task (schedule, zone, limits) is TaskService's rule.
class TaskFields {
public:
    static void addOptions(QCommandLineParser &parser);
    // Applies the options that were given to `task`. An option that cannot be read is an Invalid
    // error; a server name that names no server is the service's NotFound.
    static StoreError apply(const QCommandLineParser &parser, ServerService &servers, Task &task);
};

} // namespace fleetcron
