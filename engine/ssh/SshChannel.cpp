#include "SshChannel.h"

#include <poll.h>

namespace fleetcron {
namespace {

void onExitStatus(ssh_session, ssh_channel, int status, void *userdata) {
    static_cast<SshChannel::State *>(userdata)->exitStatus = status;
}

void onExitSignal(ssh_session, ssh_channel, const char *signal, int, const char *, const char *,
                  void *userdata) {
    static_cast<SshChannel::State *>(userdata)->exitSignal = QString::fromUtf8(signal);
}

void onEof(ssh_session, ssh_channel, void *userdata) {
    static_cast<SshChannel::State *>(userdata)->eof = true;
}

void onClose(ssh_session, ssh_channel, void *userdata) {
    static_cast<SshChannel::State *>(userdata)->closed = true;
}

} // namespace

SshChannel::SshChannel(ssh_session session)
    : m_session(session)
    , m_channel(ssh_channel_new(session)) {
    ssh_callbacks_init(&m_callbacks);
    m_callbacks.userdata = &state;
    m_callbacks.channel_exit_status_function = onExitStatus;
    m_callbacks.channel_exit_signal_function = onExitSignal;
    m_callbacks.channel_eof_function = onEof;
    m_callbacks.channel_close_function = onClose;
    if (m_channel)
        ssh_set_channel_callbacks(m_channel, &m_callbacks);
}

void SshChannel::release() {
    if (!m_channel)
        return;
    if (ssh_channel_is_open(m_channel))
        ssh_channel_close(m_channel);
    ssh_remove_channel_callbacks(m_channel, &m_callbacks);
    ssh_channel_free(m_channel);
    m_channel = nullptr;
}

void SshChannel::wait(int waitMs) {
    if (!state.eof) {
        ssh_channel_poll_timeout(m_channel, waitMs, 0);
        return;
    }
    if (state.closed || state.exitKnown())
        return;
    pollfd pfd{ssh_get_fd(m_session), POLLIN, 0};
    ::poll(&pfd, 1, waitMs);
    // Non-blocking for this one call: it processes what has arrived and returns.
    ssh_set_blocking(m_session, 0);
    ssh_channel_get_exit_status(m_channel);
    ssh_set_blocking(m_session, 1);
}

} // namespace fleetcron
