#include "StoreWriterThread.h"

#include "ThreadPriority.h"

namespace fleetcron {

StoreWriterThread::StoreWriterThread(Database &db, const StoreWriter::Options &options)
    : m_writer(new StoreWriter(db, options)) {
    m_thread.setObjectName(QStringLiteral("fleetcron-store-writer"));
    m_writer->moveToThread(&m_thread);
    m_thread.start();
    // The scheduler's claims wait for the write lock this thread holds: see ThreadPriority.
    QMetaObject::invokeMethod(
        m_writer, [] { ThreadPriority::raiseCurrentThread(); }, Qt::QueuedConnection);
}

StoreWriterThread::~StoreWriterThread() {
    stop();
    delete m_writer;
}

void StoreWriterThread::stop() {
    if (!m_thread.isRunning())
        return;
    // Drain on the writer's own thread (its connection lives there), then let the thread end;
    // ending it removes that connection.
    QMetaObject::invokeMethod(m_writer, &StoreWriter::shutdown, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

} // namespace fleetcron
