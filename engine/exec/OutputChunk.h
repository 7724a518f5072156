#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QMetaType>

namespace fleetcron {

enum class OutputStream { Stdout, Stderr };

// A piece of live output of one execution, as it arrived.
struct OutputChunk {
    qint64 executionId = 0;
    OutputStream stream = OutputStream::Stdout;
    qint64 atMs = 0; // epoch ms
    QByteArray bytes;
};

} // namespace fleetcron

Q_DECLARE_METATYPE(fleetcron::OutputChunk)
