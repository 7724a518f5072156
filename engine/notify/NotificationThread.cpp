#include "NotificationThread.h"

#include "core/EngineEvents.h"

namespace fleetcron {

NotificationThread::NotificationThread(Database &db, SecretStore *secrets, const QString &engineId,
                                       EngineEvents &events,
                                       const NotificationDispatcher::Options &options) {
    qRegisterMetaType<fleetcron::Execution>();
    qRegisterMetaType<fleetcron::RunStatus>();
    qRegisterMetaType<fleetcron::NotificationDelivery>();
    m_thread.setObjectName(QStringLiteral("fleetcron-notify"));
    m_dispatcher = new NotificationDispatcher(db, secrets, engineId, options);
    m_dispatcher->watch(events);
    // The console's tray hears of its rules through the engine's events, as of everything else.
    QObject::connect(&m_dispatcher->outbox(), &NotificationOutbox::trayNotice, &events,
                     &EngineEvents::notificationNotice);
    m_dispatcher->moveToThread(&m_thread);
    m_thread.start();
}

NotificationThread::~NotificationThread() {
    stop();
}

void NotificationThread::stop() {
    if (!m_dispatcher)
        return;
    // Deleted on its own thread: its network manager and timers belong there.
    NotificationDispatcher *d = std::exchange(m_dispatcher, nullptr);
    QMetaObject::invokeMethod(
        d, [d] { delete d; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

} // namespace fleetcron
