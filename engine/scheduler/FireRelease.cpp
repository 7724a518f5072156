#include "FireRelease.h"

#include <QDateTime>

#include <chrono>
#include <limits>

#include <pthread.h>

namespace fleetcron {

FireRelease::FireRelease(Released released)
    : m_released(std::move(released))
    , m_thread([this] { loop(); }) {}

FireRelease::~FireRelease() {
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_one();
    m_thread.join();
}

void FireRelease::add(QList<Fire> fires) {
    if (fires.isEmpty())
        return;
    bool sooner = false;
    {
        std::lock_guard lock(m_mutex);
        const qint64 before =
            m_fires.empty() ? std::numeric_limits<qint64>::max() : m_fires.begin()->first;
        for (Fire &f : fires) {
            sooner = sooner || f.dueMs < before;
            m_fires.emplace(f.dueMs, std::move(f.start));
        }
    }
    if (sooner)
        m_wake.notify_one();
}

QList<RunStart> FireRelease::takeAll() {
    std::lock_guard lock(m_mutex);
    QList<RunStart> left;
    left.reserve(qsizetype(m_fires.size()));
    for (auto &[due, start] : m_fires)
        left.append(std::move(start));
    m_fires.clear();
    return left;
}

qint64 FireRelease::earliestMs() const {
    std::lock_guard lock(m_mutex);
    return m_fires.empty() ? -1 : m_fires.begin()->first;
}

void FireRelease::loop() {
    pthread_setname_np(pthread_self(), "fire release"); // for top -H, perf and gdb
    std::unique_lock lock(m_mutex);
    while (!m_stopping) {
        if (m_fires.empty()) {
            m_wake.wait(lock);
            continue;
        }
        // Due times are wall-clock instants; the wait is re-measured on every wake, so a wall
        // clock that jumps releases what became due at the next wake at most a poll later.
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const qint64 wait = m_fires.begin()->first - now;
        if (wait > 0) {
            m_wake.wait_for(lock, std::chrono::milliseconds(std::min<qint64>(wait, 1000)));
            continue;
        }
        QList<RunStart> due;
        QList<qint64> late;
        while (!m_fires.empty() && m_fires.begin()->first <= now) {
            auto node = m_fires.extract(m_fires.begin());
            late.append(now - node.key());
            due.append(std::move(node.mapped()));
        }
        // Handed over without the lock: add() from the scheduler never waits for the engine.
        lock.unlock();
        m_released(std::move(due), std::move(late));
        lock.lock();
    }
}

} // namespace fleetcron
