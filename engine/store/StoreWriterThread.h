#pragma once

#include "StoreWriter.h"

#include <QThread>

namespace fleetcron {

class Database;

// Owns the StoreWriter and the thread it lives on. Destroying it (or stop()) writes whatever
// is still queued, then quits and waits for the thread: an ordered shutdown that loses no
// finished result. Create it after the Database and destroy it before.
class StoreWriterThread {
public:
    explicit StoreWriterThread(Database &db,
                               const StoreWriter::Options &options = StoreWriter::Options());
    ~StoreWriterThread();
    StoreWriterThread(const StoreWriterThread &) = delete;
    StoreWriterThread &operator=(const StoreWriterThread &) = delete;

    StoreWriter *writer() const { return m_writer; }
    void stop();

private:
    QThread m_thread;
    StoreWriter *m_writer = nullptr;
};

} // namespace fleetcron
