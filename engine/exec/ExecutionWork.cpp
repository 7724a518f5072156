#include "ExecutionWork.h"

#include "OutputBatcher.h"
#include "SshTargetFactory.h"
#include "ssh/SshCommand.h"
#include "ssh/SshPool.h"
#include "store/StoreWriter.h"

#include <QDateTime>

#include <chrono>

namespace fleetcron {

SshExecResult ExecutionWork::run(SshPool &pool, SecretStore *secrets, StoreWriter &writer,
                                 OutputBatcher &output) const {
    SshExecResult result;
    const auto began = std::chrono::steady_clock::now();
    const SshTargetFactory::Result target = SshTargetFactory::make(server, secrets);
    if (!target.error.isEmpty()) {
        result.status = ExecutionStatus::AuthFailed;
        result.error = target.error;
        return result;
    }
    const int timeoutMs = timeoutSeconds * 1000;
    SshCommand command = kind == TaskKind::Script
                             ? SshCommand::scriptFor(interpreter, body.toUtf8(), timeoutMs)
                             : SshCommand::shell(body, timeoutMs);
    command.maxOutputBytes = maxOutputBytes;
    // The task's timeout bounds the whole execution, connecting included.
    command.startedAt = began;
    const qint64 id = executionId;
    command.sink = [&writer, &output, id](SshStream stream, QByteArrayView bytes) {
        ExecutionOutputChunk chunk;
        chunk.executionId = id;
        chunk.stream = stream == SshStream::Stdout ? ExecutionOutputChunk::Stream::Stdout
                                                   : ExecutionOutputChunk::Stream::Stderr;
        chunk.at = QDateTime::currentDateTimeUtc();
        chunk.bytes = bytes.toByteArray();
        writer.appendOutput(id, chunk.stream, chunk.at, chunk.bytes);
        output.append(std::move(chunk));
    };
    command.onProcessGroup = [&writer, id](qint64 pgid) { writer.setRemoteProcessGroup(id, pgid); };
    return pool.exec(target.target, command, cancel);
}

} // namespace fleetcron
