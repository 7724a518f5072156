#include "SchedulerThread.h"

#include "core/EngineEvents.h"
#include "core/RunHost.h"
#include "store/ThreadPriority.h"

#include <QCoreApplication>
#include <QLoggingCategory>

namespace fleetcron {
namespace {

Q_LOGGING_CATEGORY(lcSchedulerThread, "fleetcron.scheduler")

} // namespace

SchedulerThread::SchedulerThread(RunHost &engine, const Scheduler::Options &options)
    : m_engine(engine)
    , m_scheduler(std::make_unique<Scheduler>(engine, options)) {
    m_thread.setObjectName(QStringLiteral("scheduler"));
    m_scheduler->moveToThread(&m_thread);
}

SchedulerThread::~SchedulerThread() {
    stop();
}

void SchedulerThread::start() {
    if (m_thread.isRunning())
        return;
    m_thread.start();
    QMetaObject::invokeMethod(
        m_scheduler.get(),
        [] {
            const int nice = ThreadPriority::raiseCurrentThread();
            qCDebug(lcSchedulerThread) << "scheduler thread at nice" << nice;
        },
        Qt::QueuedConnection);
    QMetaObject::invokeMethod(m_scheduler.get(), &Scheduler::start, Qt::QueuedConnection);
}

void SchedulerThread::stop() {
    if (!m_thread.isRunning())
        return;
    QMetaObject::invokeMethod(m_scheduler.get(), &Scheduler::stop, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    // Fires claimed before the stop are queued to the engine; start them now, so none stays a
    // claimed run that never began.
    if (m_engine.events().thread() == QThread::currentThread())
        QCoreApplication::sendPostedEvents(&m_engine.events(), QEvent::MetaCall);
}

} // namespace fleetcron
