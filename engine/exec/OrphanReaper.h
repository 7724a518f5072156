#pragma once

#include "model/Server.h"
#include "ssh/SshCancelToken.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>

namespace fleetcron {

class SecretStore;
class SshPool;

// Stops commands that a lost connection left running on a server. Without a pty, sshd does not
// signal a command when its client vanishes (a cut network, a stopped or killed sshd process), so
// `sleep 600` runs on after its execution ended as failed or timed out. The executor hands such a
// command over (its server and remote process group); the reaper tries RemoteGroupStop on its own
// thread, first at once, then with backoff while the server stays unreachable, and gives up after
// `giveUpMs` with a warning. Nothing here blocks a run.
//
// The reaper has a connection pool of its own. Runs multiplex their channels on the pool's
// sessions, and libssh makes a session's users take turns: an attempt on a server that is
// stopped or cut off waits out its connect timeout inside such a turn, and a run to the same
// server sharing the session (say, one timing out, whose kill must get through) waited with it
// (test_network_faults stoppedSshdTimesOutWithinTheTimeout: 6.5 s for a 4 s timeout, after
// the reset case left an orphan there). Its own sessions keep such waits to itself.
class OrphanReaper {
public:
    struct Options {
        int firstRetryMs = 2000; // doubled after every failed attempt…
        int maxRetryMs = 60'000; // …up to this
        int giveUpMs = 15 * 60'000;
    };

    OrphanReaper(SecretStore *secrets, Options options);
    explicit OrphanReaper(SecretStore *secrets);
    // Cancels an attempt in progress (its SSH exec returns at once) and joins the thread.
    ~OrphanReaper();
    OrphanReaper(const OrphanReaper &) = delete;
    OrphanReaper &operator=(const OrphanReaper &) = delete;

    // `what` names the execution in log lines ("task=backup run=12").
    void adopt(const Server &server, qint64 processGroup, const QString &what);

    int pending() const;
    int stopped() const;
    int abandoned() const;

private:
    struct Orphan {
        Server server;
        qint64 processGroup = 0;
        QString what;
        QDateTime adoptedAt;
        QDateTime nextAttemptAt;
        int retryMs = 0;
    };

    void loop();
    void attempt(Orphan orphan);

    std::unique_ptr<SshPool> m_pool;
    SecretStore *m_secrets;
    const Options m_options;
    SshCancelToken m_cancel;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    QList<Orphan> m_orphans;
    bool m_stopping = false;
    int m_stopped = 0;
    int m_abandoned = 0;
    std::thread m_thread;
};

} // namespace fleetcron
