#include "SshPool.h"

#include "SshSession.h"

#include <QCryptographicHash>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <map>
#include <mutex>
#include <thread>
#include <vector>

namespace fleetcron {
namespace {

using Clock = std::chrono::steady_clock;

// One TCP connection. `active` counts the commands on it plus those waiting for it to connect;
// it never exceeds `limit`.
struct Connection {
    enum class State { Connecting, Ready, Dead };

    qint64 serverId = 0;
    std::shared_ptr<SshSession> session;
    State state = State::Connecting;
    SshConnectResult connectResult;
    int active = 0;
    int limit = 1;
    bool maintaining = false;
    bool retired = false; // not handed out any more; closed once idle
    Clock::time_point lastUsed = Clock::now();
    Clock::time_point lastKeepalive = Clock::now();
};

using ConnectionPtr = std::shared_ptr<Connection>;

// Connections are shared only between targets that would open the very same session: a changed
// address, user, key or secret must not reuse a session authenticated the old way. The pin is
// not part of it: pinning after first contact must not throw the fresh session away.
QString poolKey(const SshTarget &t) {
    QCryptographicHash secret(QCryptographicHash::Sha256);
    secret.addData(t.password.toUtf8());
    secret.addData(QByteArrayView("\0", 1));
    secret.addData(t.keyPassphrase.toUtf8());
    return QStringList{QString::number(t.serverId),
                       t.host,
                       QString::number(t.port),
                       t.username,
                       toString(t.auth),
                       t.keyPath,
                       t.agentSocket,
                       toString(t.hostKeyPolicy),
                       QString::fromLatin1(secret.result().toHex())}
        .join(QLatin1Char('\x1f'));
}

SshExecResult fromConnectFailure(const SshConnectResult &c) {
    SshExecResult r;
    r.status = c.status;
    r.error = c.message;
    r.hostKeyFingerprint = c.hostKeyFingerprint;
    r.commandStarted = false;
    return r;
}

} // namespace

struct SshPool::Impl {
    Options options;
    mutable std::mutex mutex;
    std::condition_variable connected;
    std::condition_variable wake;
    std::map<QString, std::vector<ConnectionPtr>> byKey;
    qint64 opened = 0;
    bool stopping = false;
    std::thread maintenance;

    ConnectionPtr checkout(const SshTarget &target, bool forceNew, bool &reused,
                           SshConnectResult &failure);
    void checkin(const ConnectionPtr &c, bool alive);
    void maintain();
    // Under the lock: takes out what should be closed now.
    std::vector<ConnectionPtr> sweep(bool closeAllIdle, std::vector<ConnectionPtr> *probe);
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
    std::vector<ConnectionPtr> all;
    {
        std::lock_guard lock(d->mutex);
        for (auto &[key, list] : d->byKey)
            all.insert(all.end(), list.begin(), list.end());
        d->byKey.clear();
    }
    for (const ConnectionPtr &c : all) {
        if (c->session)
            c->session->disconnect();
    }
}

ConnectionPtr SshPool::Impl::checkout(const SshTarget &target, bool forceNew, bool &reused,
                                      SshConnectResult &failure) {
    const QString key = poolKey(target);
    std::unique_lock lock(mutex);
    std::vector<ConnectionPtr> &list = byKey[key];
    if (!forceNew) {
        // Prefer the busiest connection that still has room, so load packs onto few connections
        // and the others can idle out.
        ConnectionPtr best;
        for (const ConnectionPtr &c : list) {
            if (c->state != Connection::State::Ready || c->retired || c->active >= c->limit)
                continue;
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
        for (const ConnectionPtr &candidate : list) {
            if (candidate->state != Connection::State::Connecting ||
                candidate->active >= candidate->limit)
                continue;
            // A copy: the list may change (and reallocate) while we wait without the lock.
            const ConnectionPtr c = candidate;
            ++c->active;
            connected.wait(lock, [&] { return c->state != Connection::State::Connecting; });
            if (c->state == Connection::State::Ready) {
                reused = false;
                return c;
            }
            --c->active;
            failure = c->connectResult;
            return nullptr;
        }
    }

    auto c = std::make_shared<Connection>();
    c->serverId = target.serverId;
    c->active = 1;
    c->limit = std::max(1, target.channelLimit);
    list.push_back(c);
    ++opened;
    lock.unlock();

    auto session = std::make_shared<SshSession>();
    const SshConnectResult result = session->connect(target);

    lock.lock();
    c->connectResult = result;
    if (result.ok()) {
        c->session = session;
        c->state = Connection::State::Ready;
        c->lastUsed = c->lastKeepalive = Clock::now();
    } else {
        c->state = Connection::State::Dead;
        --c->active;
        failure = result;
    }
    lock.unlock();
    connected.notify_all();
    reused = false;
    return result.ok() ? c : nullptr;
}

void SshPool::Impl::checkin(const ConnectionPtr &c, bool alive) {
    std::lock_guard lock(mutex);
    --c->active;
    c->lastUsed = Clock::now();
    if (!alive)
        c->state = Connection::State::Dead;
}

std::vector<ConnectionPtr> SshPool::Impl::sweep(bool closeAllIdle,
                                                std::vector<ConnectionPtr> *probe) {
    const auto now = Clock::now();
    const auto idleLimit = std::chrono::milliseconds(options.idleTimeoutMs);
    const auto keepaliveEvery = std::chrono::milliseconds(options.keepaliveIntervalMs);
    std::vector<ConnectionPtr> closing;
    for (auto it = byKey.begin(); it != byKey.end();) {
        std::vector<ConnectionPtr> &list = it->second;
        for (auto c = list.begin(); c != list.end();) {
            const ConnectionPtr &conn = *c;
            const bool idle = conn->active == 0 && !conn->maintaining;
            const bool close =
                idle && (conn->state == Connection::State::Dead ||
                         (conn->state == Connection::State::Ready &&
                          (closeAllIdle || conn->retired || now - conn->lastUsed >= idleLimit)));
            if (close) {
                closing.push_back(conn);
                c = list.erase(c);
                continue;
            }
            if (probe && idle && conn->state == Connection::State::Ready &&
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
        std::vector<ConnectionPtr> probe;
        std::vector<ConnectionPtr> closing = sweep(false, &probe);
        lock.unlock();
        for (const ConnectionPtr &c : closing) {
            if (c->session)
                c->session->disconnect();
        }
        for (const ConnectionPtr &c : probe) {
            // A server that dropped the connection is found here, not by the next command.
            const bool alive = c->session->sendKeepalive();
            std::lock_guard relock(mutex);
            c->maintaining = false;
            c->lastKeepalive = Clock::now();
            if (!alive)
                c->state = Connection::State::Dead;
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
        const ConnectionPtr c = d->checkout(bounded, attempt > 0, reused, failure);
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
    SshSession session;
    SshConnectResult r = session.connect(target);
    session.disconnect();
    return r;
}

void SshPool::closeIdle() {
    std::vector<ConnectionPtr> closing;
    {
        std::lock_guard lock(d->mutex);
        closing = d->sweep(true, nullptr);
    }
    for (const ConnectionPtr &c : closing) {
        if (c->session)
            c->session->disconnect();
    }
}

void SshPool::forget(qint64 serverId) {
    {
        std::lock_guard lock(d->mutex);
        for (auto &[key, list] : d->byKey) {
            for (const ConnectionPtr &c : list) {
                if (c->serverId == serverId)
                    c->retired = true;
            }
        }
    }
    d->wake.notify_all();
}

int SshPool::openConnections() const {
    std::lock_guard lock(d->mutex);
    int n = 0;
    for (const auto &[key, list] : d->byKey) {
        for (const ConnectionPtr &c : list)
            n += c->state != Connection::State::Dead ? 1 : 0;
    }
    return n;
}

qint64 SshPool::connectionsOpened() const {
    std::lock_guard lock(d->mutex);
    return d->opened;
}

} // namespace fleetcron
