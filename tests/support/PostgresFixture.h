#pragma once

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace fleetcron::test {

// A real PostgreSQL server for tests: a fresh cluster (initdb) in a temporary directory, owned
// and run by the unprivileged `postgres` user when the test runs as root (PostgreSQL refuses to
// run as root), listening on 127.0.0.1 only, on a free high port, with its unix socket inside
// the temporary directory. Started with pg_ctl, stopped by the postmaster's PID, and its data
// removed when the fixture goes away. Trust authentication: the server is reachable only from
// this machine and lives for one test.
class PostgresFixture {
public:
    PostgresFixture();
    ~PostgresFixture();
    PostgresFixture(const PostgresFixture &) = delete;
    PostgresFixture &operator=(const PostgresFixture &) = delete;

    // The newest /usr/lib/postgresql/*/bin, or empty when PostgreSQL is not installed.
    static QString binDirectory();

    // initdb (first time) and start; waits until the server accepts connections.
    bool start();
    // Fast shutdown by PID (SIGINT to the postmaster), SIGKILL if it has not gone in 10 s.
    void stop();
    // Stops and starts again on the same port with the same data: clients lose their connection.
    bool restart();
    bool isRunning() const;
    qint64 pid() const;
    QString error() const { return m_error; }

    // Creates an empty database and returns its postgresql:// URL (empty on error).
    QString createDatabase(const QString &name);
    // Drops it (connections to it are closed first).
    bool dropDatabase(const QString &name);
    // The URL of a database on this server.
    QString url(const QString &database) const;
    int port() const { return m_port; }
    QString host() const { return QStringLiteral("127.0.0.1"); }
    static QString user() { return QStringLiteral("fleetcron"); }
    // The server log (all starts of this fixture).
    QString log() const;

private:
    bool prepare();
    bool runTool(const QString &tool, const QStringList &args, QString *output = nullptr);
    QString dataDirectory() const;
    QString socketDirectory() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    bool m_prepared = false;
    int m_port = 0;
    qint64 m_pid = 0;
    QString m_error;
};

} // namespace fleetcron::test
