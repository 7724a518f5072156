#pragma once

#include "NotificationDispatcher.h"

#include <QThread>

namespace fleetcron {

// The dispatcher on a thread of its own, started and stopped by the Runtime. Normal priority:
// the scheduler's and the store writer's threads are raised above it anyway, and lowered
// (nice +5) on a loaded machine it fell so far behind at 100 fires/s that no delivery was made
// (docs/PERFORMANCE.md).
class NotificationThread {
public:
    NotificationThread(Database &db, SecretStore *secrets, const QString &engineId,
                       EngineEvents &events, const NotificationDispatcher::Options &options = {});
    ~NotificationThread();
    NotificationThread(const NotificationThread &) = delete;
    NotificationThread &operator=(const NotificationThread &) = delete;

    // Records what was attempted and stops; requests still waiting for an answer are dropped
    // (their earlier attempts are in the record). Safe to call twice.
    void stop();
    NotificationDispatcher *dispatcher() { return m_dispatcher; }

private:
    QThread m_thread;
    NotificationDispatcher *m_dispatcher = nullptr;
};

} // namespace fleetcron
