#pragma once

#include <QByteArray>
#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>

class QProcess;

namespace fleetcron::test {

class PostgresFixture;
class SshdFixture;
class TestUnixUser;

// One fleet as an operator runs it, for the fault tests (tests/fault): a state folder, the real
// `fleetcron` binary as CLI and as `--daemon` (one at a time), its database (a SQLite file or a
// PostgreSQL database) and the test's own read-only look into that database. The fault tests
// kill, starve and restart these parts and then ask what an operator would ask.
class FaultFleet {
public:
    // Everything (database, secrets, config, logs) lives under `folder`, which must exist.
    explicit FaultFleet(const QString &folder);
    ~FaultFleet();
    FaultFleet(const FaultFleet &) = delete;
    FaultFleet &operator=(const FaultFleet &) = delete;

    // The database: a SQLite file (default: folder/fleet.sqlite) or a postgresql:// URL.
    void setDatabase(const QString &pathOrUrl) { m_database = pathOrUrl; }
    QString database() const { return m_database; }
    bool isPostgres() const { return m_database.startsWith(QStringLiteral("postgresql://")); }
    QString folder() const { return m_folder; }
    // Extra variables for every process started from now on (or removed with an empty value).
    void setEnv(const QString &name, const QString &value) { m_extraEnv.insert(name, value); }
    QProcessEnvironment environment() const;

    // Runs `fleetcron args…`; returns its exit code (-1 if it hung for a minute).
    int cli(const QStringList &args, QString *out = nullptr, QString *err = nullptr,
            const QByteArray &input = {});
    // `server add` with the sshd's client key and pinned host key; false with a warning.
    bool addServer(const QString &name, const SshdFixture &sshd, const TestUnixUser &user);
    // `task add name --command … --schedule @every 1s --servers server`.
    bool addTask(const QString &name, const QString &command, const QString &server,
                 const QStringList &extra = {});

    // The daemon: one at a time, its stderr appended to folder/daemon.log.
    bool startDaemon(const QStringList &extra = {}, int readyTimeoutMs = 20000);
    qint64 daemonPid() const;
    bool daemonRunning() const;
    // Sends `signal` and waits until it is gone; false if it still runs after timeoutMs.
    bool stopDaemon(int signal, int timeoutMs = 20000);
    QString daemonLog() const;
    // Waits until the log (from byte `from` on) holds `text`.
    bool waitForLog(const QString &text, int timeoutMs, qsizetype from = 0) const;
    qsizetype daemonLogSize() const { return daemonLog().size(); }
    // Resident memory of the daemon (VmRSS) in bytes, 0 when it is not running.
    qint64 daemonResidentBytes() const;

    // The REST API of a daemon started with {"--listen", "127.0.0.1:0"}: its port (from the
    // log), and a GET with the token of the default token file; the HTTP status, or 0 when no
    // answer came within timeoutMs.
    int apiPort() const;
    QByteArray apiToken() const;
    int apiGet(const QString &path, QByteArray *body = nullptr, int timeoutMs = 10000) const;

    // What an operator's SQL sees, on a read-only connection of the test's own; on error a
    // warning and no rows.
    QList<QVariantList> query(const QString &sql) const;
    qint64 scalar(const QString &sql) const;

    // An integer knob of the fault tests: the CI value unless the environment (bench/fault_soak)
    // sets `name`.
    static int knob(const char *name, int ciValue);

private:
    QString m_folder;
    QString m_database;
    QProcessEnvironment m_extraEnv;
    std::unique_ptr<QProcess> m_daemon;
};

} // namespace fleetcron::test
