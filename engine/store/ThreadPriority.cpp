#include "ThreadPriority.h"

#include <cerrno>

#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace fleetcron {

int ThreadPriority::raiseCurrentThread(int nice) {
    // setpriority() with a thread id affects that thread only (Linux).
    const auto tid = id_t(::syscall(SYS_gettid));
    for (int n = nice; n < 0; n += 5) {
        if (::setpriority(PRIO_PROCESS, tid, n) == 0)
            return n;
    }
    return 0;
}

int ThreadPriority::lowerCurrentThread(int nice) {
    const auto tid = id_t(::syscall(SYS_gettid));
    errno = 0;
    const int current = ::getpriority(PRIO_PROCESS, tid);
    if (errno != 0 || current >= nice)
        return current;
    return ::setpriority(PRIO_PROCESS, tid, nice) == 0 ? nice : current;
}

ThreadPriority::Raised::Raised() {
    const auto tid = id_t(::syscall(SYS_gettid));
    errno = 0;
    m_previous = ::getpriority(PRIO_PROCESS, tid);
    if (errno == 0)
        m_changed = raiseCurrentThread() != 0;
}

ThreadPriority::Raised::~Raised() {
    // Back to a higher nice value: always allowed.
    if (m_changed)
        ::setpriority(PRIO_PROCESS, id_t(::syscall(SYS_gettid)), m_previous);
}

} // namespace fleetcron
