#pragma once

#include <QRecursiveMutex>
#include <QString>

namespace fleetcron {

// One lock per SQLite file for this process's write transactions.
//
// SQLite lets one connection write at a time; a connection that finds the file locked polls
// in its busy handler, sleeping 1, 2, 5, 10 … 100 ms between tries. With the scheduler, the
// executor and the writer each on their own thread and connection, those sleeps made a claim
// wait tens of milliseconds for a lock released long before. Threads of one process queue on
// this mutex instead and wake the moment the lock is free; other processes still meet the
// busy handler. Recursive, so a thread's second connection cannot deadlock with its first.
class SqliteWriteGate {
public:
    static QRecursiveMutex &forFile(const QString &path);
};

} // namespace fleetcron
