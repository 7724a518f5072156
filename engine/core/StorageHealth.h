#pragma once

#include <QMutex>
#include <QString>

#include <array>
#include <functional>

namespace fleetcron {

// Whether the store takes this engine's writes, as one answer from several writers. The result
// writer notices when runs end; with nothing ending (claims fail first, so no run starts while
// the disk is full) the scheduler's claims and the heartbeat still write, and a nearly full
// disk can take a small write (a heartbeat into WAL space already there) while it refuses a
// larger one: the operator must hear of a refusal from any of them. The problem shown is the
// first source's that has one; the store counts as writable again once every source that was
// refused has written since. Thread-safe: the writer, the scheduler and the engine report from
// their own threads.
class StorageHealth {
public:
    enum class Source { Results, Claims, Heartbeat, Count };

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
