#pragma once

#include <QProcess>
#include <QString>

#include <memory>

namespace fleetcron::test {

// A private ssh-agent on a socket in a test directory (`ssh-agent -D -a <sock>`), so agent auth
// is tested without touching the user's own agent. Stopped by PID when the object goes away.
class TestSshAgent {
public:
    explicit TestSshAgent(const QString &directory);
    ~TestSshAgent();
    TestSshAgent(const TestSshAgent &) = delete;
    TestSshAgent &operator=(const TestSshAgent &) = delete;

    bool start();
    bool addKey(const QString &privateKeyPath);
    void stop();
    QString socketPath() const { return m_socket; }
    QString error() const { return m_error; }

private:
    QString m_socket;
    QString m_error;
    std::unique_ptr<QProcess> m_process;
};

} // namespace fleetcron::test
