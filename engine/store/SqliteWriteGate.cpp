#include "SqliteWriteGate.h"

#include <QFileInfo>
#include <QHash>
#include <QMutex>

#include <memory>

namespace fleetcron {

QRecursiveMutex &SqliteWriteGate::forFile(const QString &path) {
    static QMutex registryMutex;
    // Never shrinks: one small mutex per database file a process ever wrote.
    static QHash<QString, std::shared_ptr<QRecursiveMutex>> gates;
    const QString key = QFileInfo(path).absoluteFilePath();
    QMutexLocker lock(&registryMutex);
    auto &gate = gates[key];
    if (!gate)
        gate = std::make_shared<QRecursiveMutex>();
    return *gate;
}

} // namespace fleetcron
