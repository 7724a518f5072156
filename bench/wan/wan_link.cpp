// wan_link: runs a command behind a WAN-like link. It enters a private network namespace, makes
// the tests' ImpairedLink (tests/fault/ImpairedLink.h: a TUN pair and a thread that carries
// every packet, a netem in user space, since this kernel has no sch_netem) to a server
// namespace of its own, sets its one-way delay and loss, and runs COMMAND as its child on the
// client side. The child finds the link in its environment:
//   WAN_LINK_NETNS   the server namespace (start servers with `ip netns exec $WAN_LINK_NETNS`)
//   WAN_LINK_SERVER  the server end's address (127.77.0.2), WAN_LINK_CLIENT this end's
//   WAN_LINK_DELAY_MS, WAN_LINK_LOSS  the knobs, for the child's report
//
//   wan_link [--delay-ms 25] [--loss 0.01] [--probes 400] [--rt 20] -- COMMAND [ARG…]
//
// Around the command it measures the link itself, as `wan_`-prefixed key=value lines on
// stderr: the round-trip time and round-trip loss of UDP echoes through the link while idle and
// every 50 ms while the command runs (so scheduling delay of the link's thread under load shows
// up as RTT), the packets carried and dropped, and the CPU the link's thread spent, so a reader
// can tell whether the link was the bottleneck. Exit status: the command's.
//
// Nothing on the host changes: both namespaces are this process's, gone when it ends.
#include "ImpairedLink.h"

#include <QByteArray>
#include <QFile>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sched.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

using fleetcron::test::ImpairedLink;
using Clock = std::chrono::steady_clock;

namespace {

constexpr quint16 echoPort = 7;

volatile sig_atomic_t g_child = 0;

void forward(int signal) {
    if (g_child > 0)
        ::kill(pid_t(g_child), signal);
}

double cpuMs() {
    rusage u{};
    ::getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1e3 +
           double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e3;
}

double nowMs() {
    return std::chrono::duration<double, std::milli>(Clock::now().time_since_epoch()).count();
}

// A UDP socket bound inside the server namespace. A socket belongs to the namespace of the
// thread that creates it, so a short-lived thread enters that namespace to make it (as
// ImpairedLink does for its TUN device); serving it from any thread then stays over there.
int echoSocketIn(const QString &ns) {
    return ImpairedLink::createIn(ns, [] {
        int fd = ::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_port = htons(echoPort);
        ::inet_pton(AF_INET, qPrintable(ImpairedLink::serverAddress()), &a.sin_addr);
        if (fd >= 0 && ::bind(fd, reinterpret_cast<sockaddr *>(&a), sizeof a) != 0) {
            ::close(fd);
            fd = -1;
        }
        return fd;
    });
}

// Sends numbered datagrams to the echo server every intervalMs until stop (or count are sent),
// and keeps the RTT of each answer; unanswered ones are the round trip's loss.
struct Prober {
    int fd = -1;
    std::mutex mutex;
    std::vector<double> rtts;
    int sent = 0;

    bool open() {
        fd = ::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_port = htons(echoPort);
        ::inet_pton(AF_INET, qPrintable(ImpairedLink::serverAddress()), &a.sin_addr);
        return fd >= 0 && ::connect(fd, reinterpret_cast<sockaddr *>(&a), sizeof a) == 0;
    }
    void run(int count, int intervalMs, const std::atomic_bool &stop) {
        double next = nowMs();
        for (int i = 0; (count <= 0 || i < count) && !stop; ++i) {
            const double sentAt = nowMs();
            (void)!::send(fd, &sentAt, sizeof sentAt, 0);
            ++sent;
            next += intervalMs;
            receiveUntil(next);
        }
        receiveUntil(nowMs() + 2000); // a late answer still counts; after 2 s it is lost
    }
    void receiveUntil(double until) {
        for (double left = until - nowMs(); left > 0; left = until - nowMs()) {
            pollfd p{fd, POLLIN, 0};
            if (::poll(&p, 1, int(left) + 1) <= 0)
                continue;
            double sentAt = 0;
            if (::recv(fd, &sentAt, sizeof sentAt, MSG_DONTWAIT) == sizeof sentAt) {
                std::lock_guard lock(mutex);
                rtts.push_back(nowMs() - sentAt);
            }
        }
    }
    void report(const char *prefix) {
        std::lock_guard lock(mutex);
        std::sort(rtts.begin(), rtts.end());
        const auto at = [&](double q) {
            return rtts.empty() ? 0.0 : rtts[std::min(rtts.size() - 1, size_t(q * rtts.size()))];
        };
        std::fprintf(stderr,
                     "wan_%s_probes=%d\nwan_%s_rtt_ms=min %.1f p50 %.1f p90 %.1f p99 %.1f max "
                     "%.1f\nwan_%s_roundtrip_loss=%.4f\n",
                     prefix, sent, prefix, at(0), at(0.5), at(0.9), at(0.99), at(1.0), prefix,
                     sent ? 1.0 - double(rtts.size()) / sent : 0.0);
    }
};

void usage() {
    std::fprintf(stderr, "usage: wan_link [--delay-ms MS] [--loss RATIO] [--probes N] "
                         "[--rt PRIORITY] -- COMMAND [ARG...]\n");
}

} // namespace

int main(int argc, char **argv) {
    int delayMs = 25;
    double loss = 0.01;
    int probes = 400;
    int rtPriority = 20;
    int commandAt = -1;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        const bool hasValue = i + 1 < argc;
        if (a == "--") {
            commandAt = i + 1;
            break;
        } else if (a == "--delay-ms" && hasValue) {
            delayMs = std::atoi(argv[++i]);
        } else if (a == "--loss" && hasValue) {
            loss = std::atof(argv[++i]);
        } else if (a == "--probes" && hasValue) {
            probes = std::atoi(argv[++i]);
        } else if (a == "--rt" && hasValue) {
            rtPriority = std::atoi(argv[++i]);
        } else {
            usage();
            return 2;
        }
    }
    if (commandAt < 0 || commandAt >= argc || delayMs < 0 || loss < 0 || loss >= 1) {
        usage();
        return 2;
    }

    // A network does not share the hosts' CPUs. Here the link's thread does, with 50 sshd
    // doing key exchanges on 2 cores: at nice -10 its wake-ups were still 20 ms late at p90
    // (and 146 ms at p99) under that load, which would pose as network latency. SCHED_FIFO
    // wakes it at once; it sleeps until the next packet is due, so it takes little CPU (see
    // wan_link_cpu_ms). Threads started from here on inherit it; the command does not.
    if (rtPriority > 0) {
        sched_param rt{};
        rt.sched_priority = rtPriority;
        if (::sched_setscheduler(0, SCHED_FIFO, &rt) != 0)
            std::fprintf(stderr, "wan_link: cannot use SCHED_FIFO %d: %s (going on)\n", rtPriority,
                         std::strerror(errno));
    }

    if (const QString why = ImpairedLink::enterPrivateNamespace(); !why.isEmpty()) {
        std::fprintf(stderr, "wan_link: %s\n", qPrintable(why));
        return 1;
    }
    ImpairedLink link;
    if (!link.start()) {
        std::fprintf(stderr, "wan_link: %s\n", qPrintable(link.error()));
        return 1;
    }
    link.setLatency(delayMs, loss);

    const int echoFd = echoSocketIn(link.namespaceName());
    Prober idle;
    Prober busy;
    if (echoFd < 0 || !idle.open() || !busy.open()) {
        std::fprintf(stderr, "wan_link: cannot open the probe sockets: %s\n", std::strerror(errno));
        return 1;
    }
    std::atomic_bool stopEcho{false};
    std::thread echo([&] {
        char buf[64];
        sockaddr_in from{};
        while (!stopEcho) {
            pollfd p{echoFd, POLLIN, 0};
            if (::poll(&p, 1, 100) <= 0)
                continue;
            socklen_t len = sizeof from;
            const ssize_t n = ::recvfrom(echoFd, buf, sizeof buf, MSG_DONTWAIT,
                                         reinterpret_cast<sockaddr *>(&from), &len);
            if (n > 0)
                (void)!::sendto(echoFd, buf, size_t(n), 0, reinterpret_cast<sockaddr *>(&from),
                                len);
        }
    });
    std::fprintf(stderr,
                 "wan_delay_ms=%d (one way, each direction)\nwan_loss=%.4f (per packet, "
                 "each direction)\nwan_link_policy=%s\n",
                 delayMs, loss, ::sched_getscheduler(0) == SCHED_FIFO ? "SCHED_FIFO" : "normal");
    const std::atomic_bool never{false};
    if (probes > 0) {
        idle.run(probes, 5, never); // 5 ms apart: RTT and loss before any load
        idle.report("idle");
    }
    const qint64 carried0 = link.carried();
    const qint64 dropped0 = link.dropped();

    struct sigaction sa {};
    sa.sa_handler = forward;
    ::sigaction(SIGINT, &sa, nullptr);
    ::sigaction(SIGTERM, &sa, nullptr);
    const QByteArray ns = link.namespaceName().toLocal8Bit();
    const double cpu0 = cpuMs();
    const double wall0 = nowMs();
    const pid_t child = ::fork();
    if (child == 0) {
        const sched_param normal{};
        ::sched_setscheduler(0, SCHED_OTHER, &normal);
        ::setenv("WAN_LINK_NETNS", ns.constData(), 1);
        ::setenv("WAN_LINK_SERVER", qPrintable(ImpairedLink::serverAddress()), 1);
        ::setenv("WAN_LINK_CLIENT", qPrintable(ImpairedLink::clientAddress()), 1);
        ::setenv("WAN_LINK_DELAY_MS", std::to_string(delayMs).c_str(), 1);
        ::setenv("WAN_LINK_LOSS", std::to_string(loss).c_str(), 1);
        ::execvp(argv[commandAt], argv + commandAt);
        std::fprintf(stderr, "wan_link: cannot run %s: %s\n", argv[commandAt],
                     std::strerror(errno));
        ::_exit(127);
    }
    if (child < 0) {
        std::fprintf(stderr, "wan_link: fork: %s\n", std::strerror(errno));
        return 1;
    }
    g_child = child;
    std::atomic_bool stopBusy{false};
    std::thread prober([&] { busy.run(0, 50, stopBusy); });
    int status = 0;
    while (::waitpid(child, &status, 0) < 0 && errno == EINTR) {
    }
    g_child = 0;
    const double wallMs = nowMs() - wall0;
    stopBusy = true;
    prober.join();
    // The prober and echo threads are idle 99 % of the time; the rest is the link's thread.
    const double linkCpu = cpuMs() - cpu0;
    stopEcho = true;
    echo.join();
    ::close(echoFd);
    busy.report("during");
    const qint64 carried = link.carried() - carried0;
    const qint64 dropped = link.dropped() - dropped0;
    std::fprintf(stderr,
                 "wan_packets_carried=%lld\nwan_packets_dropped=%lld\nwan_drop_ratio=%.4f\n"
                 "wan_packets_per_s=%.0f\nwan_link_cpu_ms=%.0f (over %.0f ms: %.1f %% of a "
                 "core)\n",
                 static_cast<long long>(carried), static_cast<long long>(dropped),
                 carried + dropped ? double(dropped) / double(carried + dropped) : 0.0,
                 double(carried) * 1000 / std::max(wallMs, 1.0), linkCpu, wallMs,
                 100 * linkCpu / std::max(wallMs, 1.0));
    if (WIFSIGNALED(status))
        return 128 + WTERMSIG(status);
    return WEXITSTATUS(status);
}
