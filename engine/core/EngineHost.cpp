#include "EngineHost.h"

#include "EngineWorker.h"

namespace fleetcron {

EngineHost::EngineHost(const QString &database, QObject *parent)
    : QObject(parent) {
    qRegisterMetaType<fleetcron::EngineStatus>();
    m_thread.setObjectName(QStringLiteral("engine"));
    m_worker = new EngineWorker(database);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &EngineWorker::statusChanged, this, &EngineHost::statusChanged);
}

EngineHost::~EngineHost() {
    if (m_thread.isRunning()) {
        // Stop on the engine's own thread and wait for it: no result is lost on quit.
        QMetaObject::invokeMethod(m_worker, &EngineWorker::stop, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    } else {
        delete m_worker;
    }
}

void EngineHost::start() {
    m_thread.start();
    QMetaObject::invokeMethod(m_worker, &EngineWorker::start, Qt::QueuedConnection);
}

} // namespace fleetcron
