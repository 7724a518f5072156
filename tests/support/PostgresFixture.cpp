#include "PostgresFixture.h"

#include "ProcessProbe.h"
#include "SshdFixture.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QThread>

#include <algorithm>
#include <csignal>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace fleetcron::test {
namespace {

// PostgreSQL will not run as root; when the test is root the cluster belongs to this user.
const char *const serverUser = "postgres";

QByteArray readAll(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

PostgresFixture::PostgresFixture()
    : m_dir(std::make_unique<QTemporaryDir>(QDir::tempPath() +
                                            QStringLiteral("/fleetcron-pg-XXXXXX"))) {}

PostgresFixture::~PostgresFixture() {
    stop();
}

QString PostgresFixture::binDirectory() {
    QDir root(QStringLiteral("/usr/lib/postgresql"));
    QStringList versions = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(versions.begin(), versions.end(),
              [](const QString &a, const QString &b) { return a.toDouble() > b.toDouble(); });
    for (const QString &v : versions) {
        const QString bin = root.filePath(v + QStringLiteral("/bin"));
        if (QFile::exists(bin + QStringLiteral("/initdb")))
            return bin;
    }
    return {};
}

QString PostgresFixture::dataDirectory() const {
    return m_dir->filePath(QStringLiteral("data"));
}

QString PostgresFixture::socketDirectory() const {
    return m_dir->filePath(QStringLiteral("run"));
}

QString PostgresFixture::log() const {
    return QString::fromLocal8Bit(readAll(socketDirectory() + QStringLiteral("/server.log")));
}

bool PostgresFixture::runTool(const QString &tool, const QStringList &args, QString *output) {
    const QString program = binDirectory() + u'/' + tool;
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.setWorkingDirectory(m_dir->path());
    // Server-side tools run as the cluster's owner; client tools connect over TCP as anyone.
    const bool serverSide = tool == QStringLiteral("initdb") || tool == QStringLiteral("pg_ctl");
    if (serverSide && ::geteuid() == 0) {
        p.start(QStringLiteral("/usr/sbin/runuser"),
                QStringList{QStringLiteral("-u"), QString::fromLatin1(serverUser),
                            QStringLiteral("--"), program} +
                    args);
    } else {
        p.start(program, args);
    }
    const bool finished = p.waitForFinished(60'000);
    const QString out = QString::fromLocal8Bit(p.readAll());
    if (output)
        *output = out;
    if (!finished) {
        p.kill();
        p.waitForFinished();
        m_error = QStringLiteral("%1 did not finish in 60 s: %2").arg(tool, out);
        return false;
    }
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        m_error = QStringLiteral("%1 failed: %2").arg(tool, out);
        return false;
    }
    return true;
}

bool PostgresFixture::prepare() {
    if (m_prepared)
        return true;
    if (!m_dir->isValid()) {
        m_error = QStringLiteral("cannot create a temporary directory");
        return false;
    }
    if (binDirectory().isEmpty()) {
        m_error =
            QStringLiteral("PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb)");
        return false;
    }
    if (!QDir().mkpath(dataDirectory()) || !QDir().mkpath(socketDirectory())) {
        m_error = QStringLiteral("cannot create the cluster directories");
        return false;
    }
    if (::geteuid() == 0) {
        const passwd *pw = ::getpwnam(serverUser);
        if (!pw) {
            m_error = QStringLiteral("no '%1' user to run PostgreSQL as")
                          .arg(QString::fromLatin1(serverUser));
            return false;
        }
        // The owner must reach its directories through the temporary one (0700 by default).
        ::chmod(QFile::encodeName(m_dir->path()).constData(), 0711);
        for (const QString &d : {dataDirectory(), socketDirectory()}) {
            if (::chown(QFile::encodeName(d).constData(), pw->pw_uid, pw->pw_gid) != 0) {
                m_error = QStringLiteral("cannot give %1 to the postgres user").arg(d);
                return false;
            }
        }
    }
    ::chmod(QFile::encodeName(dataDirectory()).constData(), 0700);
    // -N: no fsync while creating a throw-away cluster.
    if (!runTool(QStringLiteral("initdb"),
                 {QStringLiteral("-D"), dataDirectory(), QStringLiteral("-U"), user(),
                  QStringLiteral("--auth=trust"), QStringLiteral("-E"), QStringLiteral("UTF8"),
                  QStringLiteral("--locale=C"), QStringLiteral("-N")}))
        return false;
    m_port = SshdFixture::freePort();
    m_prepared = true;
    return true;
}

bool PostgresFixture::start() {
    if (isRunning())
        return true;
    if (!prepare())
        return false;
    // Loopback only, the socket in our directory (not /var/run/postgresql), and fsync off: the
    // tests restart the server cleanly, they never pull its power.
    const QString serverOptions =
        QStringLiteral("-c listen_addresses=127.0.0.1 -p %1 -c unix_socket_directories=%2 "
                       "-c fsync=off -c max_connections=200 -c shared_buffers=32MB")
            .arg(m_port)
            .arg(socketDirectory());
    if (!runTool(QStringLiteral("pg_ctl"),
                 {QStringLiteral("-D"), dataDirectory(), QStringLiteral("-l"),
                  socketDirectory() + QStringLiteral("/server.log"), QStringLiteral("-o"),
                  serverOptions, QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"),
                  QStringLiteral("start")})) {
        m_error += QStringLiteral("\n") + log();
        return false;
    }
    // The first line of postmaster.pid is the postmaster's PID: that is what stop() signals.
    const QByteArray pidFile = readAll(dataDirectory() + QStringLiteral("/postmaster.pid"));
    m_pid = pidFile.split('\n').value(0).trimmed().toLongLong();
    if (m_pid <= 0) {
        m_error = QStringLiteral("PostgreSQL started but wrote no postmaster.pid");
        return false;
    }
    return true;
}

void PostgresFixture::stop() {
    if (m_pid <= 0)
        return;
    // SIGINT is PostgreSQL's fast shutdown: clients are disconnected, data is written cleanly.
    ::kill(pid_t(m_pid), SIGINT);
    if (!ProcessProbe::waitUntilGone(m_pid, 10'000)) {
        ::kill(pid_t(m_pid), SIGKILL);
        ProcessProbe::waitUntilGone(m_pid, 5'000);
    }
    m_pid = 0;
}

bool PostgresFixture::restart() {
    stop();
    return start();
}

bool PostgresFixture::isRunning() const {
    return m_pid > 0 && ProcessProbe::isAlive(m_pid);
}

qint64 PostgresFixture::pid() const {
    return m_pid;
}

QString PostgresFixture::url(const QString &database) const {
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(user(), host()).arg(m_port).arg(database);
}

QString PostgresFixture::createDatabase(const QString &name) {
    if (!runTool(QStringLiteral("createdb"),
                 {QStringLiteral("-h"), host(), QStringLiteral("-p"), QString::number(m_port),
                  QStringLiteral("-U"), user(), name}))
        return {};
    return url(name);
}

bool PostgresFixture::dropDatabase(const QString &name) {
    return runTool(QStringLiteral("dropdb"),
                   {QStringLiteral("-h"), host(), QStringLiteral("-p"), QString::number(m_port),
                    QStringLiteral("-U"), user(), QStringLiteral("--force"), name});
}

} // namespace fleetcron::test
