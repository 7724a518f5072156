#include "EngineHost.h"

#include "EngineWorker.h"
#include "core/EngineEvents.h"
#include "service/Services.h"

namespace fleetcron {

EngineHost::EngineHost(const QString &database, QObject *parent)
    : QObject(parent) {
    qRegisterMetaType<fleetcron::EngineStatus>();
    qRegisterMetaType<fleetcron::Execution>();
    qRegisterMetaType<fleetcron::RunStatus>();
    qRegisterMetaType<QList<fleetcron::ExecutionOutputChunk>>();
    m_thread.setObjectName(QStringLiteral("engine"));
    m_readerThread.setObjectName(QStringLiteral("console-reader"));
    // The engine's events go straight to this thread's EngineEvents (queued: the engine lives on
    // m_thread), connected on the engine thread before the engine starts scheduling.
    m_worker = new EngineWorker(database, [this](EngineEvents &events) {
        connect(&events, &EngineEvents::runStarted, &m_events, &EngineEvents::runStarted);
        connect(&events, &EngineEvents::executionStarted, &m_events,
                &EngineEvents::executionStarted);
        connect(&events, &EngineEvents::outputBatch, &m_events, &EngineEvents::outputBatch);
        connect(&events, &EngineEvents::executionFinished, &m_events,
                &EngineEvents::executionFinished);
        connect(&events, &EngineEvents::runFinished, &m_events, &EngineEvents::runFinished);
        connect(&events, &EngineEvents::storageStateChanged, &m_events,
                &EngineEvents::storageStateChanged);
        connect(&events, &EngineEvents::notificationNotice, &m_events,
                &EngineEvents::notificationNotice);
    });
    m_worker->moveToThread(&m_thread);
    m_readerContext.moveToThread(&m_readerThread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &EngineWorker::statusChanged, this, &EngineHost::statusChanged);
    // Runs on the engine thread, at the end of the worker's start().
    connect(
        m_worker, &EngineWorker::startFinished, this, [this] { markStarted(); },
        Qt::DirectConnection);
    // Queued now, so it runs before any job sent before start(): jobs never wait on a start
    // that is queued behind them.
    QMetaObject::invokeMethod(m_worker, &EngineWorker::start, Qt::QueuedConnection);
}

EngineHost::~EngineHost() {
    // Reads first: they use the database the worker is about to close.
    if (m_readerThread.isRunning()) {
        m_readerThread.quit();
        m_readerThread.wait();
    }
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
    m_readerThread.start();
}

QObject *EngineHost::engineThreadObject() {
    return m_worker;
}

void EngineHost::markStarted() {
    QMutexLocker lock(&m_startMutex);
    m_started = true;
    m_startedCondition.wakeAll();
}

Services *EngineHost::startedServices() {
    QMutexLocker lock(&m_startMutex);
    while (!m_started)
        m_startedCondition.wait(&m_startMutex);
    return m_worker->services();
}

Services *EngineHost::readerServices() {
    if (!m_readerServices) {
        QMutexLocker lock(&m_startMutex);
        while (!m_started)
            m_startedCondition.wait(&m_startMutex);
        Database *db = m_worker->database();
        if (!db)
            return nullptr;
        m_readerServices = std::make_unique<Services>(*db, nullptr, nullptr, nullptr);
    }
    return m_readerServices.get();
}

} // namespace fleetcron
