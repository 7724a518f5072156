#pragma once

#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

namespace fleetcron::test {

// A network link the test controls, between the test process and a network namespace of its
// own (`fc-test-<pid>`), for running a real sshd behind faults: packets dropped (blackhole),
// delayed and lost (latency), or a TCP connection reset in the middle of its output.
//
// The kernel this runs on has no sch_netem and there is no nft binary, so the link is a pair of
// TUN devices, one on each side, and a thread that carries every IP packet from one to the other
// and applies the faults on the way: a small netem in user space. The test's own side lives in
// a private network namespace too (enterPrivateNamespace), so nothing on the host's interfaces,
// routes or rules changes; the namespace and both devices are gone when the link and the test
// process are.
class ImpairedLink {
public:
    // The addresses on each end: the test's side and the server namespace's side. Loopback
    // addresses, so no test names an address outside 127.0.0.0/8: in both namespaces (the
    // test's own) loopback keeps only 127.0.0.1, the rest of 127/8 is routed like any other
    // network (route_localnet), and these two exist only on the link's TUN devices.
    static QString clientAddress() { return QStringLiteral("127.77.0.1"); }
    static QString serverAddress() { return QStringLiteral("127.77.0.2"); }

    // Moves the calling thread (call it first, from the main thread, before other threads
    // start) into a fresh network namespace with loopback up. Empty, or why it failed (no
    // CAP_NET_ADMIN, no `ip`).
    static QString enterPrivateNamespace();

    ImpairedLink();
    ~ImpairedLink();
    ImpairedLink(const ImpairedLink &) = delete;
    ImpairedLink &operator=(const ImpairedLink &) = delete;

    // Creates the namespace and both devices and starts carrying packets. False with error().
    bool start();
    QString error() const { return m_error; }
    // Makes the server's address reachable from the test's side only for sockets of `uid`
    // (policy routing: the route moves to a table that only that user's traffic looks up), so a
    // jump host logged in as that user gets through while the test itself finds no route.
    // Empty, or why it failed.
    QString routeOnlyFor(int uid);
    // Runs `make` on a short-lived thread that enters namespace `ns` and never comes back, and
    // returns its descriptor (-1 when the namespace cannot be entered): a socket or a TUN device
    // belongs to the namespace of the thread that creates it, and stays there whichever thread
    // uses it later.
    static int createIn(const QString &ns, const std::function<int()> &make);
    // For SshdFixture::Options::networkNamespace.
    QString namespaceName() const { return m_namespace; }

    // Faults; each applies to packets from now on. clear() undoes them all.
    void setBlackhole(bool dropAll);
    // One-way delay in each direction (RTT = 2 × delay) and loss per packet in each direction.
    void setLatency(int oneWayDelayMs, double lossRatio);
    // The next server-to-client TCP segment carrying data is replaced by a RST to each end, as
    // if a firewall reset the connection.
    void resetNextServerSegment();
    void clear();
    // Connections reset so far.
    int resets() const { return m_resets.load(); }
    // Packets carried and dropped so far.
    qint64 carried() const { return m_carried.load(); }
    qint64 dropped() const { return m_dropped.load(); }

private:
    struct Queues;
    void pump();
    void stop();

    QString m_namespace;
    QString m_error;
    int m_clientFd = -1;
    int m_serverFd = -1;
    int m_wake[2] = {-1, -1};
    std::unique_ptr<Queues> m_queues;
    std::thread m_thread;
    std::atomic_bool m_stopping{false};
    std::atomic_int m_resets{0};
    std::atomic<qint64> m_carried{0};
    std::atomic<qint64> m_dropped{0};
};

} // namespace fleetcron::test
