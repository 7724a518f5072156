#pragma once

#include <QString>

class QTextStream;

namespace fleetcron {

struct Execution;

// One server's result as `task run --wait` and `output` print it: a "== server: status" line,
// the error, then stdout and stderr, each marked when the engine kept only its head and tail.
class ExecutionView {
public:
    enum class Detail {
        Brief, // status and exit code
        Full,  // also the signal, the duration and the attempt
    };
    static void print(const Execution &execution, const QString &server, Detail detail,
                      QTextStream &out);
};

} // namespace fleetcron
