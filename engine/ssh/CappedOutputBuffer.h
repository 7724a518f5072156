#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace fleetcron {

// Keeps at most `maxBytes` of a stream: the first half and the last half, whatever the stream's
// length. A command printing gigabytes costs a fixed amount of memory; the head usually says
// what started and the tail what went wrong.
class CappedOutputBuffer {
public:
    explicit CappedOutputBuffer(qint64 maxBytes);

    void append(QByteArrayView chunk);

    // Head followed by tail; the bytes in between are gone when truncated() is true.
    QByteArray data() const;
    bool truncated() const { return m_total > m_headCap + m_tailCap; }
    qint64 totalBytes() const { return m_total; }

private:
    qint64 m_headCap;
    qint64 m_tailCap;
    QByteArray m_head;
    QByteArray m_ring; // the tail, written circularly once it is full
    qint64 m_ringPos = 0;
    qint64 m_ringFill = 0;
    qint64 m_total = 0;
};

} // namespace fleetcron
