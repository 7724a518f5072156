#include "SshTunnel.h"

#include "SshSession.h"
#include "SshSessionPrivate.h"
#include "SshTime.h"

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace fleetcron {
namespace {

constexpr int chunk = 32 * 1024;
// The channel callbacks wake the thread when data arrives, whoever processed the packet; this
// only bounds the wait when another thread took the packet before our callback was installed.
constexpr int idleWaitMs = 50;

// libssh calls these under the hop's session lock from whichever thread reads the socket. They
// take nothing (the thread reads the channel itself) and only wake the tunnel's thread.
int onData(ssh_session, ssh_channel, void *, uint32_t, int, void *userdata) {
    const int fd = *static_cast<int *>(userdata);
    (void)!::write(fd, "d", 1);
    return 0;
}

void onEofOrClose(ssh_session, ssh_channel, void *userdata) {
    const int fd = *static_cast<int *>(userdata);
    (void)!::write(fd, "e", 1);
}

void closeFd(int &fd) {
    if (fd >= 0)
        ::close(fd);
    fd = -1;
}

} // namespace

std::unique_ptr<SshTunnel> SshTunnel::open(const std::shared_ptr<SshSession> &hop,
                                           SshSessionPrivate &hopSession, const QString &host,
                                           int port, int timeoutMs, QString &error) {
    std::unique_ptr<SshTunnel> t(new SshTunnel);
    t->m_hop = hop;
    t->m_hopSession = &hopSession;
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, t->m_fds) != 0 ||
        ::pipe2(t->m_wake, O_CLOEXEC | O_NONBLOCK) != 0) {
        error = QStringLiteral("cannot create a local socket pair: %1")
                    .arg(QString::fromLocal8Bit(std::strerror(errno)));
        return nullptr;
    }
    ::fcntl(t->m_fds[1], F_SETFL, ::fcntl(t->m_fds[1], F_GETFL) | O_NONBLOCK);

    std::lock_guard lock(hopSession.mutex);
    if (!hopSession.alive()) {
        error = QStringLiteral("the connection to the jump host is closed");
        return nullptr;
    }
    t->m_generation = hopSession.generation;
    t->m_hopFd = ssh_get_fd(hopSession.session);
    t->m_channel = ssh_channel_new(hopSession.session);
    if (!t->m_channel) {
        error = QStringLiteral("cannot create a channel");
        return nullptr;
    }
    ssh_callbacks_init(&t->m_callbacks);
    t->m_callbacks.userdata = &t->m_wake[1];
    t->m_callbacks.channel_data_function = onData;
    t->m_callbacks.channel_eof_function = onEofOrClose;
    t->m_callbacks.channel_close_function = onEofOrClose;
    ssh_set_channel_callbacks(t->m_channel, &t->m_callbacks);

    hopSession.setRequestTimeout(std::max(timeoutMs, 100));
    const QByteArray hostBytes = host.toUtf8();
    const int rc =
        ssh_channel_open_forward(t->m_channel, hostBytes.constData(), port, "127.0.0.1", 0);
    hopSession.setRequestTimeout(std::max(hopSession.target.connectTimeoutMs, 100));
    if (rc != SSH_OK) {
        error = hopSession.lastError();
        if (error.isEmpty())
            error = QStringLiteral("no answer within %1").arg(sshtime::seconds(timeoutMs));
        ssh_remove_channel_callbacks(t->m_channel, &t->m_callbacks);
        ssh_channel_free(t->m_channel);
        t->m_channel = nullptr;
        return nullptr;
    }
    t->m_thread = std::thread([raw = t.get()] { raw->pump(); });
    return t;
}

SshTunnel::~SshTunnel() {
    m_stopping = true;
    wakeUp();
    if (m_thread.joinable())
        m_thread.join();
    if (m_channel) {
        std::lock_guard lock(m_hopSession->mutex);
        // A hop closed meanwhile freed its channels with it: this pointer is gone too.
        if (!hopGone()) {
            if (ssh_channel_is_open(m_channel))
                ssh_channel_close(m_channel);
            ssh_remove_channel_callbacks(m_channel, &m_callbacks);
            ssh_channel_free(m_channel);
        }
        m_channel = nullptr;
    }
    // fds[0] belongs to the next session once it connected; close it only if it never did.
    closeFd(m_fds[1]);
    closeFd(m_wake[0]);
    closeFd(m_wake[1]);
    m_hop.reset();
}

bool SshTunnel::hopGone() const {
    return m_hopSession->generation != m_generation || !m_hopSession->session;
}

void SshTunnel::wakeUp() {
    if (m_wake[1] >= 0)
        (void)!::write(m_wake[1], "s", 1);
}

void SshTunnel::pump() {
    QByteArray toLocal;   // read from the channel, not yet written to the socket
    QByteArray toChannel; // read from the socket, not yet written to the channel
    bool localEof = false;
    bool remoteEof = false;
    char buf[chunk];
    while (!m_stopping) {
        // The hop's socket too, while there is room for what it brings: when no other thread
        // reads it, this one must, or every round trip would wait out the idle wait.
        pollfd fds[3] = {{m_wake[0], POLLIN, 0}, {m_fds[1], 0, 0}, {m_hopFd, 0, 0}};
        if (toChannel.isEmpty() && !localEof)
            fds[1].events |= POLLIN;
        if (!toLocal.isEmpty())
            fds[1].events |= POLLOUT;
        if (toLocal.isEmpty() && !remoteEof)
            fds[2].events |= POLLIN;
        ::poll(fds, 3, idleWaitMs);
        while (::read(m_wake[0], buf, sizeof buf) > 0) {
        }
        if (m_stopping)
            break;

        // The local side: what the next session wrote, and room for what the hop sent.
        if (!toLocal.isEmpty()) {
            const ssize_t n =
                ::send(m_fds[1], toLocal.constData(), size_t(toLocal.size()), MSG_NOSIGNAL);
            if (n > 0)
                toLocal.remove(0, n);
            else if (n < 0 && errno != EAGAIN && errno != EINTR)
                break; // the next session is gone
        }
        if (toChannel.isEmpty() && !localEof) {
            const ssize_t n = ::read(m_fds[1], buf, sizeof buf);
            if (n > 0)
                toChannel = QByteArray(buf, int(n));
            else if (n == 0 || (errno != EAGAIN && errno != EINTR))
                localEof = true;
        }

        std::lock_guard lock(m_hopSession->mutex);
        if (hopGone() || !m_hopSession->alive())
            break;
        if (!toChannel.isEmpty()) {
            const uint32_t room = ssh_channel_window_size(m_channel);
            const int n = std::min<int>(int(std::min<uint32_t>(room, chunk)), toChannel.size());
            if (n > 0) {
                const int written = ssh_channel_write(m_channel, toChannel.constData(), n);
                if (written < 0)
                    break;
                toChannel.remove(0, written);
            }
        }
        if (localEof && toChannel.isEmpty()) {
            ssh_channel_send_eof(m_channel);
            break; // the next session closed its socket: it is done with the tunnel
        }
        if (toLocal.isEmpty() && !remoteEof) {
            const int n = ssh_channel_read_nonblocking(m_channel, buf, sizeof buf, 0);
            if (n > 0)
                toLocal = QByteArray(buf, n);
            else if (n == SSH_EOF || n == SSH_ERROR || ssh_channel_is_closed(m_channel))
                remoteEof = true;
        }
        if (remoteEof && toLocal.isEmpty()) {
            // The far side ended the connection: the next session sees its socket close.
            ::shutdown(m_fds[1], SHUT_RDWR);
            break;
        }
    }
    ::shutdown(m_fds[1], SHUT_RDWR);
}

} // namespace fleetcron
