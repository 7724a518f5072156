#include "ImpairedLink.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstring>
#include <deque>
#include <optional>
#include <random>
#include <thread>
#include <vector>

#include <fcntl.h>
#include <linux/if.h>
#include <linux/if_tun.h>
#include <poll.h>
#include <sched.h>
#include <sys/ioctl.h>
#include <unistd.h>

namespace fleetcron::test {
namespace {

using Clock = std::chrono::steady_clock;

const char *const clientDevice = "fc-client";
const char *const serverDevice = "fc-server";

QString runIp(const QStringList &args) {
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("ip"), args);
    if (!p.waitForFinished(10'000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        p.kill();
        return QStringLiteral("ip %1: %2")
            .arg(args.join(QLatin1Char(' ')), QString::fromLocal8Bit(p.readAll()).trimmed());
    }
    return {};
}

int openTun(const char *name) {
    const int fd = ::open("/dev/net/tun", O_RDWR | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return -1;
    ifreq ifr{};
    ifr.ifr_flags = IFF_TUN | IFF_NO_PI;
    std::strncpy(ifr.ifr_name, name, IFNAMSIZ - 1);
    if (::ioctl(fd, TUNSETIFF, &ifr) < 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}

// A TUN device belongs to the namespace of the thread that creates it.
int openTunIn(const QString &ns, const char *name) {
    return ImpairedLink::createIn(ns, [name] { return openTun(name); });
}

// In the calling thread's network namespace: loopback answers for 127.0.0.1 only, and the rest
// of 127.0.0.0/8 may cross other devices (route_localnet), so the link's ends can use it.
int freeLoopbackRange() {
    QFile f(QStringLiteral("/proc/sys/net/ipv4/conf/all/route_localnet"));
    if (!f.open(QIODevice::WriteOnly) || f.write("1\n") != 2)
        return -1;
    f.close();
    // Gone already when a second link starts in this namespace.
    runIp({QStringLiteral("route"), QStringLiteral("del"), QStringLiteral("local"),
           QStringLiteral("127.0.0.0/8"), QStringLiteral("dev"), QStringLiteral("lo"),
           QStringLiteral("table"), QStringLiteral("local")});
    return 0;
}

} // namespace

int ImpairedLink::createIn(const QString &ns, const std::function<int()> &make) {
    int fd = -1;
    std::thread([&] {
        const int nsFd = ::open(QFile::encodeName(QStringLiteral("/run/netns/") + ns).constData(),
                                O_RDONLY | O_CLOEXEC);
        if (nsFd < 0)
            return;
        if (::setns(nsFd, CLONE_NEWNET) == 0)
            fd = make();
        ::close(nsFd);
    }).join();
    return fd;
}

namespace {

// Namespaces a killed test run left behind: their pid is gone.
void removeStaleNamespaces() {
    static const QRegularExpression ours(QStringLiteral("^fc-test-(\\d+)$"));
    const QStringList names = QDir(QStringLiteral("/run/netns")).entryList(QDir::Files);
    for (const QString &name : names) {
        const auto m = ours.match(name);
        if (m.hasMatch() && ::kill(pid_t(m.captured(1).toLongLong()), 0) != 0 && errno == ESRCH)
            runIp({QStringLiteral("netns"), QStringLiteral("del"), name});
    }
}

quint16 get16(const uchar *p) {
    return quint16(p[0] << 8 | p[1]);
}
quint32 get32(const uchar *p) {
    return quint32(p[0]) << 24 | quint32(p[1]) << 16 | quint32(p[2]) << 8 | p[3];
}
void put16(uchar *p, quint16 v) {
    p[0] = uchar(v >> 8);
    p[1] = uchar(v);
}
void put32(uchar *p, quint32 v) {
    put16(p, quint16(v >> 16));
    put16(p + 2, quint16(v));
}

quint32 sum16(const uchar *p, int n, quint32 sum = 0) {
    for (int i = 0; i + 1 < n; i += 2)
        sum += get16(p + i);
    if (n % 2)
        sum += quint32(p[n - 1]) << 8;
    return sum;
}
quint16 fold(quint32 sum) {
    while (sum >> 16)
        sum = (sum & 0xffff) + (sum >> 16);
    return quint16(~sum);
}

// A bare IPv4 TCP RST: 20 bytes of IP, 20 of TCP, both checksums right.
QByteArray tcpReset(const uchar *srcIp, const uchar *dstIp, quint16 srcPort, quint16 dstPort,
                    quint32 seq) {
    QByteArray packet(40, '\0');
    auto *ip = reinterpret_cast<uchar *>(packet.data());
    ip[0] = 0x45;
    put16(ip + 2, 40);
    put16(ip + 6, 0x4000); // don't fragment
    ip[8] = 64;
    ip[9] = 6; // TCP
    std::memcpy(ip + 12, srcIp, 4);
    std::memcpy(ip + 16, dstIp, 4);
    put16(ip + 10, fold(sum16(ip, 20)));
    uchar *tcp = ip + 20;
    put16(tcp, srcPort);
    put16(tcp + 2, dstPort);
    put32(tcp + 4, seq);
    tcp[12] = 5 << 4;
    tcp[13] = 0x04; // RST
    quint32 pseudo = sum16(ip + 12, 8);
    pseudo += 6 + 20;
    put16(tcp + 16, fold(sum16(tcp, 20, pseudo)));
    return packet;
}

struct TcpView {
    const uchar *ip = nullptr;
    const uchar *tcp = nullptr;
    int payload = 0;
};

std::optional<TcpView> tcpOf(const QByteArray &packet) {
    const auto *p = reinterpret_cast<const uchar *>(packet.constData());
    if (packet.size() < 40 || (p[0] >> 4) != 4 || p[9] != 6)
        return std::nullopt;
    const int ipLen = (p[0] & 0x0f) * 4;
    const int total = std::min<int>(get16(p + 2), int(packet.size()));
    if (total < ipLen + 20)
        return std::nullopt;
    const uchar *tcp = p + ipLen;
    const int tcpLen = (tcp[12] >> 4) * 4;
    return TcpView{p, tcp, total - ipLen - tcpLen};
}

struct Packet {
    Clock::time_point due;
    QByteArray bytes;
};

} // namespace

struct ImpairedLink::Queues {
    std::mutex mutex;
    bool blackhole = false;
    int delayMs = 0;
    double loss = 0;
    bool resetArmed = false;
    std::mt19937 random{20261204}; // fixed: the same packets are lost on every run
    std::deque<Packet> toServer;
    std::deque<Packet> toClient;
};

namespace {
// Whether this process left the host's network namespace: the link changes the loopback routes
// of the namespace it starts in, which must never be the host's.
bool inPrivateNamespace = false;
} // namespace

QString ImpairedLink::enterPrivateNamespace() {
    if (::unshare(CLONE_NEWNET) != 0)
        return QStringLiteral("cannot create a network namespace (needs CAP_NET_ADMIN): %1")
            .arg(QString::fromLocal8Bit(std::strerror(errno)));
    inPrivateNamespace = true;
    return runIp({QStringLiteral("link"), QStringLiteral("set"), QStringLiteral("lo"),
                  QStringLiteral("up")});
}

ImpairedLink::ImpairedLink()
    : m_namespace(QStringLiteral("fc-test-%1").arg(::getpid()))
    , m_queues(std::make_unique<Queues>()) {}

ImpairedLink::~ImpairedLink() {
    stop();
}

bool ImpairedLink::start() {
    if (!inPrivateNamespace) {
        m_error = QStringLiteral("ImpairedLink needs enterPrivateNamespace() first: it never "
                                 "changes the host's own network namespace");
        return false;
    }
    removeStaleNamespaces();
    const QString ns = m_namespace;
    if (QString e = runIp({QStringLiteral("netns"), QStringLiteral("add"), ns}); !e.isEmpty()) {
        m_error = e;
        return false;
    }
    m_clientFd = openTun(clientDevice);
    m_serverFd = openTunIn(ns, serverDevice);
    if (m_clientFd < 0 || m_serverFd < 0 || ::pipe2(m_wake, O_CLOEXEC | O_NONBLOCK) != 0) {
        m_error = QStringLiteral("cannot create the TUN devices: %1")
                      .arg(QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    const QString client = QString::fromLatin1(clientDevice);
    const QString server = QString::fromLatin1(serverDevice);
    if (QString e = runIp({QStringLiteral("-n"), ns, QStringLiteral("link"), QStringLiteral("set"),
                           QStringLiteral("lo"), QStringLiteral("up")});
        !e.isEmpty()) {
        m_error = e;
        return false;
    }
    if (freeLoopbackRange() != 0 || createIn(ns, freeLoopbackRange) != 0) {
        m_error =
            QStringLiteral("cannot route 127.0.0.0/8 beyond loopback in the test's namespaces");
        return false;
    }
    const QString steps[] = {
        QStringLiteral("addr add %1 peer %2/32 dev %3")
            .arg(clientAddress(), serverAddress(), client),
        QStringLiteral("link set %1 up").arg(client),
        QStringLiteral("-n %1 addr add %2 peer %3/32 dev %4")
            .arg(ns, serverAddress(), clientAddress(), server),
        QStringLiteral("-n %1 link set %2 up").arg(ns, server),
    };
    for (const QString &step : steps) {
        if (QString e = runIp(step.split(QLatin1Char(' '))); !e.isEmpty()) {
            m_error = e;
            return false;
        }
    }
    m_thread = std::thread([this] { pump(); });
    return true;
}

QString ImpairedLink::routeOnlyFor(int uid) {
    const QString table = QStringLiteral("77");
    const QString client = QString::fromLatin1(clientDevice);
    const QString steps[] = {
        QStringLiteral("route del %1/32 dev %2").arg(serverAddress(), client),
        QStringLiteral("route add %1/32 dev %2 src %3 table %4")
            .arg(serverAddress(), client, clientAddress(), table),
        QStringLiteral("rule add uidrange %1-%1 lookup %2").arg(uid).arg(table),
    };
    for (const QString &step : steps) {
        if (QString e = runIp(step.split(QLatin1Char(' '))); !e.isEmpty())
            return e;
    }
    // The answers come back on a device the main table has no route through now: a strict
    // reverse-path check would drop them. This namespace is the test's own.
    for (const QString &conf : {QStringLiteral("all"), client}) {
        QFile f(QStringLiteral("/proc/sys/net/ipv4/conf/%1/rp_filter").arg(conf));
        if (!f.open(QIODevice::WriteOnly) || f.write("0\n") != 2)
            return QStringLiteral("cannot turn off rp_filter on %1").arg(conf);
    }
    return {};
}

void ImpairedLink::stop() {
    if (m_thread.joinable()) {
        m_stopping = true;
        (void)!::write(m_wake[1], "x", 1);
        m_thread.join();
    }
    for (int *fd : {&m_clientFd, &m_serverFd, &m_wake[0], &m_wake[1]}) {
        if (*fd >= 0)
            ::close(*fd);
        *fd = -1;
    }
    // Deleting the namespace takes its device with it; ours went with its descriptor.
    if (QDir(QStringLiteral("/run/netns")).exists(m_namespace))
        runIp({QStringLiteral("netns"), QStringLiteral("del"), m_namespace});
}

void ImpairedLink::setBlackhole(bool dropAll) {
    std::lock_guard lock(m_queues->mutex);
    m_queues->blackhole = dropAll;
}

void ImpairedLink::setLatency(int oneWayDelayMs, double lossRatio) {
    std::lock_guard lock(m_queues->mutex);
    m_queues->delayMs = oneWayDelayMs;
    m_queues->loss = lossRatio;
}

void ImpairedLink::resetNextServerSegment() {
    std::lock_guard lock(m_queues->mutex);
    m_queues->resetArmed = true;
}

void ImpairedLink::clear() {
    std::lock_guard lock(m_queues->mutex);
    m_queues->blackhole = false;
    m_queues->delayMs = 0;
    m_queues->loss = 0;
    m_queues->resetArmed = false;
}

// The link's thread: read what either side sent, apply the faults, deliver what is due.
void ImpairedLink::pump() {
    Queues &q = *m_queues;
    std::vector<char> buf(65536);
    const auto take = [&](int fromFd, std::deque<Packet> &queue, bool towardClient) {
        for (;;) {
            const ssize_t n = ::read(fromFd, buf.data(), buf.size());
            if (n <= 0)
                return;
            QByteArray packet(buf.data(), int(n));
            std::lock_guard lock(q.mutex);
            if (q.blackhole) {
                ++m_dropped;
                continue;
            }
            if (towardClient && q.resetArmed) {
                if (const auto t = tcpOf(packet); t && t->payload > 0) {
                    // The client expects exactly this segment's sequence number; the server
                    // expects the one it acknowledges.
                    q.resetArmed = false;
                    const QByteArray toClient = tcpReset(t->ip + 12, t->ip + 16, get16(t->tcp),
                                                         get16(t->tcp + 2), get32(t->tcp + 4));
                    const QByteArray toServer = tcpReset(t->ip + 16, t->ip + 12, get16(t->tcp + 2),
                                                         get16(t->tcp), get32(t->tcp + 8));
                    (void)!::write(m_clientFd, toClient.constData(), size_t(toClient.size()));
                    (void)!::write(m_serverFd, toServer.constData(), size_t(toServer.size()));
                    ++m_resets;
                    ++m_dropped;
                    continue;
                }
            }
            if (q.loss > 0 && std::uniform_real_distribution<double>(0, 1)(q.random) < q.loss) {
                ++m_dropped;
                continue;
            }
            queue.push_back({Clock::now() + std::chrono::milliseconds(q.delayMs), packet});
        }
    };
    const auto deliver = [&](std::deque<Packet> &queue, int toFd) {
        while (!queue.empty() && queue.front().due <= Clock::now()) {
            (void)!::write(toFd, queue.front().bytes.constData(),
                           size_t(queue.front().bytes.size()));
            queue.pop_front();
            ++m_carried;
        }
    };
    while (!m_stopping) {
        // Sleep until the next packet is due, to the nanosecond: a timeout in whole ms would
        // round the last millisecond down to 0 and spin through it before every delivery, which
        // under steady traffic (bench/wan) kept the thread busy and away from the CPUs sshd needs.
        Clock::duration wait = std::chrono::milliseconds(50);
        {
            std::lock_guard lock(q.mutex);
            for (const std::deque<Packet> *queue : {&q.toServer, &q.toClient}) {
                if (!queue->empty())
                    wait = std::clamp(Clock::duration(queue->front().due - Clock::now()),
                                      Clock::duration::zero(), wait);
            }
        }
        const auto ns = std::chrono::duration_cast<std::chrono::nanoseconds>(wait).count();
        const timespec timeout{time_t(ns / 1'000'000'000), long(ns % 1'000'000'000)};
        pollfd fds[3] = {{m_clientFd, POLLIN, 0}, {m_serverFd, POLLIN, 0}, {m_wake[0], POLLIN, 0}};
        ::ppoll(fds, 3, &timeout, nullptr);
        take(m_clientFd, q.toServer, false);
        take(m_serverFd, q.toClient, true);
        std::lock_guard lock(q.mutex);
        deliver(q.toServer, m_serverFd);
        deliver(q.toClient, m_clientFd);
    }
}

} // namespace fleetcron::test
