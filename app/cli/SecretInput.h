#pragma once

#include <QString>

namespace fleetcron {

// Secrets come on standard input, never as arguments: arguments show up in `ps` and in shell
// history.
class SecretInput {
public:
    // The first line of standard input without its line end.
    static QString readLine();
};

} // namespace fleetcron
