#include "SshPool.h"

#include "SshPoolConnection.h"
#include "SshSession.h"

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <map>
#include <mutex>
#include <thread>
#include <vector>

namespace fleetcron {
namespace {

using Clock = SshPoolClock;

SshExecResult fromConnectFailure(const SshConnectResult &c) {
    SshExecResult r;
    r.status = c.status;
    r.error = c.message;
    r.hostKeyFingerprint = c.hostKeyFingerprint;
    r.commandStarted = false;
    return r;
}

int msUntil(Clock::time_point deadline) {
    return int(
        std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count());
}

} // namespace

struct SshPool::Impl {
    Options options;
    mutable std::mutex mutex;
    std::condition_variable connected;
    std::condition_variable wake;
    std::map<QString, std::vector<PooledConnectionPtr>> byKey;
    qint64 opened = 0;
    qint64 hopsReused = 0;
    bool stopping = false;
    std::thread maintenance;

    PooledConnectionPtr checkout(const SshTarget &target, bool forceNew, bool &reused,
                                 SshConnectResult &failure, Clock::time_point deadline);
    // Connects a new connection's session, through its last jump host's pooled connection when
    // it has jump hosts. Without the lock.
    SshConnectResult connectNew(const PooledConnectionPtr &c,
                                const std::shared_ptr<SshSession> &session, const SshTarget &target,
                                Clock::time_point deadline);
    void checkin(const PooledConnectionPtr &c, bool alive);
    void maintain();
    // Under the lock: takes out what should be closed now.
    std::vector<PooledConnectionPtr> sweep(bool closeAllIdle,
                                           std::vector<PooledConnectionPtr> *probe);
};

SshPool::SshPool()
    : SshPool(Options{}) {}

SshPool::SshPool(Options options)
    : d(std::make_unique<Impl>()) {
    SshSession::initializeLibrary();
    d->options = options;
    d->maintenance = std::thread([this] { d->maintain(); });
}

SshPool::~SshPool() {
    {
        std::lock_guard lock(d->mutex);
        d->stopping = true;
    }
    d->wake.notify_all();
    d->maintenance.join();
    std::vector<PooledConnectionPtr> all;
    {
        std::lock_guard lock(d->mutex);
        for (auto &[key, list] : d->byKey)
            all.insert(all.end(), list.begin(), list.end());
        d->byKey.clear();
    }
    closePooled(std::move(all));
}

PooledConnectionPtr SshPool::Impl::checkout(const SshTarget &target, bool forceNew, bool &reused,
                                            SshConnectResult &failure, Clock::time_point deadline) {
    const QString key = sshPoolKey(target);
    std::unique_lock lock(mutex);
    std::vector<PooledConnectionPtr> &list = byKey[key];
    if (!forceNew) {
        // Prefer the busiest connection that still has room, so load packs onto few connections
        // and the others can idle out.
        PooledConnectionPtr best;
        for (const PooledConnectionPtr &c : list) {
            if (c->state != PooledConnection::State::Ready || c->retired || c->active >= c->limit)
                continue;
            if (c->via && c->via->state == PooledConnection::State::Dead) {
                c->retired = true; // its jump host's connection is gone, and its way with it
                continue;
            }
            if (!target.pinnedHostKey.isEmpty() &&
                c->connectResult.hostKeyFingerprint != target.pinnedHostKey.trimmed()) {
                c->retired = true; // the pin moved: this session was checked against another key
                continue;
            }
            if (!best || c->active > best->active)
                best = c;
        }
        if (best) {
            ++best->active;
            reused = true;
            return best;
        }
        // Someone is connecting already: share that connection instead of opening another.
        for (const PooledConnectionPtr &candidate : list) {
            if (candidate->state != PooledConnection::State::Connecting ||
                candidate->active >= candidate->limit)
                continue;
            // A copy: the list may change (and reallocate) while we wait without the lock.
            const PooledConnectionPtr c = candidate;
            ++c->active;
            connected.wait(lock, [&] { return c->state != PooledConnection::State::Connecting; });
            if (c->state == PooledConnection::State::Ready) {
                reused = false;
                return c;
            }
            --c->active;
            failure = c->connectResult;
            return nullptr;
        }
    }

    auto c = std::make_shared<PooledConnection>();
    c->serverId = target.serverId;
    c->active = 1;
    c->limit = std::max(1, target.channelLimit);
    list.push_back(c);
    ++opened;
    lock.unlock();

    auto session = std::make_shared<SshSession>();
    const SshConnectResult result = connectNew(c, session, target, deadline);

    lock.lock();
    c->connectResult = result;
    if (result.ok()) {
        c->session = session;
        c->state = PooledConnection::State::Ready;
        c->lastUsed = c->lastKeepalive = Clock::now();
    } else {
        c->state = PooledConnection::State::Dead;
        --c->active;
        failure = result;
    }
    lock.unlock();
    connected.notify_all();
    reused = false;
    return result.ok() ? c : nullptr;
}

SshConnectResult SshPool::Impl::connectNew(const PooledConnectionPtr &c,
                                           const std::shared_ptr<SshSession> &session,
                                           const SshTarget &target, Clock::time_point deadline) {
    SshTarget bounded = target;
    if (target.jumps.empty()) {
        bounded.connectTimeoutMs =
            std::min(target.connectTimeoutMs, std::max(msUntil(deadline), 100));
        return session->connect(bounded);
    }
    // The last hop comes from the pool like any connection, so a warm jump host session
    // carries new targets behind it without a handshake of its own.
    SshTarget hopTarget = target.lastHop();
    bool hopReused = false;
    SshConnectResult hopFailure;
    const PooledConnectionPtr hop = checkout(hopTarget, false, hopReused, hopFailure, deadline);
    if (!hop) {
        SshConnectResult r = hopFailure;
        r.message = QStringLiteral("cannot reach %1 through jump host %2: %3")
                        .arg(target.displayName(), hopTarget.displayName(), hopFailure.message);
        r.hostKeyFingerprint.clear(); // the hop's, not the target's
        r.hostKeyNewlyPinned = false;
        return r;
    }
    bounded.connectTimeoutMs = std::min(target.connectTimeoutMs, std::max(msUntil(deadline), 100));
    const SshConnectResult r = session->connect(bounded, hop->session);
    const bool hopAlive = hop->session->isConnected();
    std::lock_guard lock(mutex);
    --hop->active;
    hop->lastUsed = Clock::now();
    if (!hopAlive)
        hop->state = PooledConnection::State::Dead;
    if (r.ok()) {
        ++hop->tunnels;
        c->via = hop;
        hopsReused += hopReused ? 1 : 0;
    }
    return r;
}

void SshPool::Impl::checkin(const PooledConnectionPtr &c, bool alive) {
    std::lock_guard lock(mutex);
    --c->active;
    c->lastUsed = Clock::now();
    if (!alive)
        c->state = PooledConnection::State::Dead;
}

std::vector<PooledConnectionPtr> SshPool::Impl::sweep(bool closeAllIdle,
                                                      std::vector<PooledConnectionPtr> *probe) {
    const auto now = Clock::now();
    const auto idleLimit = std::chrono::milliseconds(options.idleTimeoutMs);
    const auto keepaliveEvery = std::chrono::milliseconds(options.keepaliveIntervalMs);
    std::vector<PooledConnectionPtr> closing;
    for (auto it = byKey.begin(); it != byKey.end();) {
        std::vector<PooledConnectionPtr> &list = it->second;
        for (auto c = list.begin(); c != list.end();) {
            const PooledConnectionPtr &conn = *c;
            const bool idle = conn->active == 0 && conn->tunnels == 0 && !conn->maintaining;
            const bool close =
                idle && (conn->state == PooledConnection::State::Dead ||
                         (conn->state == PooledConnection::State::Ready &&
                          (closeAllIdle || conn->retired || now - conn->lastUsed >= idleLimit)));
            if (close) {
                if (conn->via) {
                    --conn->via->tunnels;
                    conn->via->lastUsed = now; // idle from now, not from before the tunnel
                }
                closing.push_back(conn);
                c = list.erase(c);
                continue;
            }
            if (probe && idle && conn->state == PooledConnection::State::Ready &&
                now - std::max(conn->lastUsed, conn->lastKeepalive) >= keepaliveEvery) {
                conn->maintaining = true;
                probe->push_back(conn);
            }
            ++c;
        }
        it = list.empty() ? byKey.erase(it) : std::next(it);
    }
    return closing;
}

void SshPool::Impl::maintain() {
    std::unique_lock lock(mutex);
    while (!stopping) {
        wake.wait_for(lock, std::chrono::milliseconds(std::max(options.maintenanceIntervalMs, 10)));
        if (stopping)
            break;
        std::vector<PooledConnectionPtr> probe;
        std::vector<PooledConnectionPtr> closing = sweep(false, &probe);
        lock.unlock();
        closePooled(closing);
        for (const PooledConnectionPtr &c : probe) {
            // A server that dropped the connection is found here, not by the next command.
            const bool alive = c->session->sendKeepalive();
            std::lock_guard relock(mutex);
            c->maintaining = false;
            c->lastKeepalive = Clock::now();
            if (!alive)
                c->state = PooledConnection::State::Dead;
        }
        lock.lock();
    }
}

SshExecResult SshPool::exec(const SshTarget &target, const SshCommand &command,
                            const SshCancelToken &cancel) {
    for (int attempt = 0;; ++attempt) {
        bool reused = false;
        SshConnectResult failure;
        // Connecting counts against the command's timeout: a silent host is given up on when
        // the task's time is up, not after the (longer) connect timeout on top of it.
        SshTarget bounded = target;
        bounded.connectTimeoutMs =
            std::min(target.connectTimeoutMs, std::max(command.msLeft(), 100));
        const PooledConnectionPtr c =
            d->checkout(bounded, attempt > 0, reused, failure,
                        Clock::now() + std::chrono::milliseconds(bounded.connectTimeoutMs));
        if (!c)
            return fromConnectFailure(failure);
        SshExecResult r = c->session->exec(command, cancel);
        const bool alive = !r.connectionLost && c->session->isConnected();
        d->checkin(c, alive);
        // Nothing ran: a pooled connection that died while idle, or a channel the server
        // refused. One fresh connection is worth a try, while there is time; more would hide a
        // real problem.
        if (!r.commandStarted && attempt == 0 && !cancel.isCancelled() && command.msLeft() > 0)
            continue;
        r.hostKeyFingerprint = c->connectResult.hostKeyFingerprint;
        r.hostKeyNewlyPinned = c->connectResult.hostKeyNewlyPinned && !reused;
        r.authMethod = c->connectResult.authMethod;
        r.reusedConnection = reused;
        return r;
    }
}

SshConnectResult SshPool::testConnection(const SshTarget &target) {
    // Every hop in turn, each through the one before, all within the one connect timeout.
    const auto deadline = Clock::now() + std::chrono::milliseconds(target.connectTimeoutMs);
    std::vector<std::shared_ptr<SshSession>> hops;
    const auto closeHops = [&hops] {
        for (auto it = hops.rbegin(); it != hops.rend(); ++it)
            (*it)->disconnect();
    };
    for (const SshTarget &jump : target.jumps) {
        SshTarget hop = jump;
        hop.jumps.clear();
        hop.connectTimeoutMs = std::max(msUntil(deadline), 100);
        auto session = std::make_shared<SshSession>();
        SshConnectResult r = session->connect(hop, hops.empty() ? nullptr : hops.back());
        if (!r.ok()) {
            closeHops();
            r.message = QStringLiteral("cannot reach %1 through jump host %2: %3")
                            .arg(target.displayName(), hop.displayName(), r.message);
            r.hostKeyFingerprint.clear();
            r.hostKeyNewlyPinned = false;
            return r;
        }
        hops.push_back(session);
    }
    SshTarget last = target;
    last.connectTimeoutMs = std::max(msUntil(deadline), 100);
    SshSession session;
    SshConnectResult r = session.connect(last, hops.empty() ? nullptr : hops.back());
    session.disconnect();
    closeHops();
    return r;
}

void SshPool::closeIdle() {
    std::vector<PooledConnectionPtr> closing;
    {
        std::lock_guard lock(d->mutex);
        closing = d->sweep(true, nullptr);
    }
    closePooled(std::move(closing));
}

void SshPool::forget(qint64 serverId) {
    {
        std::lock_guard lock(d->mutex);
        for (auto &[key, list] : d->byKey) {
            for (const PooledConnectionPtr &c : list) {
                if (c->serverId == serverId)
                    c->retired = true;
            }
        }
        // What runs through a retired jump host goes too: its way was set up the old way.
        for (bool more = true; more;) {
            more = false;
            for (auto &[key, list] : d->byKey) {
                for (const PooledConnectionPtr &c : list) {
                    if (!c->retired && c->via && c->via->retired)
                        c->retired = more = true;
                }
            }
        }
    }
    d->wake.notify_all();
}

int SshPool::openConnections() const {
    std::lock_guard lock(d->mutex);
    int n = 0;
    for (const auto &[key, list] : d->byKey) {
        for (const PooledConnectionPtr &c : list)
            n += c->state != PooledConnection::State::Dead ? 1 : 0;
    }
    return n;
}

qint64 SshPool::connectionsOpened() const {
    std::lock_guard lock(d->mutex);
    return d->opened;
}

qint64 SshPool::jumpSessionsReused() const {
    std::lock_guard lock(d->mutex);
    return d->hopsReused;
}

} // namespace fleetcron
