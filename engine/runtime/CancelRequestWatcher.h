#pragma once

#include <QObject>
#include <QSet>
#include <QTimer>

#include <memory>

namespace fleetcron {

class Database;
class RunLauncher;
class StoreChangeListener;

// Carries out cancel requests other processes recorded on this engine's runs (RunService::cancel
// for a run it does not own): on a PostgreSQL notice at once, and by a short poll everywhere
// (the only way on SQLite). Each request is cancelled exactly as a local cancel is, through the
// engine's cancelRun: waiting executions end cancelled, remote commands are killed.
//
// Lives on the engine's thread, which must run an event loop.
class CancelRequestWatcher : public QObject {
    Q_OBJECT
public:
    CancelRequestWatcher(Database &db, RunLauncher &engine, int pollMs = 500,
                         QObject *parent = nullptr);
    ~CancelRequestWatcher() override;

    // Looks for requests now; public so a test can drive it without waiting for the timer.
    void check();

private:
    Database &m_db;
    RunLauncher &m_engine;
    QTimer m_poll;
    std::unique_ptr<StoreChangeListener> m_listener;
    // Runs already handed to the engine; a run stays listed until its cancelled status is
    // written, and must not be cancelled twice meanwhile.
    QSet<qint64> m_handled;
};

} // namespace fleetcron
