#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace fleetcron {

// One piece of live output of a running execution, as stored in execution_output so that a
// console in another process can tail it.
struct ExecutionOutputChunk {
    enum class Stream { Stdout, Stderr };

    qint64 executionId = 0;
    int seq = 0;
    Stream stream = Stream::Stdout;
    QDateTime at;
    QByteArray bytes;

    static QString streamName(Stream s) {
        return s == Stream::Stdout ? QStringLiteral("stdout") : QStringLiteral("stderr");
    }
};

} // namespace fleetcron
