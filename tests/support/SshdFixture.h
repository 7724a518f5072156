#pragma once

#include "model/Server.h"

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace fleetcron::test {

// A real OpenSSH server on 127.0.0.1 and a free high port, with throw-away host and client keys,
// for integration tests: no mock stands in for SSH. Started with `/usr/sbin/sshd -D -e -f cfg`,
// its log (stderr) goes to a file the tests can read, and it is stopped by PID — the listener and
// every connection child it forked — when the fixture goes away.
class SshdFixture {
public:
    struct Options {
        bool passwordAuthentication = false;
        // Keyboard-interactive needs PAM on Linux (without it sshd has no kbdint device), so this
        // also turns UsePAM on.
        bool keyboardInteractive = false;
        int maxSessions = 64;
        QString extraConfig; // appended verbatim to sshd_config
        // Where sshd listens, and the network namespace (`ip netns` name) it runs in, for fault
        // tests that put a server behind a link they control; empty: the test's own namespace.
        QString listenAddress = QStringLiteral("127.0.0.1");
        QString networkNamespace;
    };

    SshdFixture();
    explicit SshdFixture(Options options);
    ~SshdFixture();
    SshdFixture(const SshdFixture &) = delete;
    SshdFixture &operator=(const SshdFixture &) = delete;

    // Generates keys and config (first time), starts sshd and waits until it listens.
    bool start();
    // SIGTERM, then SIGKILL after a moment, for the listener and all its children.
    void stop();
    // Stops and starts again on the same port with the same keys.
    bool restart();
    // SIGKILL for sshd and everything under it, at once: live connections die mid-command.
    void killAll();
    bool isRunning() const;
    QString error() const { return m_error; }

    QString host() const { return m_options.listenAddress; }
    int port() const { return m_port; }
    qint64 pid() const;
    QString directory() const { return m_dir->path(); }
    // A directory every local user may write to (for pid and marker files from remote commands).
    QString sharedDirectory() const;

    QString hostKeyFingerprint() const { return m_hostKeyFingerprint; } // "SHA256:…"
    QString clientKeyPath() const; // in authorized_keys, no passphrase
    // A server as the tests save it: this sshd, logged into as `user` with the client key.
    Server server(const QString &name, const QString &user) const;
    QString encryptedClientKeyPath() const; // in authorized_keys, passphrase below
    static QString clientKeyPassphrase() { return QStringLiteral("correct horse battery"); }
    QString agentKeyPath() const;    // in authorized_keys; meant to be loaded into an agent only
    QString strangerKeyPath() const; // NOT in authorized_keys: auth must fail

    // Everything sshd logged so far (all runs of this fixture).
    QString log() const;
    // TCP connections sshd accepted so far ("Connection from … port …" lines).
    int acceptedConnections() const;

    // "SHA256:…" of a public or private key file, as `ssh-keygen -lf` prints it.
    static QString fingerprintOf(const QString &keyPath);
    // A port on 127.0.0.1 that nobody listens on right now.
    static int freePort();

private:
    bool prepare();
    bool writeConfig();
    bool launch();

    Options m_options;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_process;
    bool m_prepared = false;
    int m_port = 0;
    QString m_hostKeyFingerprint;
    QString m_error;
};

} // namespace fleetcron::test
