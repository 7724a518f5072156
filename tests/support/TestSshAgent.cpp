#include "TestSshAgent.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcessEnvironment>

#include <csignal>
#include <sys/types.h>

namespace fleetcron::test {

TestSshAgent::TestSshAgent(const QString &directory)
    : m_socket(QDir(directory).filePath(QStringLiteral("agent.sock"))) {}

TestSshAgent::~TestSshAgent() {
    stop();
}

bool TestSshAgent::start() {
    QFile::remove(m_socket);
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->start(QStringLiteral("ssh-agent"),
                     {QStringLiteral("-D"), QStringLiteral("-a"), m_socket});
    if (!m_process->waitForStarted(5000)) {
        m_error = QStringLiteral("cannot start ssh-agent: %1").arg(m_process->errorString());
        return false;
    }
    QElapsedTimer t;
    t.start();
    while (!QFileInfo(m_socket).exists()) {
        if (t.elapsed() > 5000 || m_process->waitForFinished(20)) {
            m_error = QStringLiteral("ssh-agent did not create %1: %2")
                          .arg(m_socket, QString::fromLocal8Bit(m_process->readAll()));
            return false;
        }
    }
    return true;
}

bool TestSshAgent::addKey(const QString &privateKeyPath) {
    QProcess add;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SSH_AUTH_SOCK"), m_socket);
    add.setProcessEnvironment(env);
    add.setProcessChannelMode(QProcess::MergedChannels);
    add.start(QStringLiteral("ssh-add"), {QStringLiteral("-q"), privateKeyPath});
    add.closeWriteChannel();
    if (!add.waitForFinished(10'000) || add.exitCode() != 0) {
        m_error = QStringLiteral("ssh-add failed: %1").arg(QString::fromLocal8Bit(add.readAll()));
        return false;
    }
    return true;
}

void TestSshAgent::stop() {
    if (!m_process)
        return;
    if (m_process->state() == QProcess::Running) {
        ::kill(pid_t(m_process->processId()), SIGTERM);
        if (!m_process->waitForFinished(2000)) {
            ::kill(pid_t(m_process->processId()), SIGKILL);
            m_process->waitForFinished(2000);
        }
    }
    m_process.reset();
    QFile::remove(m_socket);
}

} // namespace fleetcron::test
