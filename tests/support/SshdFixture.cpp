#include "SshdFixture.h"

#include "ProcessProbe.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHostAddress>
#include <QRegularExpression>
#include <QTcpServer>
#include <QThread>

#include <csignal>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

namespace fleetcron::test {
namespace {

const QString sshdBinary = QStringLiteral("/usr/sbin/sshd");

bool run(const QString &program, const QStringList &args, QString *output = nullptr) {
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForFinished(30'000)) {
        p.kill();
        p.waitForFinished();
        return false;
    }
    if (output)
        *output = QString::fromLocal8Bit(p.readAll());
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

bool keygen(const QString &path, const QString &passphrase) {
    return run(QStringLiteral("ssh-keygen"),
               {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                QStringLiteral("-N"), passphrase, QStringLiteral("-C"),
                QStringLiteral("fleetcron-test"), QStringLiteral("-f"), path});
}

QByteArray readAll(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

SshdFixture::SshdFixture()
    : SshdFixture(Options{}) {}

SshdFixture::SshdFixture(Options options)
    : m_options(std::move(options))
    , m_dir(std::make_unique<QTemporaryDir>(QDir::tempPath() +
                                            QStringLiteral("/fleetcron-sshd-XXXXXX"))) {}

SshdFixture::~SshdFixture() {
    stop();
}

QString SshdFixture::sharedDirectory() const {
    return m_dir->filePath(QStringLiteral("shared"));
}
QString SshdFixture::clientKeyPath() const {
    return m_dir->filePath(QStringLiteral("client_ed25519"));
}
QString SshdFixture::encryptedClientKeyPath() const {
    return m_dir->filePath(QStringLiteral("client_passphrase_ed25519"));
}
QString SshdFixture::agentKeyPath() const {
    return m_dir->filePath(QStringLiteral("agent_ed25519"));
}
QString SshdFixture::strangerKeyPath() const {
    return m_dir->filePath(QStringLiteral("stranger_ed25519"));
}

int SshdFixture::freePort() {
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    const int port = probe.serverPort();
    probe.close();
    return port;
}

QString SshdFixture::fingerprintOf(const QString &keyPath) {
    QString out;
    if (!run(QStringLiteral("ssh-keygen"), {QStringLiteral("-lf"), keyPath}, &out))
        return {};
    // "256 SHA256:abc… comment (ED25519)"
    const QStringList parts = out.split(QLatin1Char(' '));
    return parts.size() > 1 ? parts.at(1) : QString();
}

bool SshdFixture::prepare() {
    if (m_prepared)
        return true;
    if (!m_dir->isValid()) {
        m_error = QStringLiteral("cannot create a temporary directory");
        return false;
    }
    // Another local user's sshd child reads authorized_keys as that user, and remote commands
    // of any user write pid files into shared/.
    QFile::setPermissions(m_dir->path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                             QFileDevice::ExeOwner | QFileDevice::ReadGroup |
                                             QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                             QFileDevice::ExeOther);
    QDir(m_dir->path()).mkdir(QStringLiteral("shared"));
    ::chmod(QFile::encodeName(sharedDirectory()).constData(), 01777);

    const QString hostKey = m_dir->filePath(QStringLiteral("hostkey_ed25519"));
    if (!keygen(hostKey, QString()) || !keygen(clientKeyPath(), QString()) ||
        !keygen(encryptedClientKeyPath(), clientKeyPassphrase()) ||
        !keygen(agentKeyPath(), QString()) || !keygen(strangerKeyPath(), QString())) {
        m_error = QStringLiteral("ssh-keygen failed");
        return false;
    }
    QFile keys(m_dir->filePath(QStringLiteral("authorized_keys")));
    if (!keys.open(QIODevice::WriteOnly)) {
        m_error = QStringLiteral("cannot write authorized_keys");
        return false;
    }
    for (const QString &k : {clientKeyPath(), encryptedClientKeyPath(), agentKeyPath()})
        keys.write(readAll(k + QStringLiteral(".pub")));
    keys.close();
    keys.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                        QFileDevice::ReadOther);
    m_hostKeyFingerprint = fingerprintOf(hostKey + QStringLiteral(".pub"));

    if (::geteuid() == 0)
        QDir().mkpath(QStringLiteral("/run/sshd")); // privilege separation directory
    m_prepared = true;
    return true;
}

bool SshdFixture::writeConfig() {
    const auto yesNo = [](bool b) { return b ? QStringLiteral("yes") : QStringLiteral("no"); };
    const QString cfg =
        QStringLiteral("Port %1\n"
                       "ListenAddress %8\n"
                       "HostKey %2/hostkey_ed25519\n"
                       "PidFile %2/sshd.pid\n"
                       "AuthorizedKeysFile %2/authorized_keys\n"
                       "UsePAM %3\n"
                       "StrictModes no\n"
                       "PubkeyAuthentication yes\n"
                       "PasswordAuthentication %4\n"
                       "KbdInteractiveAuthentication %5\n"
                       "PermitRootLogin prohibit-password\n"
                       "MaxStartups 200:30:400\n"
                       "MaxSessions %6\n"
                       "LogLevel VERBOSE\n"
                       "PrintMotd no\n"
                       "UseDNS no\n"
                       "%7\n")
            .arg(m_port)
            .arg(m_dir->path(), yesNo(m_options.keyboardInteractive),
                 yesNo(m_options.passwordAuthentication), yesNo(m_options.keyboardInteractive))
            .arg(m_options.maxSessions)
            .arg(m_options.extraConfig, m_options.listenAddress);
    QFile f(m_dir->filePath(QStringLiteral("sshd_config")));
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        m_error = QStringLiteral("cannot write sshd_config");
        return false;
    }
    f.write(cfg.toUtf8());
    return true;
}

bool SshdFixture::launch() {
    const QString logPath = m_dir->filePath(QStringLiteral("sshd.log"));
    const qint64 logStart = QFileInfo(logPath).size();
    m_process = std::make_unique<QProcess>();
    m_process->setStandardOutputFile(logPath, QIODevice::Append);
    m_process->setStandardErrorFile(logPath, QIODevice::Append);
    const QStringList sshdArgs{sshdBinary, QStringLiteral("-D"), QStringLiteral("-e"),
                               QStringLiteral("-f"),
                               m_dir->filePath(QStringLiteral("sshd_config"))};
    // `ip netns exec` execs sshd in place, so the process (and pid()) is still sshd's own.
    if (m_options.networkNamespace.isEmpty())
        m_process->start(sshdBinary, sshdArgs.mid(1));
    else
        m_process->start(QStringLiteral("ip"),
                         QStringList{QStringLiteral("netns"), QStringLiteral("exec"),
                                     m_options.networkNamespace} +
                             sshdArgs);
    if (!m_process->waitForStarted(5000)) {
        m_error = QStringLiteral("cannot start %1: %2").arg(sshdBinary, m_process->errorString());
        return false;
    }
    // Watching the log for "Server listening" needs no probe connection, which would otherwise
    // show up in the connection counts tests rely on.
    const QByteArray ready = QStringLiteral("Server listening on %1 port %2.")
                                 .arg(m_options.listenAddress)
                                 .arg(m_port)
                                 .toUtf8();
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 10'000) {
        const QByteArray text = readAll(logPath).mid(logStart);
        if (text.contains(ready))
            return true;
        if (m_process->state() == QProcess::NotRunning || m_process->waitForFinished(20)) {
            m_error = QStringLiteral("sshd exited: %1").arg(QString::fromLocal8Bit(text));
            return false;
        }
    }
    m_error = QStringLiteral("sshd did not start listening on port %1 within 10 s").arg(m_port);
    return false;
}

bool SshdFixture::start() {
    if (isRunning())
        return true;
    if (!prepare())
        return false;
    const bool keepPort = m_port != 0;
    // A free port can be taken between probing and binding; try a few.
    for (int attempt = 0; attempt < 5; ++attempt) {
        if (!keepPort)
            m_port = freePort();
        if (!writeConfig())
            return false;
        if (launch())
            return true;
        stop();
        if (keepPort) {
            // Same port after a restart: the old socket may linger for a moment.
            QThread::msleep(200);
        }
    }
    return false;
}

qint64 SshdFixture::pid() const {
    return m_process ? m_process->processId() : 0;
}

bool SshdFixture::isRunning() const {
    return m_process && m_process->state() == QProcess::Running;
}

void SshdFixture::stop() {
    if (!m_process)
        return;
    const qint64 listener = m_process->processId();
    if (listener > 0) {
        const QList<qint64> children = ProcessProbe::descendantsOf(listener);
        ::kill(pid_t(listener), SIGTERM);
        if (!m_process->waitForFinished(3000)) {
            ::kill(pid_t(listener), SIGKILL);
            m_process->waitForFinished(3000);
        }
        // The listener does not take its connections down with it.
        for (qint64 child : children)
            ::kill(pid_t(child), SIGTERM);
        for (qint64 child : children) {
            if (!ProcessProbe::waitUntilGone(child, 1000))
                ::kill(pid_t(child), SIGKILL);
        }
    }
    m_process.reset();
}

bool SshdFixture::restart() {
    stop();
    return start();
}

void SshdFixture::killAll() {
    if (!m_process)
        return;
    const qint64 listener = m_process->processId();
    if (listener > 0) {
        const QList<qint64> children = ProcessProbe::descendantsOf(listener);
        ::kill(pid_t(listener), SIGKILL);
        for (qint64 child : children)
            ::kill(pid_t(child), SIGKILL);
        m_process->waitForFinished(3000);
    }
    m_process.reset();
}

QString SshdFixture::log() const {
    return QString::fromUtf8(readAll(m_dir->filePath(QStringLiteral("sshd.log"))));
}

int SshdFixture::acceptedConnections() const {
    static const QRegularExpression line(QStringLiteral("Connection from \\S+ port \\d+"));
    return int(log().count(line));
}

Server SshdFixture::server(const QString &name, const QString &user) const {
    Server s;
    s.name = name;
    s.host = host();
    s.port = port();
    s.username = user;
    s.auth = AuthMethod::Key;
    s.keyPath = clientKeyPath();
    return s;
}

} // namespace fleetcron::test
