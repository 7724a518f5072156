#pragma once

#include "EngineStatus.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace fleetcron {

class Database;
class Engine;
class RetentionPruner;
class Scheduler;
class SecretStore;

// The engine's side of EngineHost: opens the store, the secret store, the engine and the
// scheduler on the engine thread, and reports its state about once a second.
class EngineWorker : public QObject {
    Q_OBJECT
public:
    explicit EngineWorker(const QString &database);
    ~EngineWorker() override;

    void start();
    void stop();

signals:
    void statusChanged(const fleetcron::EngineStatus &status);

private:
    void report();

    QString m_databaseValue;
    EngineStatus m_status;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<Engine> m_engine;
    std::unique_ptr<Scheduler> m_scheduler;
    std::unique_ptr<RetentionPruner> m_pruner;
    QTimer m_reportTimer;
};

} // namespace fleetcron
