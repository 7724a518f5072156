#pragma once

#include "core/EngineStatus.h"

#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>

namespace fleetcron {

class Database;
class Engine;
class EngineEvents;
class Runtime;
class Services;

// The engine's side of EngineHost: hosts the Runtime (database, secrets, engine, services,
// scheduler) on the engine thread, and reports its state about once a second.
class EngineWorker : public QObject {
    Q_OBJECT
public:
    // `engineBuilt` is called on the engine thread once the engine exists and before it starts
    // scheduling, so whoever forwards its events misses none of them.
    using EngineBuilt = std::function<void(EngineEvents &)>;

    EngineWorker(const QString &database, EngineBuilt engineBuilt);
    ~EngineWorker() override;

    void start();
    void stop();

    // Valid once start() has finished (null when it failed) until stop(); EngineHost hands
    // them to jobs.
    Engine *engine() const;
    Database *database() const;
    Services *services() const;

signals:
    void statusChanged(const fleetcron::EngineStatus &status);
    // Emitted at the end of start(), whether the engine started or not.
    void startFinished();

private:
    void startEngine();
    void report();

    QString m_databaseValue;
    EngineBuilt m_engineBuilt;
    EngineStatus m_status;
    std::unique_ptr<Runtime> m_runtime; // set once it has opened
    QTimer m_reportTimer;
};

} // namespace fleetcron
