#include "SchedulerThread.h"

#include "core/Engine.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace fleetcron {
namespace {

Q_LOGGING_CATEGORY(lcSchedulerThread, "fleetcron.scheduler")

// Raised only as far as the process may (root, CAP_SYS_NICE, or RLIMIT_NICE as the systemd unit
// grants with LimitNICE): on a busy machine the claiming thread then gets the CPU first, and
// it needs little of it.
constexpr int schedulerNice = -10;

void raiseThisThreadsPriority() {
    const auto tid = id_t(::syscall(SYS_gettid));
    for (int nice = schedulerNice; nice < 0; nice += 5) {
        if (::setpriority(PRIO_PROCESS, tid, nice) == 0) {
            qCDebug(lcSchedulerThread) << "scheduler thread runs at nice" << nice;
            return;
        }
    }
    qCDebug(lcSchedulerThread) << "scheduler thread keeps the process's priority";
}

} // namespace

SchedulerThread::SchedulerThread(Engine &engine, const Scheduler::Options &options)
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
        m_scheduler.get(), [] { raiseThisThreadsPriority(); }, Qt::QueuedConnection);
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
    if (m_engine.thread() == QThread::currentThread())
        QCoreApplication::sendPostedEvents(&m_engine, QEvent::MetaCall);
}

} // namespace fleetcron
