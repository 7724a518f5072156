#pragma once

#include "core/EngineStatus.h"
#include "model/Execution.h"
#include "model/Statuses.h"
#include "store/ExecutionOutputChunk.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace fleetcron {

class Database;
class Engine;
class Runtime;
class Services;

// The engine's side of EngineHost: hosts the Runtime (database, secrets, engine, services,
// scheduler) on the engine thread, and reports its state about once a second.
class EngineWorker : public QObject {
    Q_OBJECT
public:
    explicit EngineWorker(const QString &database);
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
    void runStarted(qint64 runId, qint64 taskId);
    void executionStarted(qint64 executionId, qint64 runId, qint64 serverId);
    void outputBatch(const QList<fleetcron::ExecutionOutputChunk> &chunks);
    void executionFinished(const fleetcron::Execution &execution);
    void runFinished(qint64 runId, qint64 taskId, fleetcron::RunStatus status);

private:
    void startEngine();
    void report();

    QString m_databaseValue;
    EngineStatus m_status;
    std::unique_ptr<Runtime> m_runtime; // set once it has opened
    QTimer m_reportTimer;
};

} // namespace fleetcron
