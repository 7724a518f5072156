#pragma once

#include "model/Server.h"
#include "model/Task.h"
#include "ssh/SshCancelToken.h"
#include "ssh/SshExecResult.h"

#include <QString>

namespace fleetcron {

class OutputBatcher;
class SecretStore;
class SshPool;
class StoreWriter;

// One execution as a pool thread runs it: what it needs, copied on the engine's thread so the
// worker touches no shared state, and the blocking SSH part. Output goes to the writer and the
// batcher as it arrives, and the remote process group to the writer as soon as it is known (so
// whoever recovers a dead engine can stop the command on its server).
struct ExecutionWork {
    qint64 executionId = 0;
    Server server;
    TaskKind kind = TaskKind::Command;
    QString body;
    QString interpreter;
    int timeoutSeconds = 0;
    qint64 maxOutputBytes = 0;
    SshCancelToken cancel;

    // Connects (or reuses a pooled connection), runs the command and waits for its end.
    SshExecResult run(SshPool &pool, SecretStore *secrets, StoreWriter &writer,
                      OutputBatcher &output) const;
};

} // namespace fleetcron
