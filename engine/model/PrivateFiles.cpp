#include "PrivateFiles.h"

#include <QDir>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace fleetcron {
namespace {

QString systemError() {
    return QString::fromLocal8Bit(std::strerror(errno));
}

// Takes the group and other bits away (the owner's stay: a file an operator made read-only
// stays so). Only what this user owns: root must not take over someone else's folder.
QString tighten(const QString &path) {
    struct stat st {};
    const QByteArray native = QFile::encodeName(path);
    if (::stat(native.constData(), &st) != 0)
        return QStringLiteral("cannot check the permissions of %1: %2").arg(path, systemError());
    const mode_t wanted = st.st_mode & 0700;
    if (st.st_uid != ::geteuid() || (st.st_mode & 07777) == wanted)
        return {};
    if (::chmod(native.constData(), wanted) != 0)
        return QStringLiteral("cannot make %1 private (mode %2): %3")
            .arg(path, QString::number(wanted, 8), systemError());
    return {};
}

} // namespace

QString PrivateFiles::ensureFolder(const QString &dir, bool tightenExisting) {
    const QString clean = QDir::cleanPath(QFileInfo(dir).absoluteFilePath());
    if (QFileInfo(clean).isDir())
        return tightenExisting ? tighten(clean) : QString();
    const QString parent = QFileInfo(clean).absolutePath();
    if (!QDir().mkpath(parent))
        return QStringLiteral("cannot create the folder %1").arg(parent);
    // mkdir with 0700 already: no moment in which the folder is open to others.
    if (::mkdir(QFile::encodeName(clean).constData(), 0700) != 0 && errno != EEXIST)
        return QStringLiteral("cannot create the folder %1: %2").arg(clean, systemError());
    return tighten(clean);
}

QString PrivateFiles::ensureFile(const QString &path) {
    const int fd =
        ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd >= 0) {
        ::close(fd);
        return {};
    }
    if (errno != EEXIST)
        return QStringLiteral("cannot create %1: %2").arg(path, systemError());
    return tighten(path);
}

QString PrivateFiles::tightenFile(const QString &path) {
    if (!QFileInfo::exists(path))
        return {};
    return tighten(path);
}

} // namespace fleetcron
