#pragma once

#include <QObject>
#include <QStringList>
#include <QTimer>

namespace fleetcron {

class Database;
class RunHost;

// Failover between engines that share one database. Every engine heartbeats in `engines`; this
// looks, a few times per lease, for engines whose heartbeat is older than the lease (killed,
// host gone), closes their open runs and executions as `interrupted` (one transaction; of
// several engines recovering at once exactly one gets each run) and starts a retry run, on this
// engine, of each interrupted run whose task has retries, for the servers it did not finish.
// Nothing else needs handing over: tasks belong to no engine, so the next due fire of a dead
// engine's task is claimed by whoever is alive.
//
// The lease is a shared setting (`engine.lease_seconds`, default 15) because every engine must
// judge the others by the same rule; heartbeats go at a quarter of it.
class FailoverRecovery : public QObject {
    Q_OBJECT
public:
    static constexpr int defaultLeaseMs = 15'000;

    FailoverRecovery(RunHost &engine, int leaseMs, QObject *parent = nullptr);

    // The lease from the settings (`engine.lease_seconds`), or the default when unset or wrong.
    static int leaseMsFromSettings(Database &db);
    // How often an engine with this lease heartbeats: well inside the lease, so a busy moment
    // never makes a live engine look dead.
    static int heartbeatMsFor(int leaseMs) { return qMax(250, leaseMs / 4); }

    // Checks every fifth of the lease, so a dead engine is noticed at most that long after its
    // lease ran out.
    void start();
    void stop();

    // One pass; also called by the scheduler at start, with the engines of this host whose
    // process is gone (`knownDead`: dead now, whatever their heartbeat says). Commands they left
    // running on servers are stopped first (their remote process group). Returns how many
    // retry runs it started.
    static int recoverOnce(RunHost &engine, int leaseMs, const QStringList &knownDead = {});

private:
    RunHost &m_engine;
    int m_leaseMs;
    QTimer m_timer;
};

} // namespace fleetcron
