#pragma once

#include <QMutex>
#include <QString>

#include <array>
#include <functional>

namespace fleetcron {

// Whether the store takes this engine's writes, as one answer from several writers. The result
// writer is the first to notice when runs end, but with nothing ending (claims fail first, so
// no run starts while the disk is full) only the heartbeat writes: the operator must hear of a
// store that refuses writes from either. The problem shown is the first source's that has one;
// the store counts as writable again once every source has written. Thread-safe: the writer
// reports from its own thread, the heartbeat from the engine's.
class StorageHealth {
public:
    enum class Source { Results, Heartbeat, Count };

    // Called (under no lock of this class) whenever the combined problem changes.
    explicit StorageHealth(std::function<void(const QString &problem)> changed);

    // An empty `problem`: that source's writes go through again.
    void report(Source source, const QString &problem);
    QString problem() const;

private:
    QString combinedLocked() const;

    std::function<void(const QString &)> m_changed;
    mutable QMutex m_mutex;
    std::array<QString, size_t(Source::Count)> m_problems;
};

} // namespace fleetcron
