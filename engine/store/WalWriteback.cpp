#include "WalWriteback.h"

#include <QFile>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace fleetcron {

WalWriteback::WalWriteback(const QString &databasePath, int intervalMs)
    : m_walPath(databasePath + QStringLiteral("-wal"))
    , m_intervalMs(intervalMs) {}

WalWriteback::~WalWriteback() {
    if (m_fd >= 0)
        ::close(m_fd);
}

bool WalWriteback::ensureOpen() {
    if (m_fd >= 0) {
        // A WAL deleted and made anew (every connection closed meanwhile) is another file.
        struct stat st {};
        if (::fstat(m_fd, &st) == 0 && st.st_nlink > 0)
            return true;
        ::close(m_fd);
        m_fd = -1;
    }
    m_fd = ::open(QFile::encodeName(m_walPath).constData(), O_RDONLY | O_CLOEXEC);
    return m_fd >= 0;
}

void WalWriteback::startIfDue(bool now) {
    if (!now && m_since.isValid() && m_since.elapsed() < m_intervalMs)
        return;
    m_since.start();
#ifdef __linux__
    if (ensureOpen() && ::sync_file_range(m_fd, 0, 0, SYNC_FILE_RANGE_WRITE) == 0)
        ++m_started;
#endif
}

} // namespace fleetcron
